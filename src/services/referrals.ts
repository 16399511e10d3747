// Referral and signposting (PRACTICE I1–I3): to whom (a live directory entry or a named service), why, with
// which consent, the outcome; and, where the organisation has an interest (e.g. a training provider), that
// the client was offered alternatives (I1).
import type { AppContext } from './context.js';
import { AppError } from './errors.js';
import { newId } from './ids.js';
import { actorOf, type Principal } from './principal.js';
import type { RequestMeta } from './auth.js';
import { check, clientFor, openJson, pastDate, sealJson } from './case-common.js';
import type { ReferralTable } from '../store/schema.js';
import { liveEntry } from './directory.js';
import { activeConsent } from './consents.js';
import { loadEngagement } from './engagements.js';

export interface ReferralInput {
  kind: 'referral' | 'signposting';
  engagementId?: string | null;
  directoryId?: string | null;
  /** A service not in the directory (signposting to e.g. a national helpline). */
  recipientName?: string | null;
  reason: string;
  consentId?: string | null;
  organisationInterest?: boolean;
  alternativesOffered?: string | null;
  outcome?: string | null;
}

/** One recorded state of the referral's outcome: an update adds an entry, the past is never overwritten. */
export interface OutcomeEntry {
  outcome: string;
  /** When the outcome happened or was learned (not in the future, not before the referral). */
  at: string;
  recordedAt: string;
  recordedBy: string;
}

export interface ReferralView {
  id: string;
  kind: string;
  engagementId: string | null;
  directoryId: string | null;
  recipientName: string;
  reason: string;
  consentId: string | null;
  organisationInterest: boolean;
  alternativesOffered: string | null;
  /** The latest outcome (the last entry of the history), or null. */
  outcome: string | null;
  /** Every outcome recorded, oldest first (the practitioner's own view only: exports carry the latest outcome). */
  outcomeHistory?: OutcomeEntry[];
  createdAt: string;
  updatedAt: string;
}

type Stored = Omit<ReferralView, 'id' | 'kind' | 'engagementId' | 'directoryId' | 'consentId' | 'createdAt' | 'updatedAt' | 'outcomeHistory'> & { outcomeHistory?: OutcomeEntry[] };

function historyOf(r: ReferralTable, s: Stored): OutcomeEntry[] {
  // Referrals recorded before the history was kept: their one outcome is the history.
  return s.outcomeHistory ?? (s.outcome ? [{ outcome: s.outcome, at: r.created_at, recordedAt: r.created_at, recordedBy: r.created_by }] : []);
}

function view(r: ReferralTable, s: Stored, withHistory: boolean): ReferralView {
  const h = historyOf(r, s);
  const { outcomeHistory: _drop, ...rest } = s;
  return { id: r.id, kind: r.kind, engagementId: r.engagement_id, directoryId: r.directory_id, consentId: r.consent_id, createdAt: r.created_at, updatedAt: r.updated_at, ...rest, outcome: h.at(-1)?.outcome ?? null, ...(withHistory ? { outcomeHistory: h } : {}) };
}

/** The client's referrals, newest first; `history` adds each one's outcome history (the practitioner's view). */
export async function referralsOf(ctx: AppContext, clientId: string, opts: { history?: boolean } = {}): Promise<ReferralView[]> {
  const rows = await ctx.store.db.selectFrom('referrals').selectAll().where('client_id', '=', clientId).orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
  return Promise.all(rows.map(async (r) => view(r, await openJson<Stored>(ctx, r.client_id, 'referral', r.id, r.data_enc), Boolean(opts.history))));
}

