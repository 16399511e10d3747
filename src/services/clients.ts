// Clients: create (profile sealed with the client's own data key), assign, read, and list a caseload.
// Search runs over decrypted profiles in memory, so names never sit in a plaintext index.
import type { AppContext } from './context.js';
import { AppError } from './errors.js';
import { newId, newReference } from './ids.js';
import { actorOf, type Principal } from './principal.js';
import { authorize, loadClient, orgResource, type LoadedClient } from './authorize.js';
import { parseRoles } from './sessions.js';
import type { RequestMeta } from './auth.js';
import { caseloadFlags } from './case-record.js';
import { fastCaseload } from './fast-reads.js';

export interface ClientProfile {
  name: string;
  preferredName: string | null;
  dateOfBirth: string | null;
  email: string | null;
  phone: string | null;
  language: string | null;
}

export interface ClientView extends ClientProfile {
  id: string;
  reference: string;
  jurisdiction: string | null;
  practitionerId: string | null;
  status: string;
  breakGlass?: { expiresAt: string };
}

export interface ClientSummary {
  id: string;
  reference: string;
  practitionerId: string | null;
  status: string;
  createdAt: string;
}

export interface CreateClientInput extends Partial<ClientProfile> {
  name: string;
  jurisdiction?: string | null;
  practitionerId?: string | null;
}

export const profileAad = (clientId: string): string => `client-profile:${clientId}`;

async function openProfile(ctx: AppContext, c: { id: string; profileEnc: string }): Promise<ClientProfile> {
  return JSON.parse(await ctx.keyring.openForClient(ctx.store.db, c.id, c.profileEnc, profileAad(c.id))) as ClientProfile;
}

function view(c: LoadedClient, profile: ClientProfile): ClientView {
  return {
    id: c.id,
    reference: c.reference,
    ...profile,
    jurisdiction: c.jurisdiction,
    practitionerId: c.practitionerId,
    status: c.status,
    ...(c.breakGlassExpiresAt ? { breakGlass: { expiresAt: c.breakGlassExpiresAt } } : {}),
  };
}

async function assertPractitioner(ctx: AppContext, orgId: string, userId: string): Promise<void> {
  const u = await ctx.store.db.selectFrom('users').select(['roles', 'active']).where('id', '=', userId).where('org_id', '=', orgId).executeTakeFirst();
  if (!u || u.active !== 1 || !parseRoles(u.roles).includes('practitioner')) {
    throw new AppError('validation', 'Choose an active practitioner.', { errors: [{ path: 'practitionerId', message: 'Choose an active practitioner.' }] });
  }
}

