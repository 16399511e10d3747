// Referral and signposting (PRACTICE I1–I3): to whom (a live directory entry or a named service), why, with
// which consent, the outcome; and, where the organisation has an interest (e.g. a training provider), that
// the client was offered alternatives (I1).
import type { AppContext } from './context.js';
import { AppError } from './errors.js';
import { newId } from './ids.js';
import { actorOf, type Principal } from './principal.js';
import type { RequestMeta } from './auth.js';
import { check, clientFor, openJson, sealJson } from './case-common.js';
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
  outcome: string | null;
  createdAt: string;
}

type Stored = Omit<ReferralView, 'id' | 'kind' | 'engagementId' | 'directoryId' | 'consentId' | 'createdAt'>;

export async function referralsOf(ctx: AppContext, clientId: string): Promise<ReferralView[]> {
  const rows = await ctx.store.db.selectFrom('referrals').selectAll().where('client_id', '=', clientId).orderBy('created_at', 'desc').execute();
  return Promise.all(rows.map(async (r) => ({ id: r.id, kind: r.kind, engagementId: r.engagement_id, directoryId: r.directory_id, consentId: r.consent_id, createdAt: r.created_at, ...(await openJson<Stored>(ctx, r.client_id, 'referral', r.id, r.data_enc)) })));
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
  const stored: Stored = {
    recipientName: name,
    reason: input.reason.trim(),
    organisationInterest: Boolean(input.organisationInterest),
    alternativesOffered: input.alternativesOffered?.trim() || null,
    outcome: input.outcome?.trim() || null,
  };
  await ctx.store.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('referrals')
      .values({ id, client_id: clientId, engagement_id: input.engagementId ?? null, directory_id: input.directoryId ?? null, consent_id: input.consentId ?? null, kind: input.kind, data_enc: await sealJson(ctx, trx, clientId, 'referral', id, stored), created_by: p.userId, created_at: iso, updated_at: iso })
      .execute();
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'referral.create', outcome: 'success', clientId, targetType: 'referral', targetId: id, details: { kind: input.kind, directory: Boolean(input.directoryId), alternativesOffered: Boolean(stored.alternativesOffered) } });
  });
  return { id, kind: input.kind, engagementId: input.engagementId ?? null, directoryId: input.directoryId ?? null, consentId: input.consentId ?? null, createdAt: iso, ...stored };
}