export async function createReferral(ctx: AppContext, p: Principal, clientId: string, input: ReferralInput, meta: RequestMeta): Promise<ReferralView> {
  await clientFor(ctx, p, clientId, 'record.write', 'referral');
  const issues = [];
  if (input.reason.trim().length < 5) issues.push({ path: 'reason', message: 'Say why you are referring or signposting the client.' });
  if (!input.directoryId && !input.recipientName?.trim()) issues.push({ path: 'directoryId', message: 'Choose a service from the directory, or name it.' });
  if (input.organisationInterest && (input.alternativesOffered?.trim().length ?? 0) < 5) {
    issues.push({ path: 'alternativesOffered', message: 'Your organisation has an interest in this service: record the alternatives the client was offered (I1).' });
  }
  if (input.kind === 'referral' && !input.consentId) issues.push({ path: 'consentId', message: 'A referral passes information on: choose the client’s consent that covers it (C1).' });
  check(issues);
  let name = input.recipientName?.trim() ?? '';
  if (input.directoryId) name = (await liveEntry(ctx, p.orgId, input.directoryId, 'directoryId')).name;
  if (input.consentId) await activeConsent(ctx, clientId, input.consentId, 'consentId');
  if (input.engagementId) {
    const e = await loadEngagement(ctx, clientId, input.engagementId);
    if (e.status === 'closed') throw new AppError('conflict', 'This engagement is closed; record the referral on an open engagement.');
  }
  const id = newId();
  const iso = ctx.now().toISOString();
  const outcome = input.outcome?.trim() || null;
  const stored: Stored = {
    recipientName: name,
    reason: input.reason.trim(),
    organisationInterest: Boolean(input.organisationInterest),
    alternativesOffered: input.alternativesOffered?.trim() || null,
    outcome,
    outcomeHistory: outcome ? [{ outcome, at: iso, recordedAt: iso, recordedBy: p.userId }] : [],
  };
  const row: ReferralTable = { id, client_id: clientId, engagement_id: input.engagementId ?? null, directory_id: input.directoryId ?? null, consent_id: input.consentId ?? null, kind: input.kind, data_enc: '', created_by: p.userId, created_at: iso, updated_at: iso };
  await ctx.store.db.transaction().execute(async (trx) => {
    row.data_enc = await sealJson(ctx, trx, clientId, 'referral', id, stored);
    await trx.insertInto('referrals').values(row).execute();
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'referral.create', outcome: 'success', clientId, targetType: 'referral', targetId: id, details: { kind: input.kind, directory: Boolean(input.directoryId), alternativesOffered: Boolean(stored.alternativesOffered), outcome: Boolean(outcome) } });
  });
  return view(row, stored, true);
}

export interface OutcomeInput {
  outcome: string;
  /** When it happened or was learned; defaults to now. */
  at?: string;
}

/**
 * Records a new outcome of a referral after it was made (e.g. "on the waiting list", then "first appointment
 * attended"). The history keeps every earlier state; the audit records each update (no content). Allowed after
 * the engagement ended: outcomes of a referral on often arrive later.
 */
export async function recordOutcome(ctx: AppContext, p: Principal, clientId: string, referralId: string, input: OutcomeInput, meta: RequestMeta): Promise<ReferralView> {
  await clientFor(ctx, p, clientId, 'record.write', 'referral', referralId);
  const now = ctx.now();
  const iso = now.toISOString();
  const at = input.at ?? iso;
  const issues = pastDate('at', at, now, 'of the outcome');
  if (input.outcome.trim().length < 3) issues.push({ path: 'outcome', message: 'Say what happened (for example: accepted onto the waiting list).' });
  check(issues);
  const r = await ctx.store.db.selectFrom('referrals').selectAll().where('id', '=', referralId).where('client_id', '=', clientId).executeTakeFirst();
  if (!r) throw new AppError('not-found');
  if (Date.parse(at) < Date.parse(r.created_at.slice(0, 10))) check([{ path: 'at', message: 'The outcome cannot be dated before the referral was made.' }]);
  const old = await openJson<Stored>(ctx, clientId, 'referral', r.id, r.data_enc);
  const entry: OutcomeEntry = { outcome: input.outcome.trim(), at: new Date(at).toISOString(), recordedAt: iso, recordedBy: p.userId };
  const stored: Stored = { ...old, outcome: entry.outcome, outcomeHistory: [...historyOf(r, old), entry] };
  const next: ReferralTable = { ...r, updated_at: iso };
  await ctx.store.db.transaction().execute(async (trx) => {
    next.data_enc = await sealJson(ctx, trx, clientId, 'referral', r.id, stored);
    // Compare-and-set on the sealed value read (unique per seal): two updates at once cannot drop one another's entry.
    const res = await trx.updateTable('referrals').set({ data_enc: next.data_enc, updated_at: iso }).where('id', '=', r.id).where('data_enc', '=', r.data_enc).executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw new AppError('conflict', 'Someone updated this referral at the same time. Nothing was saved: reload the page and record the outcome again.');
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'referral.outcome', outcome: 'success', clientId, targetType: 'referral', targetId: r.id, details: { entries: stored.outcomeHistory!.length } });
  });
  return view(next, stored, true);
}