/** Practitioners get the full record back; an admin gets only the non-identifying summary. */
export async function createClient(ctx: AppContext, p: Principal, input: CreateClientInput, meta: RequestMeta): Promise<{ client: ClientView | ClientSummary; full: boolean }> {
  await authorize(ctx, p, 'client.create', orgResource(p));
  const isPractitioner = p.roles.includes('practitioner');
  let practitionerId = input.practitionerId ?? null;
  if (practitionerId === null) {
    if (!isPractitioner) throw new AppError('validation', 'Name the practitioner this client is assigned to.', { errors: [{ path: 'practitionerId', message: 'Required.' }] });
    practitionerId = p.userId;
  } else if (practitionerId !== p.userId && !p.roles.includes('admin')) {
    throw new AppError('forbidden', 'Only an administrator can create a client for another practitioner.');
  }
  await assertPractitioner(ctx, p.orgId, practitionerId);
  const profile: ClientProfile = {
    name: input.name.trim(),
    preferredName: input.preferredName ?? null,
    dateOfBirth: input.dateOfBirth ?? null,
    email: input.email ?? null,
    phone: input.phone ?? null,
    language: input.language ?? null,
  };
  const id = newId();
  const now = ctx.now().toISOString();
  const loaded = await ctx.store.db.transaction().execute(async (trx) => {
    let reference = newReference();
    for (let i = 0; i < 5 && (await trx.selectFrom('clients').select('id').where('reference', '=', reference).executeTakeFirst()); i++) reference = newReference();
    await trx
      .insertInto('clients')
      .values({ id, org_id: p.orgId, practitioner_id: practitionerId, profile_enc: 'pending', jurisdiction: input.jurisdiction ?? null, status: 'active', legal_hold: 0, created_by: p.userId, created_at: now, updated_at: now, erased_at: null, reference })
      .execute();
    await ctx.keyring.createClientKey(trx, id, now);
    const sealed = await ctx.keyring.sealForClient(trx, id, JSON.stringify(profile), profileAad(id));
    await trx.updateTable('clients').set({ profile_enc: sealed }).where('id', '=', id).execute();
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'client.create', outcome: 'success', clientId: id, targetType: 'client', targetId: id, details: { practitionerId } });
    if (practitionerId !== p.userId) {
      await trx
        .insertInto('notifications')
        .values({ id: newId(), org_id: p.orgId, user_id: practitionerId!, kind: 'client-assigned', client_id: id, message: `A client (${reference}) was assigned to you.`, created_at: now, read_at: null })
        .execute();
    }
    return { reference };
  }).catch((err: unknown) => {
    ctx.keyring.forget(id);
    throw err;
  });
  const summary: ClientSummary = { id, reference: loaded.reference, practitionerId, status: 'active', createdAt: now };
  if (practitionerId === p.userId) {
    return { client: { id, reference: loaded.reference, ...profile, jurisdiction: input.jurisdiction ?? null, practitionerId, status: 'active' }, full: true };
  }
  return { client: summary, full: false };
}

export async function getClient(ctx: AppContext, p: Principal, clientId: string, meta: RequestMeta): Promise<ClientView> {
  const c = await loadClient(ctx, ctx.store.db, p, clientId);
  const via = await authorize(ctx, p, 'client.read', c, { clientId, targetType: 'client', targetId: clientId });
  const profile = await openProfile(ctx, c!);
  await ctx.audit.record({ ...actorOf(p, meta.ip), action: 'client.read', outcome: 'success', clientId, targetType: 'client', targetId: clientId, details: { via } });
  return view(c!, profile);
}

