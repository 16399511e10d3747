// The directory of services (PRACTICE I1–I3): other providers, specialists, local mental health services,
// helplines. Admins keep it; a removed entry is kept (soft-removed) so that old referrals still name it,
// but nothing new can point at it.
import type { AppContext } from './context.js';
import { AppError } from './errors.js';
import { newId } from './ids.js';
import { actorOf, type Principal } from './principal.js';
import { authorize, orgResource } from './authorize.js';
import type { RequestMeta } from './auth.js';
import type { DirectoryTable } from '../store/schema.js';

export const DIRECTORY_KINDS = ['provider', 'specialist', 'mental-health', 'helpline', 'employer', 'other'] as const;
export type DirectoryKind = (typeof DIRECTORY_KINDS)[number];

export interface DirectoryEntry {
  id: string;
  kind: string;
  name: string;
  description: string | null;
  contact: string | null;
  removed: boolean;
  updatedAt: string;
}

export interface DirectoryInput {
  kind: DirectoryKind;
  name: string;
  description?: string | null;
  contact?: string | null;
}

const view = (r: DirectoryTable): DirectoryEntry => ({ id: r.id, kind: r.kind, name: r.name, description: r.description, contact: r.contact, removed: r.removed_at !== null, updatedAt: r.updated_at });

export async function listDirectory(ctx: AppContext, p: Principal, includeRemoved: boolean, meta: RequestMeta): Promise<DirectoryEntry[]> {
  await authorize(ctx, p, 'directory.read', orgResource(p));
  let q = ctx.store.db.selectFrom('directory').selectAll().where('org_id', '=', p.orgId);
  if (!includeRemoved) q = q.where('removed_at', 'is', null);
  const rows = await q.orderBy('name').execute();
  await ctx.audit.record({ ...actorOf(p, meta.ip), action: 'directory.list', outcome: 'success', targetType: 'directory', details: { count: rows.length } });
  return rows.map(view);
}

/** A live (not removed) entry of the organisation, or a clear 400 naming the field. */
export async function liveEntry(ctx: AppContext, orgId: string, id: string, path: string): Promise<DirectoryTable> {
  const r = await ctx.store.db.selectFrom('directory').selectAll().where('id', '=', id).where('org_id', '=', orgId).executeTakeFirst();
  if (!r) throw new AppError('validation', 'That directory entry does not exist.', { errors: [{ path, message: 'Choose an entry from the directory.' }] });
  if (r.removed_at) throw new AppError('validation', `"${r.name}" was removed from the directory; choose another service.`, { errors: [{ path, message: 'This entry was removed from the directory. Choose another.' }] });
  return r;
}

export async function createEntry(ctx: AppContext, p: Principal, input: DirectoryInput, meta: RequestMeta): Promise<DirectoryEntry> {
  await authorize(ctx, p, 'directory.manage', orgResource(p));
  const now = ctx.now().toISOString();
  const r: DirectoryTable = { id: newId(), org_id: p.orgId, kind: input.kind, name: input.name.trim(), description: input.description ?? null, contact: input.contact ?? null, created_at: now, updated_at: now, removed_at: null };
  await ctx.store.db.transaction().execute(async (trx) => {
    await trx.insertInto('directory').values(r).execute();
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'directory.create', outcome: 'success', targetType: 'directory', targetId: r.id, details: { kind: r.kind } });
  });
  return view(r);
}

export async function updateEntry(ctx: AppContext, p: Principal, id: string, input: Partial<DirectoryInput>, meta: RequestMeta): Promise<DirectoryEntry> {
  await authorize(ctx, p, 'directory.manage', orgResource(p));
  const now = ctx.now().toISOString();
  return ctx.store.db.transaction().execute(async (trx) => {
    const r = await trx.selectFrom('directory').selectAll().where('id', '=', id).where('org_id', '=', p.orgId).executeTakeFirst();
    if (!r) throw new AppError('not-found');
    if (r.removed_at) throw new AppError('conflict', 'This entry was removed from the directory and can no longer be edited.');
    const next: DirectoryTable = {
      ...r,
      ...(input.kind !== undefined ? { kind: input.kind } : {}),
      ...(input.name !== undefined ? { name: input.name.trim() } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.contact !== undefined ? { contact: input.contact } : {}),
      updated_at: now,
    };
    await trx.updateTable('directory').set({ kind: next.kind, name: next.name, description: next.description, contact: next.contact, updated_at: now }).where('id', '=', id).execute();
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'directory.update', outcome: 'success', targetType: 'directory', targetId: id });
    return view(next);
  });
}

export async function removeEntry(ctx: AppContext, p: Principal, id: string, meta: RequestMeta): Promise<void> {
  await authorize(ctx, p, 'directory.manage', orgResource(p));
  const now = ctx.now().toISOString();
  await ctx.store.db.transaction().execute(async (trx) => {
    const r = await trx.selectFrom('directory').select(['id', 'removed_at']).where('id', '=', id).where('org_id', '=', p.orgId).executeTakeFirst();
    if (!r) throw new AppError('not-found');
    if (r.removed_at) return;
    await trx.updateTable('directory').set({ removed_at: now, updated_at: now }).where('id', '=', id).execute();
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'directory.remove', outcome: 'success', targetType: 'directory', targetId: id });
  });
}
