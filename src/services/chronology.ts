// The chronology (issue 7 item 8): a client's significant events in date order — engagements opened, the
// confidentiality agreement and its reviews, concerns and their escalation and decision, consultations,
// disclosures (requested, approved, refused, made), referrals, endings — filterable by kind and date range and
// printable (a PDF). It reads the other parts' tables read-only with plain queries on their clear columns
// (ids, statuses, dates, verdict ids), so it shows what happened and when without opening case content;
// where a part's table is missing (an older database), its events are simply absent.
import type { AppContext } from './context.js';
import { actorOf, type Principal } from './principal.js';
import type { RequestMeta } from './auth.js';
import { check, clientFor, openJson } from './case-common.js';
import { renderPdf } from './pdf.js';
import type { FieldIssue } from './errors.js';

export const CHRONOLOGY_KINDS = ['engagement', 'agreement', 'review', 'concern', 'escalation', 'consultation', 'disclosure', 'referral', 'ending'] as const;
export type ChronologyKind = (typeof CHRONOLOGY_KINDS)[number];

export interface ChronologyEvent {
  at: string;
  kind: ChronologyKind;
  title: string;
  detail: string | null;
  by: string | null;
  ref: { type: string; id: string };
}

export interface ChronologyFilter {
  kinds?: string[];
  from?: string | null;
  to?: string | null;
}

/** Runs one source; a missing table (another part not migrated yet) yields no events rather than an error. */
async function tolerant<T>(q: () => Promise<T[]>): Promise<T[]> {
  try {
    return await q();
  } catch (e) {
    if (/no such table|does not exist|relation .* does not exist/i.test(String((e as Error).message))) return [];
    throw e;
  }
}

const day = (iso: string | null | undefined): string => (iso ?? '').slice(0, 10);