export async function listClients(ctx: AppContext, p: Principal, q: string | undefined, meta: RequestMeta): Promise<(ClientView & { flags: string[] })[]> {
  await authorize(ctx, p, 'client.list', orgResource(p));
  const out: (ClientView & { flags: string[] })[] = [];
  const seen = new Set<string>();
  const now = ctx.now().toISOString();
  if (p.roles.includes('practitioner')) {
    const rows =
      fastCaseload(ctx, p.orgId, p.userId) ??
      (await ctx.store.db
        .selectFrom('clients')
        .select(['id', 'org_id', 'practitioner_id', 'status', 'reference', 'profile_enc', 'jurisdiction', 'created_at'])
        .where('org_id', '=', p.orgId)
        .where('practitioner_id', '=', p.userId)
        .where('status', '!=', 'erased')
        .execute());
    for (const r of rows) {
      const c: LoadedClient = { kind: 'client', id: r.id, orgId: r.org_id, practitionerId: r.practitioner_id, status: r.status, reference: r.reference ?? '', breakGlassActive: false, breakGlassExpiresAt: null, profileEnc: r.profile_enc, jurisdiction: r.jurisdiction, createdAt: r.created_at };
      // The view gets its flags added in place (same keys, same order as spreading it into a new object).
      const v = view(c, await openProfile(ctx, c)) as ClientView & { flags: string[] };
      v.flags = [];
      out.push(v);
      seen.add(r.id);
    }
  }
  if (p.roles.includes('safeguarding-lead')) {
    const rows = await ctx.store.db
      .selectFrom('break_glass')
      .innerJoin('clients', 'clients.id', 'break_glass.client_id')
      .select(['clients.id', 'clients.org_id', 'clients.practitioner_id', 'clients.status', 'clients.reference', 'clients.profile_enc', 'clients.jurisdiction', 'clients.created_at', 'break_glass.expires_at'])
      .where('break_glass.user_id', '=', p.userId)
      .where('break_glass.ended_at', 'is', null)
      .where('break_glass.expires_at', '>', now)
      .where('clients.org_id', '=', p.orgId)
      .where('clients.status', '!=', 'erased')
      .execute();
    for (const r of rows) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      const c: LoadedClient = { kind: 'client', id: r.id, orgId: r.org_id, practitionerId: r.practitioner_id, status: r.status, reference: r.reference ?? '', breakGlassActive: true, breakGlassExpiresAt: r.expires_at, profileEnc: r.profile_enc, jurisdiction: r.jurisdiction, createdAt: r.created_at };
      out.push({ ...view(c, await openProfile(ctx, c)), flags: ['break-glass'] });
    }
  }
  // Case-record flags (issue 6): agreement missing / incomplete / review due / overdue, from plain columns.
  const caseFlags = await caseloadFlags(ctx, out.map((c) => c.id));
  for (const c of out) c.flags.push(...(caseFlags.get(c.id) ?? []));
  const needle = q?.trim().toLocaleLowerCase();
  const result = needle
    ? out.filter((c) => [c.name, c.preferredName, c.reference, c.email].some((v) => v !== null && v !== undefined && v.toLocaleLowerCase().includes(needle)))
    : out;
  result.sort((a, b) => a.name.localeCompare(b.name));
  // The search text can itself be identifying, so only the fact of a search is recorded.
  await ctx.audit.record({ ...actorOf(p, meta.ip), action: 'client.list', outcome: 'success', targetType: 'client', details: { count: result.length, searched: Boolean(needle) } });
  return result;
}

export async function listAssignments(ctx: AppContext, p: Principal, meta: RequestMeta): Promise<ClientSummary[]> {
  await authorize(ctx, p, 'client.assignments', orgResource(p));
  const rows = await ctx.store.db.selectFrom('clients').select(['id', 'reference', 'practitioner_id', 'status', 'created_at']).where('org_id', '=', p.orgId).orderBy('created_at', 'desc').execute();
  await ctx.audit.record({ ...actorOf(p, meta.ip), action: 'client.assignments', outcome: 'success', targetType: 'client', details: { count: rows.length } });
  return rows.map((r) => ({ id: r.id, reference: r.reference ?? '', practitionerId: r.practitioner_id, status: r.status, createdAt: r.created_at }));
}

export async function assignClient(ctx: AppContext, p: Principal, clientId: string, practitionerId: string, meta: RequestMeta): Promise<{ id: string; reference: string; practitionerId: string }> {
  const c = await loadClient(ctx, ctx.store.db, p, clientId);
  await authorize(ctx, p, 'client.assign', c, { clientId, targetType: 'client', targetId: clientId });
  await assertPractitioner(ctx, p.orgId, practitionerId);
  const now = ctx.now().toISOString();
  await ctx.store.db.transaction().execute(async (trx) => {
    await trx.updateTable('clients').set({ practitioner_id: practitionerId, updated_at: now }).where('id', '=', clientId).execute();
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'client.assign', outcome: 'success', clientId, targetType: 'client', targetId: clientId, details: { from: c!.practitionerId, to: practitionerId } });
    if (practitionerId !== c!.practitionerId) {
      await trx
        .insertInto('notifications')
        .values({ id: newId(), org_id: p.orgId, user_id: practitionerId, kind: 'client-assigned', client_id: clientId, message: `A client (${c!.reference}) was assigned to you.`, created_at: now, read_at: null })
        .execute();
    }
  });
  return { id: clientId, reference: c!.reference, practitionerId };
}
