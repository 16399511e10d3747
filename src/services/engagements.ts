// Engagements (issue 6 §1, §6): a client's work with a practitioner for one service, possibly commissioned by
// an organisation (P6: what it was told about the practitioner's role and boundaries is recorded); ending
// with a reason and a closing summary (K1: ending for a code-of-conduct concern records that confidentiality
// was not broken); declared conflicts of interest (I3).
import type { AppContext } from './context.js';
import { AppError } from './errors.js';
import { newId } from './ids.js';
import { actorOf, type Principal } from './principal.js';
import type { RequestMeta } from './auth.js';
import { check, clientFor, openJson, pastDate, sealJson } from './case-common.js';
import type { EngagementTable } from '../store/schema.js';

export const CLOSE_REASONS = ['goals-met', 'client-choice', 'referred-on', 'code-of-conduct', 'other'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

export interface Commissioning {
  organisation: string;
  /** What the commissioning organisation was told about the practitioner's role and the limits of what it will learn (P6). */
  toldAboutRole: string;
  toldAt?: string | null;
}

interface EngagementData {
  commissioning?: Commissioning;
  closing?: { summary: string; confidentialityNotBroken?: boolean };
}

export interface EngagementView {
  id: string;
  service: string;
  status: string;
  openedAt: string;
  closedAt: string | null;
  closeReason: string | null;
  commissioning: Commissioning | null;
  closing: { summary: string; confidentialityNotBroken: boolean | null } | null;
}

export interface OpenEngagementInput {
  service: string;
  openedAt?: string;
  commissioning?: Commissioning | null;
}

export interface CloseInput {
  reason: CloseReason;
  summary: string;
  closedAt?: string;
  confidentialityNotBroken?: boolean;
}

export async function engagementView(ctx: AppContext, r: EngagementTable): Promise<EngagementView> {
  const d = await openJson<EngagementData>(ctx, r.client_id, 'engagement', r.id, r.data_enc);
  return {
    id: r.id,
    service: r.service,
    status: r.status,
    openedAt: r.opened_at,
    closedAt: r.closed_at,
    closeReason: r.close_reason,
    commissioning: d.commissioning ?? null,
    closing: d.closing ? { summary: d.closing.summary, confidentialityNotBroken: d.closing.confidentialityNotBroken ?? null } : null,
  };
}

/** The engagement of this client, or 404. */
export async function loadEngagement(ctx: AppContext, clientId: string, engagementId: string): Promise<EngagementTable> {
  const r = await ctx.store.db.selectFrom('engagements').selectAll().where('id', '=', engagementId).where('client_id', '=', clientId).executeTakeFirst();
  if (!r) throw new AppError('not-found');
  return r;
}

export async function openEngagement(ctx: AppContext, p: Principal, clientId: string, input: OpenEngagementInput, meta: RequestMeta): Promise<EngagementView> {
  const { client } = await clientFor(ctx, p, clientId, 'record.write', 'engagement');
  const now = ctx.now();
  const openedAt = input.openedAt ?? now.toISOString();
  const issues = pastDate('openedAt', openedAt, now, 'the engagement opened');
  const c = input.commissioning ?? undefined;
  if (c) {
    if (!c.organisation.trim()) issues.push({ path: 'commissioning.organisation', message: 'Name the organisation that commissioned the work.' });
    if (c.toldAboutRole.trim().length < 10) issues.push({ path: 'commissioning.toldAboutRole', message: 'Record what the organisation was told about your role and its boundaries (P6).' });
    if (c.toldAt) issues.push(...pastDate('commissioning.toldAt', c.toldAt, now, 'the organisation was told'));
  }
  check(issues);
  if (client.status === 'erased') throw new AppError('not-found');
  const id = newId();
  const iso = now.toISOString();
  const data: EngagementData = c ? { commissioning: { organisation: c.organisation.trim(), toldAboutRole: c.toldAboutRole.trim(), toldAt: c.toldAt ?? null } } : {};
  const row = await ctx.store.db.transaction().execute(async (trx) => {
    const r: EngagementTable = {
      id,
      client_id: clientId,
      org_id: client.orgId,
      service: input.service,
      status: 'open',
      opened_at: new Date(openedAt).toISOString(),
      closed_at: null,
      close_reason: null,
      commissioned: c ? 1 : 0,
      data_enc: await sealJson(ctx, trx, clientId, 'engagement', id, data),
      created_by: p.userId,
      created_at: iso,
      updated_at: iso,
    };
    await trx.insertInto('engagements').values(r).execute();
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'engagement.open', outcome: 'success', clientId, targetType: 'engagement', targetId: id, details: { service: input.service, commissioned: Boolean(c) } });
    return r;
  });
  return engagementView(ctx, row);
}