export async function chronologyOf(ctx: AppContext, clientId: string): Promise<ChronologyEvent[]> {
  const db = ctx.store.db;
  const ev: ChronologyEvent[] = [];
  const engs = await db.selectFrom('engagements').select(['id', 'service', 'opened_at', 'closed_at', 'close_reason', 'created_by']).where('client_id', '=', clientId).execute();
  for (const e of engs) {
    ev.push({ at: e.opened_at, kind: 'engagement', title: `Engagement opened: ${e.service}`, detail: null, by: e.created_by, ref: { type: 'engagement', id: e.id } });
    if (e.closed_at) ev.push({ at: e.closed_at, kind: 'ending', title: `Engagement ended: ${e.service}`, detail: e.close_reason ? `Reason: ${e.close_reason}` : null, by: null, ref: { type: 'engagement', id: e.id } });
  }
  const agr = await db.selectFrom('agreements').select(['id', 'explained_at', 'statement_version', 'complete', 'not_ready', 'created_by']).where('client_id', '=', clientId).execute();
  for (const a of agr) {
    const state = Number(a.not_ready) === 1 ? 'client not ready' : Number(a.complete) === 1 ? 'agreed' : 'incomplete';
    ev.push({ at: a.explained_at, kind: 'agreement', title: `Limits of confidentiality explained (statement v${a.statement_version})`, detail: state, by: a.created_by, ref: { type: 'agreement', id: a.id } });
  }
  const rev = await db.selectFrom('agreement_reviews').select(['id', 'reviewed_at', 'created_by']).where('client_id', '=', clientId).execute();
  for (const r of rev) ev.push({ at: r.reviewed_at, kind: 'review', title: 'Agreement reviewed', detail: null, by: r.created_by, ref: { type: 'agreement-review', id: r.id } });

  const concerns = await tolerant(() => db.selectFrom('concerns').select(['id', 'kind', 'verdict', 'choice', 'status', 'urgency', 'raised_by', 'escalated_at', 'escalated_by', 'decided_at', 'decided_by', 'decision_sealed', 'created_at']).where('client_id', '=', clientId).execute());
  for (const c of concerns) {
    ev.push({ at: c.created_at, kind: 'concern', title: `Concern raised${c.kind === 'colleague' ? ' (about a colleague)' : ''}: engine verdict ${c.verdict}`, detail: c.choice ? `Verdict ${c.choice}` : null, by: c.raised_by, ref: { type: 'concern', id: c.id } });
    if (c.escalated_at) ev.push({ at: c.escalated_at, kind: 'escalation', title: `Concern escalated to the safeguarding lead${c.urgency ? ` (${c.urgency})` : ''}`, detail: null, by: c.escalated_by ?? null, ref: { type: 'concern', id: c.id } });
    if (c.decided_at) {
      // The outcome is a fixed category (no client content); the lead's reason stays on the concern page.
      const outcome = c.decision_sealed ? (await openJson<{ outcome?: string }>(ctx, clientId, 'concern-decision', c.id, c.decision_sealed)).outcome : undefined;
      ev.push({ at: c.decided_at, kind: 'escalation', title: 'Safeguarding lead decided on the escalation', detail: outcome ? `Outcome: ${outcome.replace(/-/g, ' ')}` : null, by: c.decided_by, ref: { type: 'concern', id: c.id } });
    }
  }
  // The lead's questions and the practitioner's answers on an escalation (when, by whom — not what was said).
  const concernMsgs = await tolerant(() => db.selectFrom('concern_messages').select(['id', 'concern_id', 'author_id', 'author_role', 'created_at']).where('client_id', '=', clientId).execute());
  for (const m of concernMsgs) {
    ev.push({ at: m.created_at, kind: 'escalation', title: m.author_role === 'lead' ? 'Safeguarding lead asked about the escalation' : 'Practitioner answered the safeguarding lead', detail: null, by: m.author_id, ref: { type: 'concern', id: m.concern_id } });
  }
  const consultations = await tolerant(() => db.selectFrom('consultations').select(['id', 'status', 'practitioner_id', 'created_at', 'sent_at', 'closed_at']).where('client_id', '=', clientId).execute());
  for (const c of consultations) {
    if (c.sent_at) ev.push({ at: c.sent_at, kind: 'consultation', title: 'Consulted a supervisor without names (de-identified packet sent)', detail: null, by: c.practitioner_id, ref: { type: 'consultation', id: c.id } });
    if (c.closed_at) ev.push({ at: c.closed_at, kind: 'consultation', title: 'Consultation closed', detail: null, by: c.practitioner_id, ref: { type: 'consultation', id: c.id } });
  }
  // Replies in a consultation's thread (when and who; the thread itself is read on the consultation page).
  const consultIds = consultations.map((c) => c.id);
  const consultMsgs = consultIds.length ? await tolerant(() => db.selectFrom('consultation_messages').select(['id', 'consultation_id', 'author_id', 'author_role', 'created_at']).where('consultation_id', 'in', consultIds).execute()) : [];
  for (const m of consultMsgs) {
    ev.push({ at: m.created_at, kind: 'consultation', title: m.author_role === 'supervisor' ? 'Supervisor replied to the consultation' : 'Practitioner wrote in the consultation thread', detail: null, by: m.author_id, ref: { type: 'consultation', id: m.consultation_id } });
  }
  const dis = await tolerant(() => db.selectFrom('disclosures').select(['id', 'status', 'categories', 'requested_by', 'approved_by', 'approved_at', 'approved_hash', 'request_hash', 'refused_by', 'refused_at', 'disclosed_at', 'recorded_by', 'client_told', 'recipient_sealed', 'created_at']).where('client_id', '=', clientId).execute());
  for (const d of dis) {
    const cats = (JSON.parse(d.categories) as string[]).join(', ');
    const recipient = (await openJson<{ name: string }>(ctx, clientId, 'disclosure-recipient', d.id, d.recipient_sealed)).name;
    ev.push({ at: d.created_at, kind: 'disclosure', title: `Disclosure requested to ${recipient}`, detail: `Categories: ${cats}`, by: d.requested_by, ref: { type: 'disclosure', id: d.id } });
    if (d.approved_at && d.approved_by && d.approved_hash === d.request_hash) ev.push({ at: d.approved_at, kind: 'disclosure', title: 'Disclosure approved by a safeguarding lead', detail: null, by: d.approved_by, ref: { type: 'disclosure', id: d.id } });
    if (d.refused_at) ev.push({ at: d.refused_at, kind: 'disclosure', title: 'Disclosure refused by a safeguarding lead', detail: null, by: d.refused_by, ref: { type: 'disclosure', id: d.id } });
    if (d.disclosed_at) ev.push({ at: d.disclosed_at, kind: 'disclosure', title: `Information disclosed to ${recipient}`, detail: `Categories: ${cats}; client told: ${d.client_told}`, by: d.recorded_by, ref: { type: 'disclosure', id: d.id } });
  }
  const refs = await db.selectFrom('referrals').select(['id', 'kind', 'data_enc', 'created_by', 'created_at']).where('client_id', '=', clientId).execute();
  for (const r of refs) {
    const name = (await openJson<{ recipientName: string }>(ctx, clientId, 'referral', r.id, r.data_enc)).recipientName;
    ev.push({ at: r.created_at, kind: 'referral', title: `${r.kind === 'referral' ? 'Referral' : 'Signposted'} to ${name}`, detail: null, by: r.created_by, ref: { type: 'referral', id: r.id } });
  }
  // Names of the staff involved (not client content).
  const ids = [...new Set(ev.map((e) => e.by).filter((x): x is string => Boolean(x)))];
  const names = ids.length ? new Map((await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', ids).execute()).map((u) => [u.id, u.display_name])) : new Map<string, string>();
  for (const e of ev) e.by = e.by ? (names.get(e.by) ?? null) : null;
  return ev.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.kind.localeCompare(b.kind)));
}

