// Client-side checks that run as the user types. The server checks everything again; its answers
// (problem details with field paths) are shown next to the same fields.
export const MIN_PASSWORD = 12;

export const required = (label: string) => (v: unknown) => (typeof v === 'string' && v.trim() === '' ? `Enter ${label}` : null);

export function email(v: string): string | null {
  if (!v.trim()) return 'Enter an email address';
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.trim()) ? null : 'Enter an email address like name@example.org';
}

export function newPassword(v: string): string | null {
  if (!v) return 'Choose a password';
  if (v.length < MIN_PASSWORD) return `Use at least ${MIN_PASSWORD} characters (${v.length} so far)`;
  return null;
}

export function totpCode(v: string): string | null {
  const d = v.replace(/\s/g, '');
  if (!d) return 'Enter the 6-digit code from your authenticator app';
  return /^\d{6}$/.test(d) ? null : 'The code is 6 digits';
}