export async function closeEngagement(ctx: AppContext, p: Principal, clientId: string, engagementId: string, input: CloseInput, meta: RequestMeta): Promise<EngagementView> {
  await clientFor(ctx, p, clientId, 'record.write', 'engagement', engagementId);
  const e = await loadEngagement(ctx, clientId, engagementId);
  if (e.status === 'closed') throw new AppError('conflict', 'This engagement is already closed.');
  const now = ctx.now();
  const closedAt = input.closedAt ?? now.toISOString();
  const issues = pastDate('closedAt', closedAt, now, 'the engagement ended');
  // A date without a time ends the engagement on that day: the same day it opened is allowed.
  const endedBeforeOpening = /^\d{4}-\d{2}-\d{2}$/.test(closedAt) ? closedAt < e.opened_at.slice(0, 10) : Date.parse(closedAt) < Date.parse(e.opened_at);
  if (!issues.length && endedBeforeOpening) issues.push({ path: 'closedAt', message: 'An engagement cannot end before it opened.' });
  if (input.summary.trim().length < 10) issues.push({ path: 'summary', message: 'Write a short closing summary: what was worked on and where things were left.' });
  if (input.reason === 'code-of-conduct' && input.confidentialityNotBroken !== true) {
    issues.push({ path: 'confidentialityNotBroken', message: 'Ending for a code-of-conduct concern: confirm that confidentiality was not broken (K1).' });
  }
  check(issues);
  const data = await openJson<EngagementData>(ctx, clientId, 'engagement', e.id, e.data_enc);
  data.closing = { summary: input.summary.trim(), ...(input.reason === 'code-of-conduct' ? { confidentialityNotBroken: true } : {}) };
  const iso = now.toISOString();
  const row = await ctx.store.db.transaction().execute(async (trx) => {
    const enc = await sealJson(ctx, trx, clientId, 'engagement', e.id, data);
    const res = await trx
      .updateTable('engagements')
      .set({ status: 'closed', closed_at: new Date(closedAt).toISOString(), close_reason: input.reason, data_enc: enc, updated_at: iso })
      .where('id', '=', e.id)
      .where('status', '=', 'open')
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw new AppError('conflict', 'This engagement is already closed.');
    await ctx.audit.append(trx, {
      ...actorOf(p, meta.ip),
      action: 'engagement.close',
      outcome: 'success',
      clientId,
      targetType: 'engagement',
      targetId: e.id,
      details: { reason: input.reason, ...(input.reason === 'code-of-conduct' ? { confidentialityNotBroken: true } : {}) },
    });
    return { ...e, status: 'closed', closed_at: new Date(closedAt).toISOString(), close_reason: input.reason, data_enc: enc, updated_at: iso };
  });
  return engagementView(ctx, row);
}

// --- Conflicts of interest (I3).
export interface ConflictInput {
  engagementId?: string | null;
  description: string;
  /** What was done about it, e.g. "told the client; offered a referral to another adviser". */
  action: string;
  declaredAt?: string;
}

export interface ConflictView {
  id: string;
  engagementId: string | null;
  description: string;
  action: string;
  declaredAt: string;
}

export async function declareConflict(ctx: AppContext, p: Principal, clientId: string, input: ConflictInput, meta: RequestMeta): Promise<ConflictView> {
  await clientFor(ctx, p, clientId, 'record.write', 'conflict');
  const now = ctx.now();
  const declaredAt = input.declaredAt ?? now.toISOString();
  const issues = pastDate('declaredAt', declaredAt, now, 'the conflict was declared');
  if (input.description.trim().length < 5) issues.push({ path: 'description', message: 'Describe the conflict of interest.' });
  if (input.action.trim().length < 5) issues.push({ path: 'action', message: 'Say what was done about it (e.g. told the client, offered another practitioner).' });
  check(issues);
  if (input.engagementId) await loadEngagement(ctx, clientId, input.engagementId);
  const id = newId();
  const view: ConflictView = { id, engagementId: input.engagementId ?? null, description: input.description.trim(), action: input.action.trim(), declaredAt: new Date(declaredAt).toISOString() };
  await ctx.store.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('conflicts_of_interest')
      .values({ id, client_id: clientId, engagement_id: view.engagementId, data_enc: await sealJson(ctx, trx, clientId, 'conflict', id, view), created_by: p.userId, created_at: now.toISOString() })
      .execute();
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'conflict.declare', outcome: 'success', clientId, targetType: 'conflict', targetId: id });
  });
  return view;
}