function applyFilter(ev: ChronologyEvent[], f: ChronologyFilter): ChronologyEvent[] {
  const issues: FieldIssue[] = [];
  const kinds = (f.kinds ?? []).filter(Boolean);
  for (const k of kinds) if (!(CHRONOLOGY_KINDS as readonly string[]).includes(k)) issues.push({ path: 'kind', message: `Unknown kind "${k.slice(0, 40)}"; use ${CHRONOLOGY_KINDS.join(', ')}.` });
  const from = f.from ? Date.parse(f.from) : null;
  const to = f.to ? Date.parse(f.to) : null;
  if (from !== null && Number.isNaN(from)) issues.push({ path: 'from', message: 'Give the start date as YYYY-MM-DD.' });
  if (to !== null && Number.isNaN(to)) issues.push({ path: 'to', message: 'Give the end date as YYYY-MM-DD.' });
  if (from !== null && to !== null && from > to) issues.push({ path: 'to', message: 'The end date is before the start date.' });
  check(issues);
  // A bare date as the end of the range includes that whole day.
  const toEnd = to !== null && f.to && /^\d{4}-\d{2}-\d{2}$/.test(f.to) ? to + 86_400_000 - 1 : to;
  return ev.filter((e) => {
    const t = Date.parse(e.at);
    return (!kinds.length || kinds.includes(e.kind)) && (from === null || t >= from) && (toEnd === null || t <= toEnd);
  });
}

export async function getChronology(ctx: AppContext, p: Principal, clientId: string, filter: ChronologyFilter, meta: RequestMeta): Promise<{ reference: string; events: ChronologyEvent[] }> {
  const { client } = await clientFor(ctx, p, clientId, 'chronology.read', 'client', clientId);
  const all = await chronologyOf(ctx, clientId);
  const events = applyFilter(all, filter);
  await ctx.audit.record({ ...actorOf(p, meta.ip), action: 'chronology.read', outcome: 'success', clientId, targetType: 'client', targetId: clientId, details: { events: events.length } });
  return { reference: client.reference, events };
}

export async function chronologyPdf(ctx: AppContext, p: Principal, clientId: string, filter: ChronologyFilter, meta: RequestMeta): Promise<Buffer> {
  const { reference, events } = await getChronology(ctx, p, clientId, filter, meta);
  const now = ctx.now().toISOString();
  return renderPdf((doc) => {
    doc.fontSize(18).text('Chronology of significant events');
    const range = [filter.from ? `from ${filter.from}` : '', filter.to ? `to ${filter.to}` : ''].filter(Boolean).join(' ');
    doc.moveDown(0.3).fontSize(10).fillColor('#333').text(`Client reference ${reference} · printed ${day(now)}${range ? ` · ${range}` : ''}${filter.kinds?.length ? ` · ${filter.kinds.join(', ')}` : ''}`);
    doc.fillColor('#000').moveDown();
    if (!events.length) doc.fontSize(11).text('No events.');
    for (const e of events) {
      doc.fontSize(11).font('Helvetica-Bold').text(`${day(e.at)}  ${e.kind}`, { continued: true }).font('Helvetica').text(`  ${e.title}`);
      const more = [e.detail, e.by ? `by ${e.by}` : null].filter(Boolean).join(' · ');
      if (more) doc.fontSize(10).fillColor('#333').text(more, { indent: 20 }).fillColor('#000');
      doc.moveDown(0.3);
    }
  }, { info: { Title: 'Chronology' } });
}
