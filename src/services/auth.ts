// Sign-in, second factor, sign-out and password use-cases.
import * as OTPAuth from 'otpauth';
import type { Transaction } from 'kysely';
import type { Database, UserRow } from '../store/schema.js';
import type { AppContext } from './context.js';
import { AppError } from './errors.js';
import { newRecoveryCode, normaliseRecoveryCode, sha256 } from './ids.js';
import { assertPasswordPolicy, hashPassword, verifyDummy, verifyPassword } from './passwords.js';
import { actorOf, publicUser, type Principal, type PublicUser, type Stage } from './principal.js';
import { createSession, needsMfa, parseRoles, revokeSession, revokeUserSessions, type NewSession } from './sessions.js';
import { clearThrottle, lockedFor, registerFailure, throttleKey } from './throttle.js';

export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}

export interface SignedIn {
  session: NewSession;
  user: PublicUser;
  stage: Stage;
}

export function userView(u: UserRow): PublicUser {
  return {
    id: u.id,
    email: u.email,
    displayName: u.display_name,
    roles: parseRoles(u.roles),
    totpEnabled: u.totp_enabled === 1,
    mustChangePassword: u.must_change_password === 1,
  };
}

export const normaliseEmail = (e: string): string => e.trim().toLowerCase();

function stageAfterPassword(u: UserRow): Stage {
  if (u.totp_enabled === 1) return 'mfa';
  return needsMfa(parseRoles(u.roles)) ? 'enrol' : 'full';
}

export async function login(ctx: AppContext, input: { email: string; password: string }, meta: RequestMeta, oldSessionId?: string): Promise<SignedIn> {
  const email = normaliseEmail(input.email);
  const accountKey = throttleKey('account', email);
  const ipKey = throttleKey('ip', meta.ip ?? 'unknown');
  const wait = await lockedFor(ctx, [accountKey, ipKey]);
  if (wait > 0) {
    await ctx.audit.record({ ...actorOf(null, meta.ip), action: 'auth.login.failed', outcome: 'denied', reason: 'locked', targetType: 'account' });
    throw new AppError('locked', undefined, { retryAfterSeconds: wait });
  }
  const user = await ctx.store.db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
  let ok = false;
  if (user) ok = await verifyPassword(user.password_hash, input.password);
  else await verifyDummy(ctx.argon2);
  if (!user || !ok || user.active !== 1) {
    await registerFailure(ctx, [
      { key: accountKey, limit: ctx.throttle.accountFailures },
      { key: ipKey, limit: ctx.throttle.ipFailures },
    ]);
    await ctx.audit.record({
      orgId: user?.org_id ?? null,
      actorId: user?.id ?? null,
      actorRoles: null,
      ip: meta.ip,
      action: 'auth.login.failed',
      outcome: 'failure',
      reason: !user ? 'unknown-account' : !ok ? 'wrong-password' : 'inactive-account',
      targetType: 'account',
    });
    throw new AppError('invalid-credentials');
  }
  await clearThrottle(ctx, [accountKey]);
  const stage = stageAfterPassword(user);
  const session = await ctx.store.db.transaction().execute(async (trx) => {
    if (oldSessionId) await revokeSession(ctx, trx, oldSessionId);
    const s = await createSession(ctx, trx, user.id, stage, { ...meta, reauth: stage === 'full' });
    await trx.updateTable('users').set({ last_sign_in_at: ctx.now().toISOString() }).where('id', '=', user.id).execute();
    await ctx.audit.append(trx, { orgId: user.org_id, actorId: user.id, actorRoles: parseRoles(user.roles), ip: meta.ip, action: 'auth.login', outcome: 'success', targetType: 'session', details: { stage } });
    return s;
  });
  return { session, user: userView(user), stage };
}

// --- TOTP (RFC 6238: SHA-1, 6 digits, 30 s; one step of clock drift either way) -----------------------

function totpFor(secretBase32: string, email: string): OTPAuth.TOTP {
  return new OTPAuth.TOTP({ issuer: 'Confidant', label: email, algorithm: 'SHA1', digits: 6, period: 30, secret: OTPAuth.Secret.fromBase32(secretBase32) });
}

