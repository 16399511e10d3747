// User administration (admins): create with a temporary password, change roles, deactivate (sessions end at
// once), reactivate, reset the second factor. The organisation always keeps one active administrator.
import type { Transaction } from 'kysely';
import type { Database, UserRow } from '../store/schema.js';
import type { Role } from '../access/index.js';
import type { AppContext } from './context.js';
import { AppError } from './errors.js';
import { newId } from './ids.js';
import { hashPassword, temporaryPassword } from './passwords.js';
import { actorOf, type Principal } from './principal.js';
import { parseRoles, revokeUserSessions } from './sessions.js';
import { authorize, orgResource } from './authorize.js';
import { normaliseEmail, type RequestMeta } from './auth.js';

export interface AdminUserView {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  active: boolean;
  totpEnabled: boolean;
  mustChangePassword: boolean;
  createdAt: string;
  lastSignInAt: string | null;
}

export function adminView(u: UserRow): AdminUserView {
  return {
    id: u.id,
    email: u.email,
    displayName: u.display_name,
    roles: parseRoles(u.roles),
    active: u.active === 1,
    totpEnabled: u.totp_enabled === 1,
    mustChangePassword: u.must_change_password === 1,
    createdAt: u.created_at,
    lastSignInAt: u.last_sign_in_at,
  };
}

export async function listUsers(ctx: AppContext, p: Principal): Promise<AdminUserView[]> {
  await authorize(ctx, p, 'user.list', orgResource(p));
  const rows = await ctx.store.db.selectFrom('users').selectAll().where('org_id', '=', p.orgId).orderBy('display_name').execute();
  return rows.map(adminView);
}

async function targetUser(ctx: AppContext, trx: Transaction<Database>, p: Principal, id: string): Promise<UserRow> {
  const u = await trx.selectFrom('users').selectAll().where('id', '=', id).where('org_id', '=', p.orgId).executeTakeFirst();
  if (!u) throw new AppError('not-found');
  return u;
}

async function assertAnotherAdmin(trx: Transaction<Database>, orgId: string, exceptId: string): Promise<void> {
  const admins = await trx.selectFrom('users').select(['id', 'roles']).where('org_id', '=', orgId).where('active', '=', 1).where('id', '!=', exceptId).execute();
  if (!admins.some((a) => parseRoles(a.roles).includes('admin'))) throw new AppError('last-admin');
}

export async function createUser(ctx: AppContext, p: Principal, input: { email: string; displayName: string; roles: Role[] }, meta: RequestMeta): Promise<{ user: AdminUserView; temporaryPassword: string }> {
  await authorize(ctx, p, 'user.manage', orgResource(p));
  const email = normaliseEmail(input.email);
  const temp = temporaryPassword();
  const hash = await hashPassword(temp, ctx.argon2);
  const now = ctx.now().toISOString();
  const id = newId();
  return ctx.store.db.transaction().execute(async (trx) => {
    const exists = await trx.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
    if (exists) throw new AppError('email-taken', undefined, { errors: [{ path: 'email', message: 'An account with this email address already exists.' }] });
    await trx
      .insertInto('users')
      .values({ id, org_id: p.orgId, email, display_name: input.displayName.trim(), password_hash: hash, roles: JSON.stringify([...new Set(input.roles)]), active: 1, totp_secret_enc: null, totp_enabled: 0, recovery_codes: null, password_changed_at: now, created_at: now, deactivated_at: null, must_change_password: 1 })
      .execute();
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'user.create', outcome: 'success', targetType: 'user', targetId: id, details: { roles: input.roles.join(',') } });
    const row = await trx.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    return { user: adminView(row), temporaryPassword: temp };
  });
}

