// The client page in one request (issue 6 §8): engagements with their agreement state, consents (active,
// expired, withdrawn), the latest notes, referrals, third parties and conflicts of interest. Also the
// caseload flags (agreement missing / incomplete / review due / overdue) from plain columns, without opening
// any envelope, so the caseload stays fast.
import type { AppContext } from './context.js';
import { actorOf, type Principal } from './principal.js';
import type { RequestMeta } from './auth.js';
import { clientFor, openJson } from './case-common.js';
import { fastCaseloadFlagRows } from './fast-reads.js';
import { engagementView, type EngagementView, type ConflictView } from './engagements.js';
import { loadAgreement } from './agreements.js';
import { consentsOf, type ConsentView } from './consents.js';
import { referralsOf, type ReferralView } from './referrals.js';
import { noteView, thirdPartiesOf, type SessionNoteView, type ThirdPartyView } from './case-notes.js';
import { agreementState, reviewDueDate, REVIEW_DUE_WINDOW_DAYS, type AgreementState } from '../domain/agreement/index.js';

export const LATEST_NOTES = 20;

export interface EngagementSummary extends EngagementView {
  agreement: { state: AgreementState; explainedAt: string | null; statementVersion: number | null; reviewDueAt: string | null; notReadyReason: string | null; reviews: number };
}

export interface CaseRecord {
  engagements: EngagementSummary[];
  consents: ConsentView[];
  notes: SessionNoteView[];
  noteCount: number;
  referrals: ReferralView[];
  thirdParties: ThirdPartyView[];
  conflicts: ConflictView[];
}

export async function getCaseRecord(ctx: AppContext, p: Principal, clientId: string, meta: RequestMeta): Promise<CaseRecord> {
  const { via } = await clientFor(ctx, p, clientId, 'record.read', 'record');
  const db = ctx.store.db;
  const now = ctx.now();
  const [engRows, noteRows, countRow, conflictRows] = await Promise.all([
    db.selectFrom('engagements').selectAll().where('client_id', '=', clientId).orderBy('opened_at', 'desc').execute(),
    db.selectFrom('notes').selectAll().where('client_id', '=', clientId).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(LATEST_NOTES).execute(),
    db.selectFrom('notes').select((eb) => eb.fn.countAll().as('n')).where('client_id', '=', clientId).executeTakeFirst(),
    db.selectFrom('conflicts_of_interest').selectAll().where('client_id', '=', clientId).orderBy('created_at', 'desc').execute(),
  ]);
  const engagements = await Promise.all(
    engRows.map(async (r) => {
      const v = await engagementView(ctx, r);
      const a = await loadAgreement(ctx, clientId, r.id);
      return {
        ...v,
        agreement: {
          state: agreementState(a?.record, now),
          explainedAt: a?.record.explainedAt ?? null,
          statementVersion: a?.record.statementVersion ?? null,
          reviewDueAt: a ? reviewDueDate(a.record).toISOString() : null,
          notReadyReason: a?.record.notReady?.reason ?? null,
          reviews: a?.record.reviews.length ?? 0,
        },
      };
    }),
  );
  const [consents, notes, referrals, thirdParties, conflicts] = await Promise.all([
    consentsOf(ctx, clientId),
    Promise.all(noteRows.map((r) => noteView(ctx, r))),
    referralsOf(ctx, clientId, { history: true }),
    thirdPartiesOf(ctx, clientId),
    Promise.all(conflictRows.map((r) => openJson<ConflictView>(ctx, clientId, 'conflict', r.id, r.data_enc))),
  ]);
  await ctx.audit.record({ ...actorOf(p, meta.ip), action: 'record.read', outcome: 'success', clientId, targetType: 'record', targetId: clientId, details: { via } });
  return { engagements, consents, notes, noteCount: Number(countRow?.n ?? 0), referrals, thirdParties, conflicts };
}

/** Caseload flags per client from plain columns only (no decryption). */
export async function caseloadFlags(ctx: AppContext, clientIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (!clientIds.length) return out;
  const now = ctx.now().getTime();
  const soon = now + REVIEW_DUE_WINDOW_DAYS * 86_400_000;
  const rows =
    fastCaseloadFlagRows(ctx, clientIds) ??
    (await ctx.store.db
      .selectFrom('engagements')
      .leftJoin('agreements', 'agreements.engagement_id', 'engagements.id')
      .select(['engagements.client_id', 'agreements.id as agreement_id', 'agreements.complete', 'agreements.review_due_at'])
      .where('engagements.status', '=', 'open')
      .where('engagements.client_id', 'in', clientIds)
      .execute());
  for (const r of rows) {
    let flag: string | null = null;
    if (!r.agreement_id) flag = 'agreement-missing';
    else if (Number(r.complete) !== 1) flag = 'agreement-incomplete';
    else if (r.review_due_at && Date.parse(r.review_due_at) <= now) flag = 'agreement-overdue';
    else if (r.review_due_at && Date.parse(r.review_due_at) <= soon) flag = 'agreement-review-due';
    if (!flag) continue;
    const list = out.get(r.client_id) ?? [];
    if (!list.includes(flag)) list.push(flag);
    out.set(r.client_id, list);
  }
  return out;
}