/** Returns the accepted time step, or undefined. A step at or before the last accepted one is refused (no replay). */
function checkTotp(ctx: AppContext, secret: string, email: string, code: string, lastCounter: number | null): number | undefined {
  const clean = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(clean)) return undefined;
  const ts = ctx.now().getTime();
  const delta = totpFor(secret, email).validate({ token: clean, timestamp: ts, window: 1 });
  if (delta === null) return undefined;
  const counter = Math.floor(ts / 30_000) + delta;
  if (lastCounter !== null && counter <= lastCounter) return undefined;
  return counter;
}

async function loadUser(ctx: AppContext, id: string): Promise<UserRow> {
  const u = await ctx.store.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  if (!u) throw new AppError('unauthenticated');
  return u;
}

async function totpSecretOf(ctx: AppContext, u: UserRow): Promise<string | undefined> {
  return u.totp_secret_enc ? ctx.keyring.openSystem(ctx.store.db, u.totp_secret_enc, `totp:${u.id}`) : undefined;
}

/** Second factor after the password: a TOTP code or a single-use recovery code. Rotates the session. */
export async function completeMfa(ctx: AppContext, p: Principal, input: { code?: string; recoveryCode?: string }, meta: RequestMeta): Promise<SignedIn> {
  if (p.stage !== 'mfa') throw new AppError('stage-required');
  const mfaKey = throttleKey('mfa', p.userId);
  const wait = await lockedFor(ctx, [mfaKey]);
  if (wait > 0) throw new AppError('locked', undefined, { retryAfterSeconds: wait });
  const u = await loadUser(ctx, p.userId);
  let counter: number | undefined;
  let remainingCodes: string[] | undefined;
  if (input.code) {
    const secret = await totpSecretOf(ctx, u);
    if (secret) counter = checkTotp(ctx, secret, u.email, input.code, u.totp_last_counter);
  } else if (input.recoveryCode) {
    const hashes = JSON.parse(u.recovery_codes ?? '[]') as string[];
    const h = sha256(normaliseRecoveryCode(input.recoveryCode));
    if (hashes.includes(h)) remainingCodes = hashes.filter((x) => x !== h);
  }
  if (counter === undefined && remainingCodes === undefined) {
    await registerFailure(ctx, [{ key: mfaKey, limit: ctx.throttle.accountFailures }]);
    await ctx.audit.record({ ...actorOf(p, meta.ip), action: 'auth.mfa', outcome: 'failure', reason: input.code ? 'wrong-code' : 'wrong-recovery-code' });
    throw new AppError('invalid-code');
  }
  await clearThrottle(ctx, [mfaKey]);
  const session = await ctx.store.db.transaction().execute(async (trx) => {
    if (counter !== undefined) await trx.updateTable('users').set({ totp_last_counter: counter }).where('id', '=', u.id).execute();
    if (remainingCodes !== undefined) {
      // Single use: the update only succeeds if the stored list is still the one we read.
      const r = await trx.updateTable('users').set({ recovery_codes: JSON.stringify(remainingCodes) }).where('id', '=', u.id).where('recovery_codes', '=', u.recovery_codes).executeTakeFirst();
      if (Number(r.numUpdatedRows) !== 1) throw new AppError('invalid-code');
    }
    await revokeSession(ctx, trx, p.sessionId);
    const s = await createSession(ctx, trx, u.id, 'full', { ...meta, reauth: true });
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'auth.mfa', outcome: 'success', details: { method: counter !== undefined ? 'totp' : 'recovery-code', recoveryCodesLeft: remainingCodes?.length ?? null } });
    return s;
  });
  return { session, user: userView(u), stage: 'full' };
}