export async function updateUser(ctx: AppContext, p: Principal, id: string, input: { displayName?: string; roles?: Role[] }, meta: RequestMeta): Promise<AdminUserView> {
  await authorize(ctx, p, 'user.manage', orgResource(p));
  return ctx.store.db.transaction().execute(async (trx) => {
    const u = await targetUser(ctx, trx, p, id);
    const before = parseRoles(u.roles);
    const set: Partial<{ display_name: string; roles: string }> = {};
    if (input.displayName !== undefined) set.display_name = input.displayName.trim();
    if (input.roles !== undefined) {
      const roles = [...new Set(input.roles)];
      if (before.includes('admin') && !roles.includes('admin') && u.active === 1) await assertAnotherAdmin(trx, p.orgId, id);
      set.roles = JSON.stringify(roles);
    }
    if (Object.keys(set).length) await trx.updateTable('users').set(set).where('id', '=', id).execute();
    if (input.roles !== undefined) {
      await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'user.role-change', outcome: 'success', targetType: 'user', targetId: id, details: { from: before.join(','), to: [...new Set(input.roles)].join(',') } });
    }
    if (input.displayName !== undefined) await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'user.update', outcome: 'success', targetType: 'user', targetId: id });
    return adminView(await targetUser(ctx, trx, p, id));
  });
}

export async function deactivateUser(ctx: AppContext, p: Principal, id: string, reason: string | undefined, meta: RequestMeta): Promise<AdminUserView> {
  await authorize(ctx, p, 'user.manage', orgResource(p));
  return ctx.store.db.transaction().execute(async (trx) => {
    const u = await targetUser(ctx, trx, p, id);
    if (parseRoles(u.roles).includes('admin') && u.active === 1) await assertAnotherAdmin(trx, p.orgId, id);
    await trx.updateTable('users').set({ active: 0, deactivated_at: ctx.now().toISOString() }).where('id', '=', id).execute();
    const n = await revokeUserSessions(ctx, trx, id);
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'user.deactivate', outcome: 'success', targetType: 'user', targetId: id, reason: reason ? reason.slice(0, 200) : null, details: { sessionsEnded: n } });
    return adminView(await targetUser(ctx, trx, p, id));
  });
}

export async function reactivateUser(ctx: AppContext, p: Principal, id: string, meta: RequestMeta): Promise<AdminUserView> {
  await authorize(ctx, p, 'user.manage', orgResource(p));
  return ctx.store.db.transaction().execute(async (trx) => {
    await targetUser(ctx, trx, p, id);
    await trx.updateTable('users').set({ active: 1, deactivated_at: null }).where('id', '=', id).execute();
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'user.reactivate', outcome: 'success', targetType: 'user', targetId: id });
    return adminView(await targetUser(ctx, trx, p, id));
  });
}

export async function resetUserMfa(ctx: AppContext, p: Principal, id: string, meta: RequestMeta): Promise<AdminUserView> {
  await authorize(ctx, p, 'user.manage', orgResource(p));
  return ctx.store.db.transaction().execute(async (trx) => {
    await targetUser(ctx, trx, p, id);
    await trx.updateTable('users').set({ totp_enabled: 0, totp_secret_enc: null, totp_pending_enc: null, recovery_codes: null, totp_last_counter: null }).where('id', '=', id).execute();
    const n = await revokeUserSessions(ctx, trx, id);
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'user.reset-mfa', outcome: 'success', targetType: 'user', targetId: id, details: { sessionsEnded: n } });
    return adminView(await targetUser(ctx, trx, p, id));
  });
}

export async function listPractitioners(ctx: AppContext, p: Principal): Promise<{ id: string; displayName: string }[]> {
  await authorize(ctx, p, 'practitioner.list', orgResource(p));
  const rows = await ctx.store.db.selectFrom('users').select(['id', 'display_name', 'roles']).where('org_id', '=', p.orgId).where('active', '=', 1).orderBy('display_name').execute();
  return rows.filter((r) => parseRoles(r.roles).includes('practitioner')).map((r) => ({ id: r.id, displayName: r.display_name }));
}
