// Server-side sessions. The cookie holds a random 32-byte token; the database holds only its SHA-256, so a
// leaked database (or backup) cannot be replayed as a cookie. Sessions end on idle timeout, on absolute
// timeout, and at once on logout, logout-everywhere, password change, MFA reset and deactivation.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../store/schema.js';
import { MFA_REQUIRED_ROLES, ROLES, type Role } from '../access/index.js';
import type { AppContext } from './context.js';
import type { Principal, Stage } from './principal.js';
import { addMinutes, newToken, randomBase32, sha256 } from './ids.js';
import { fastSession } from './fast-reads.js';

type Q = Kysely<Database> | Transaction<Database>;

export function parseRoles(json: string): Role[] {
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? (v.filter((r) => (ROLES as readonly string[]).includes(r as string)) as Role[]) : [];
  } catch {
    return [];
  }
}

export function needsMfa(roles: readonly Role[]): boolean {
  return roles.some((r) => MFA_REQUIRED_ROLES.includes(r));
}

export interface NewSession {
  token: string;
  id: string;
  csrfToken: string;
  stage: Stage;
  expiresAt: string;
}

export async function createSession(
  ctx: AppContext,
  db: Q,
  userId: string,
  stage: Stage,
  meta: { ip: string | null; userAgent: string | null; reauth?: boolean },
): Promise<NewSession> {
  const now = ctx.now();
  const token = newToken();
  const id = sha256(token);
  const csrfToken = newToken();
  const expiresAt = addMinutes(now, ctx.config.sessionAbsoluteHours * 60).toISOString();
  await db
    .insertInto('sessions')
    .values({
      id,
      user_id: userId,
      csrf_token: csrfToken,
      stage,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: expiresAt,
      reauth_at: meta.reauth ? now.toISOString() : null,
      ip: meta.ip,
      user_agent: meta.userAgent ? meta.userAgent.slice(0, 200) : null,
      revoked_at: null,
      handle: randomBase32(16),
    })
    .execute();
  return { token, id, csrfToken, stage, expiresAt };
}

export async function revokeSession(ctx: AppContext, db: Q, id: string): Promise<void> {
  await db.updateTable('sessions').set({ revoked_at: ctx.now().toISOString() }).where('id', '=', id).where('revoked_at', 'is', null).execute();
}

export async function revokeUserSessions(ctx: AppContext, db: Q, userId: string, exceptId?: string): Promise<number> {
  let q = db.updateTable('sessions').set({ revoked_at: ctx.now().toISOString() }).where('user_id', '=', userId).where('revoked_at', 'is', null);
  if (exceptId) q = q.where('id', '!=', exceptId);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Only write last_seen_at when it is this stale: idle timeouts are minutes, and reads stay read-only. */
const TOUCH_EVERY_MS = 30_000;

/** Finds the live session for a cookie token, or undefined (unknown, revoked, expired, idle, or user inactive). */
export async function resolveSession(ctx: AppContext, token: string): Promise<Principal | undefined> {
  if (!token || token.length > 100) return undefined;
  const id = sha256(token);
  const fast = fastSession(ctx, id);
  const row = fast !== undefined ? (fast ?? undefined) : await ctx.store.db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id',
      'sessions.handle',
      'sessions.csrf_token',
      'sessions.stage',
      'sessions.created_at',
      'sessions.last_seen_at',
      'sessions.expires_at',
      'sessions.reauth_at',
      'sessions.revoked_at',
      'sessions.ip',
      'users.id as user_id',
      'users.org_id',
      'users.email',
      'users.display_name',
      'users.roles',
      'users.active',
      'users.totp_enabled',
      'users.must_change_password',
    ])
    .where('sessions.id', '=', id)
    .executeTakeFirst();
  if (!row || row.revoked_at !== null || !row.active) return undefined;
  const now = ctx.now();
  const idleMs = ctx.config.sessionIdleMinutes * 60_000;
  const lastSeen = Date.parse(row.last_seen_at);
  if (now.getTime() >= Date.parse(row.expires_at) || now.getTime() >= lastSeen + idleMs) return undefined;
  const touch = now.getTime() - lastSeen >= TOUCH_EVERY_MS;
  if (touch) {
    await ctx.store.db.updateTable('sessions').set({ last_seen_at: now.toISOString() }).where('id', '=', id).execute();
  }
  const roles = parseRoles(row.roles);
  let stage = row.stage as Stage;
  const totpEnabled = row.totp_enabled === 1;
  // A role that needs a second factor, granted after sign-in, sends the user to enrolment straight away.
  if (stage === 'full' && needsMfa(roles) && !totpEnabled) stage = 'enrol';
  const seen = touch ? now.getTime() : lastSeen;
  return {
    userId: row.user_id,
    orgId: row.org_id,
    roles,
    email: row.email,
    displayName: row.display_name,
    totpEnabled,
    mustChangePassword: row.must_change_password === 1,
    sessionId: row.id,
    handle: row.handle ?? '',
    stage,
    csrfToken: row.csrf_token,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    idleExpiresAt: new Date(Math.min(seen + idleMs, Date.parse(row.expires_at))).toISOString(),
    reauthAt: row.reauth_at,
    ip: row.ip,
  };
}