export async function startTotpEnrolment(ctx: AppContext, p: Principal): Promise<{ secret: string; otpauthUrl: string; qrSvg: string }> {
  if (p.stage !== 'enrol' && p.stage !== 'full') throw new AppError('stage-required');
  if (p.totpEnabled) throw new AppError('conflict', 'A second factor is already set up; an administrator can reset it.');
  const secret = new OTPAuth.Secret({ size: 20 }).base32;
  const sealed = await ctx.keyring.sealSystem(ctx.store.db, secret, `totp-pending:${p.userId}`);
  await ctx.store.db.updateTable('users').set({ totp_pending_enc: sealed }).where('id', '=', p.userId).execute();
  const otpauthUrl = totpFor(secret, p.email).toString();
  const QRCode = (await import('qrcode')).default;
  const qrSvg = await QRCode.toString(otpauthUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  return { secret, otpauthUrl, qrSvg };
}

export async function confirmTotpEnrolment(ctx: AppContext, p: Principal, code: string, meta: RequestMeta): Promise<{ recoveryCodes: string[]; session?: NewSession }> {
  if (p.stage !== 'enrol' && p.stage !== 'full') throw new AppError('stage-required');
  const u = await loadUser(ctx, p.userId);
  if (u.totp_enabled === 1) throw new AppError('conflict', 'A second factor is already set up.');
  if (!u.totp_pending_enc) throw new AppError('conflict', 'Start the enrolment first.');
  const secret = await ctx.keyring.openSystem(ctx.store.db, u.totp_pending_enc, `totp-pending:${p.userId}`);
  const counter = checkTotp(ctx, secret, u.email, code, null);
  if (counter === undefined) {
    await ctx.audit.record({ ...actorOf(p, meta.ip), action: 'auth.totp-enrol', outcome: 'failure', reason: 'wrong-code' });
    throw new AppError('invalid-code', undefined, { errors: [{ path: 'code', message: 'The code is not correct; check the time on your phone.' }] });
  }
  const codes = Array.from({ length: 10 }, newRecoveryCode);
  const sealed = await ctx.keyring.sealSystem(ctx.store.db, secret, `totp:${p.userId}`);
  const session = await ctx.store.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ totp_secret_enc: sealed, totp_enabled: 1, totp_pending_enc: null, totp_last_counter: counter, recovery_codes: JSON.stringify(codes.map((c) => sha256(normaliseRecoveryCode(c)))) })
      .where('id', '=', p.userId)
      .execute();
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'auth.totp-enrol', outcome: 'success' });
    // A new session id once the second factor is in place (the stage changes from enrol to full).
    await revokeSession(ctx, trx, p.sessionId);
    return createSession(ctx, trx, p.userId, 'full', { ...meta, reauth: true });
  });
  return { recoveryCodes: codes, session };
}

export async function regenerateRecoveryCodes(ctx: AppContext, p: Principal, password: string, meta: RequestMeta): Promise<string[]> {
  const u = await loadUser(ctx, p.userId);
  if (!(await verifyPassword(u.password_hash, password))) {
    await ctx.audit.record({ ...actorOf(p, meta.ip), action: 'auth.recovery-codes', outcome: 'failure', reason: 'wrong-password' });
    throw new AppError('invalid-credentials', undefined, { errors: [{ path: 'password', message: 'The password is not correct.' }] });
  }
  if (u.totp_enabled !== 1) throw new AppError('conflict', 'Set up a second factor first.');
  const codes = Array.from({ length: 10 }, newRecoveryCode);
  await ctx.store.db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ recovery_codes: JSON.stringify(codes.map((c) => sha256(normaliseRecoveryCode(c)))) }).where('id', '=', p.userId).execute();
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'auth.recovery-codes', outcome: 'success' });
  });
  return codes;
}

export async function logout(ctx: AppContext, p: Principal, meta: RequestMeta): Promise<void> {
  await ctx.store.db.transaction().execute(async (trx) => {
    await revokeSession(ctx, trx, p.sessionId);
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'auth.logout', outcome: 'success' });
  });
}

export async function logoutAll(ctx: AppContext, p: Principal, meta: RequestMeta): Promise<void> {
  await ctx.store.db.transaction().execute(async (trx) => {
    const n = await revokeUserSessions(ctx, trx, p.userId);
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'auth.logout-all', outcome: 'success', details: { sessions: n } });
  });
}

