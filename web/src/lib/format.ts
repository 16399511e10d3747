// Dates and times in the user's locale, plainly.
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '—';
  return d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '—';
  return d.toLocaleDateString(undefined, { dateStyle: 'medium' });
}

export function minutesText(ms: number): string {
  const m = Math.max(0, Math.ceil(ms / 60_000));
  return m === 1 ? '1 minute' : `${m} minutes`;
}

/** A value recorded as a day (YYYY-MM-DD, stored as midnight UTC) reads as a date; anything else with its time. */
export function formatDayOrDateTime(iso: string | null | undefined): string {
  if (iso && (/^\d{4}-\d{2}-\d{2}$/.test(iso) || iso.endsWith('T00:00:00.000Z'))) {
    const d = new Date(iso);
    if (!Number.isNaN(d.getTime())) return d.toLocaleDateString(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
  }
  return formatDateTime(iso);
}
