// Informed consent to share (PRACTICE C1–C3): what (categories), with whom (a directory entry or a named
// person/organisation), purpose, how given, expiry; withdrawable at any time (history kept). Pure rules in
// src/domain/consent; the consent itself is sealed per client. Export as a FHIR R4 Consent resource.
import type { AppContext } from './context.js';
import { AppError } from './errors.js';
import { newId } from './ids.js';
import { actorOf, type Principal } from './principal.js';
import type { RequestMeta } from './auth.js';
import { check, clientFor, openJson, sealJson } from './case-common.js';
import { liveEntry } from './directory.js';
import { consentStatus, toFhirConsent, validateConsent, validateWithdrawal, type Consent, type ConsentStatus } from '../domain/consent/index.js';
import type { ConsentTable } from '../store/schema.js';

export type ConsentInput = Omit<Consent, 'id' | 'withdrawnAt' | 'withdrawalNote'>;
export interface ConsentView extends Consent {
  status: ConsentStatus;
}

async function openConsent(ctx: AppContext, r: ConsentTable): Promise<Consent> {
  return openJson<Consent>(ctx, r.client_id, 'consent', r.id, r.data_enc);
}

export async function consentsOf(ctx: AppContext, clientId: string): Promise<ConsentView[]> {
  const rows = await ctx.store.db.selectFrom('consents').selectAll().where('client_id', '=', clientId).orderBy('given_at', 'desc').execute();
  const now = ctx.now();
  return Promise.all(rows.map(async (r) => {
    const c = await openConsent(ctx, r);
    return { ...c, status: consentStatus(c, now) };
  }));
}

export async function listConsents(ctx: AppContext, p: Principal, clientId: string, meta: RequestMeta): Promise<ConsentView[]> {
  const { via } = await clientFor(ctx, p, clientId, 'record.read', 'consent');
  const out = await consentsOf(ctx, clientId);
  await ctx.audit.record({ ...actorOf(p, meta.ip), action: 'consent.list', outcome: 'success', clientId, targetType: 'consent', details: { count: out.length, via } });
  return out;
}

export async function giveConsent(ctx: AppContext, p: Principal, clientId: string, input: ConsentInput, meta: RequestMeta): Promise<ConsentView> {
  await clientFor(ctx, p, clientId, 'record.write', 'consent');
  const now = ctx.now();
  check(validateConsent(input, now), 'The consent needs attention before it can be saved.');
  let recipient = input.recipient;
  if (recipient.kind === 'directory') {
    const d = await liveEntry(ctx, p.orgId, recipient.directoryId!, 'recipient.directoryId');
    recipient = { kind: 'directory', directoryId: d.id, name: d.name };
  } else recipient = { kind: 'named', name: recipient.name.trim() };
  const id = newId();
  const c: Consent = {
    id,
    categories: input.categories,
    recipient,
    purpose: input.purpose.trim(),
    method: input.method,
    givenAt: new Date(input.givenAt).toISOString(),
    ...(input.expiresAt ? { expiresAt: new Date(input.expiresAt).toISOString() } : {}),
    risksExplained: input.risksExplained,
  };
  await ctx.store.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('consents')
      .values({ id, client_id: clientId, directory_id: recipient.directoryId ?? null, given_at: c.givenAt, expires_at: c.expiresAt ?? null, withdrawn_at: null, data_enc: await sealJson(ctx, trx, clientId, 'consent', id, c), created_by: p.userId, created_at: now.toISOString() })
      .execute();
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'consent.give', outcome: 'success', clientId, targetType: 'consent', targetId: id, details: { categories: c.categories.length, method: c.method, expires: Boolean(c.expiresAt) } });
  });
  return { ...c, status: consentStatus(c, now) };
}

async function loadConsent(ctx: AppContext, clientId: string, consentId: string): Promise<{ row: ConsentTable; consent: Consent }> {
  const row = await ctx.store.db.selectFrom('consents').selectAll().where('id', '=', consentId).where('client_id', '=', clientId).executeTakeFirst();
  if (!row) throw new AppError('not-found');
  return { row, consent: await openConsent(ctx, row) };
}

export async function withdrawConsent(ctx: AppContext, p: Principal, clientId: string, consentId: string, input: { withdrawnAt?: string; note?: string | null }, meta: RequestMeta): Promise<ConsentView> {
  await clientFor(ctx, p, clientId, 'record.write', 'consent', consentId);
  const { consent } = await loadConsent(ctx, clientId, consentId);
  const now = ctx.now();
  const at = input.withdrawnAt ?? now.toISOString();
  const problems = validateWithdrawal(consent, at, now);
  if (consent.withdrawnAt) throw new AppError('conflict', 'This consent was already withdrawn.');
  check(problems);
  const next: Consent = { ...consent, withdrawnAt: new Date(at).toISOString(), ...(input.note?.trim() ? { withdrawalNote: input.note.trim() } : {}) };
  await ctx.store.db.transaction().execute(async (trx) => {
    const res = await trx
      .updateTable('consents')
      .set({ withdrawn_at: next.withdrawnAt!, data_enc: await sealJson(ctx, trx, clientId, 'consent', consentId, next) })
      .where('id', '=', consentId)
      .where('withdrawn_at', 'is', null)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw new AppError('conflict', 'This consent was already withdrawn.');
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'consent.withdraw', outcome: 'success', clientId, targetType: 'consent', targetId: consentId });
  });
  return { ...next, status: consentStatus(next, now) };
}

export async function consentFhir(ctx: AppContext, p: Principal, clientId: string, consentId: string, meta: RequestMeta): Promise<Record<string, unknown>> {
  const { client, via } = await clientFor(ctx, p, clientId, 'record.read', 'consent', consentId);
  const { consent } = await loadConsent(ctx, clientId, consentId);
  const org = await ctx.store.db.selectFrom('organisations').select('name').where('id', '=', client.orgId).executeTakeFirst();
  const recorder = await ctx.store.db.selectFrom('consents').select('created_by').where('id', '=', consentId).executeTakeFirst();
  await ctx.audit.record({ ...actorOf(p, meta.ip), action: 'consent.export', outcome: 'success', clientId, targetType: 'consent', targetId: consentId, details: { format: 'fhir-r4', via } });
  return toFhirConsent(consent, { clientId, organisationName: org?.name ?? 'Organisation', recordedById: recorder?.created_by ?? p.userId }, ctx.now());
}

/** An active consent of this client, or a 400 naming the field. */
export async function activeConsent(ctx: AppContext, clientId: string, consentId: string, path: string): Promise<Consent> {
  const row = await ctx.store.db.selectFrom('consents').selectAll().where('id', '=', consentId).where('client_id', '=', clientId).executeTakeFirst();
  if (!row) throw new AppError('validation', 'That consent is not recorded for this client.', { errors: [{ path, message: 'Choose one of this client’s consents.' }] });
  const c = await openConsent(ctx, row);
  const s = consentStatus(c, ctx.now());
  if (s !== 'active') throw new AppError('validation', `That consent is ${s}: it no longer authorises sharing.`, { errors: [{ path, message: `This consent is ${s}. Record new consent first.` }] });
  return c;
}