export async function changePassword(ctx: AppContext, p: Principal, input: { currentPassword: string; newPassword: string }, meta: RequestMeta): Promise<void> {
  const u = await loadUser(ctx, p.userId);
  if (!(await verifyPassword(u.password_hash, input.currentPassword))) {
    await ctx.audit.record({ ...actorOf(p, meta.ip), action: 'auth.password-change', outcome: 'failure', reason: 'wrong-password' });
    throw new AppError('invalid-credentials', 'The current password is not correct.', { errors: [{ path: 'currentPassword', message: 'The current password is not correct.' }] });
  }
  assertPasswordPolicy(input.newPassword, 'newPassword', [u.email, u.display_name, 'confidant']);
  if (await verifyPassword(u.password_hash, input.newPassword)) {
    throw new AppError('weak-password', 'Choose a password different from the current one.', { errors: [{ path: 'newPassword', message: 'Choose a password different from the current one.' }] });
  }
  const hash = await hashPassword(input.newPassword, ctx.argon2);
  await ctx.store.db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ password_hash: hash, password_changed_at: ctx.now().toISOString(), must_change_password: 0 }).where('id', '=', p.userId).execute();
    const n = await revokeUserSessions(ctx, trx, p.userId, p.sessionId);
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'auth.password-change', outcome: 'success', details: { otherSessionsEnded: n } });
  });
}

/** A fresh confirmation of identity (password, and the TOTP code when the user has one), e.g. before break-glass. */
export async function reauthenticate(ctx: AppContext, p: Principal, input: { password: string; code?: string }, meta: RequestMeta): Promise<void> {
  const u = await loadUser(ctx, p.userId);
  const accountKey = throttleKey('account', u.email);
  const wait = await lockedFor(ctx, [accountKey]);
  if (wait > 0) throw new AppError('locked', undefined, { retryAfterSeconds: wait });
  let ok = await verifyPassword(u.password_hash, input.password);
  let counter: number | undefined;
  if (ok && u.totp_enabled === 1) {
    const secret = await totpSecretOf(ctx, u);
    counter = secret && input.code ? checkTotp(ctx, secret, u.email, input.code, u.totp_last_counter) : undefined;
    ok = counter !== undefined;
  }
  if (!ok) {
    await registerFailure(ctx, [{ key: accountKey, limit: ctx.throttle.accountFailures }]);
    await ctx.audit.record({ ...actorOf(p, meta.ip), action: 'auth.reauth', outcome: 'failure' });
    throw new AppError('invalid-credentials');
  }
  await ctx.store.db.transaction().execute(async (trx: Transaction<Database>) => {
    await trx.updateTable('sessions').set({ reauth_at: ctx.now().toISOString() }).where('id', '=', p.sessionId).execute();
    if (counter !== undefined) await trx.updateTable('users').set({ totp_last_counter: counter }).where('id', '=', u.id).execute();
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'auth.reauth', outcome: 'success' });
  });
}

export async function listSessions(ctx: AppContext, p: Principal) {
  const now = ctx.now();
  const rows = await ctx.store.db
    .selectFrom('sessions')
    .select(['id', 'handle', 'created_at', 'last_seen_at', 'expires_at', 'ip', 'user_agent'])
    .where('user_id', '=', p.userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now.toISOString())
    .where('last_seen_at', '>', new Date(now.getTime() - ctx.config.sessionIdleMinutes * 60_000).toISOString())
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((r) => ({ id: r.handle ?? '', createdAt: r.created_at, lastSeenAt: r.last_seen_at, ip: r.ip, userAgent: r.user_agent, current: r.id === p.sessionId }));
}

export async function endSession(ctx: AppContext, p: Principal, handle: string, meta: RequestMeta): Promise<void> {
  await ctx.store.db.transaction().execute(async (trx) => {
    const r = await trx.updateTable('sessions').set({ revoked_at: ctx.now().toISOString() }).where('user_id', '=', p.userId).where('handle', '=', handle).where('revoked_at', 'is', null).executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) throw new AppError('not-found');
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'auth.session-end', outcome: 'success' });
  });
}

export async function recentSignIns(ctx: AppContext, p: Principal) {
  const rows = await ctx.store.db
    .selectFrom('audit_log')
    .select(['at', 'outcome', 'ip', 'action'])
    .where('actor_id', '=', p.userId)
    .where('action', 'in', ['auth.login', 'auth.login.failed', 'auth.mfa'])
    .orderBy('seq', 'desc')
    .limit(50)
    .execute();
  return rows.map((r) => ({ at: r.at, outcome: r.outcome, ip: r.ip }));
}

export { publicUser };
