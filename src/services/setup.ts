// First run: creates the organisation and its first administrator. Refused once any user exists; a marker
// row makes two concurrent setups impossible (the second insert conflicts on the primary key).
import type { AppContext } from './context.js';
import { AppError } from './errors.js';
import { newId } from './ids.js';
import { assertPasswordPolicy, hashPassword } from './passwords.js';
import { createSession, type NewSession } from './sessions.js';
import { normaliseEmail, userView, type RequestMeta } from './auth.js';
import type { PublicUser } from './principal.js';
import type { Role } from '../access/index.js';

export async function needsSetup(ctx: AppContext): Promise<boolean> {
  const u = await ctx.store.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  return u === undefined;
}

export interface SetupInput {
  organisation: string;
  displayName: string;
  email: string;
  password: string;
  roles?: Role[];
}

export async function runSetup(ctx: AppContext, input: SetupInput, meta: RequestMeta, opts: { session?: boolean } = {}): Promise<{ user: PublicUser; orgId: string; session?: NewSession }> {
  if (!(await needsSetup(ctx))) throw new AppError('setup-done');
  const email = normaliseEmail(input.email);
  assertPasswordPolicy(input.password, 'password', [email, input.displayName, input.organisation, 'confidant']);
  const hash = await hashPassword(input.password, ctx.argon2);
  const now = ctx.now().toISOString();
  const orgId = newId();
  const userId = newId();
  const roles: Role[] = input.roles ?? ['admin'];
  return ctx.store.db.transaction().execute(async (trx) => {
    const marker = await trx.insertInto('confidant_meta').values({ key: 'setup', value: now }).onConflict((oc) => oc.column('key').doNothing()).executeTakeFirst();
    if (Number(marker.numInsertedOrUpdatedRows ?? 0n) === 0) throw new AppError('setup-done');
    const existing = await trx.selectFrom('users').select('id').limit(1).executeTakeFirst();
    if (existing) throw new AppError('setup-done');
    await trx.insertInto('organisations').values({ id: orgId, name: input.organisation.trim(), settings: '{}', created_at: now }).execute();
    await trx
      .insertInto('users')
      .values({ id: userId, org_id: orgId, email, display_name: input.displayName.trim(), password_hash: hash, roles: JSON.stringify(roles), active: 1, totp_secret_enc: null, totp_enabled: 0, recovery_codes: null, password_changed_at: now, created_at: now, deactivated_at: null })
      .execute();
    await ctx.audit.append(trx, { orgId, actorId: userId, actorRoles: roles, ip: meta.ip, action: 'setup', outcome: 'success', targetType: 'organisation', targetId: orgId });
    await ctx.audit.append(trx, { orgId, actorId: userId, actorRoles: roles, ip: meta.ip, action: 'user.create', outcome: 'success', targetType: 'user', targetId: userId, details: { roles: roles.join(',') } });
    const session = opts.session === false ? undefined : await createSession(ctx, trx, userId, 'enrol', meta);
    const row = await trx.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirstOrThrow();
    return { user: userView(row), orgId, session };
  });
}
