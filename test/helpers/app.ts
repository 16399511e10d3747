// The API under test: a real database of each dialect (SQLite file, fresh PostgreSQL database), the real app
// through app.inject(), an injected clock, cheap argon2 costs, and a log sink the tests can search.
import { describe } from 'node:test';
import { Writable } from 'node:stream';
import { join } from 'node:path';
import * as OTPAuth from 'otpauth';
import type { FastifyInstance, RouteOptions, LightMyRequestResponse } from 'fastify';
import { loadConfig, type Config } from '../../src/config.js';
import { createContext, type AppContext } from '../../src/services/context.js';
import { buildApp } from '../../src/http/app.js';
import { runSetup } from '../../src/services/setup.js';
import { hashPassword } from '../../src/services/passwords.js';
import { newId } from '../../src/services/ids.js';
import type { Role } from '../../src/access/index.js';
import { createTestDatabase, DIALECTS, type DialectName, type TestDatabase } from '../support/databases.js';

export type { DialectName };
export const TEST_ARGON2 = { memoryCost: 1024, timeCost: 1, parallelism: 1 };
export const PASSWORD = 'correct horse battery staple 42';

/** Runs `fn` once per database dialect, each inside its own describe block. */
export function forEachDialect(name: string, fn: (dialect: DialectName) => void): void {
  for (const dialect of DIALECTS) describe(`${name} [${dialect}]`, () => fn(dialect));
}

export class FakeClock {
  constructor(public t = Date.UTC(2026, 0, 15, 9, 0, 0)) {}
  now = (): Date => new Date(this.t);
  advance(ms: number): void {
    this.t += ms;
  }
}

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  config: Config;
  clock: FakeClock;
  db: TestDatabase;
  logs: string[];
  routes: RouteOptions[];
  close(): Promise<void>;
}

export async function makeTestApp(dialect: DialectName, opts: { env?: Record<string, string>; webRoot?: string | false } = {}): Promise<TestApp> {
  const db = await createTestDatabase(dialect);
  const env: Record<string, string> = {
    CONFIDANT_DATA_DIR: db.dir,
    CONFIDANT_DATABASE_URL: db.database.kind === 'sqlite' ? db.database.path : db.database.url,
    CONFIDANT_SECURE_COOKIES: 'true',
    CONFIDANT_LOG_LEVEL: 'info',
    // The overload guard (503 past an event-loop stall) is tested on its own (test/api/overload.test.ts); on a
    // busy 2-core test machine a stall is the machine's, not the app's, and must not fail unrelated tests.
    CONFIDANT_MAX_EVENT_LOOP_DELAY_MS: '0',
    ...opts.env,
  };
  const config = loadConfig(env, db.dir);
  const clock = new FakeClock();
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk, _enc, cb) {
      logs.push(String(chunk));
      cb();
    },
  });
  const ctx = await createContext(config, { clock: clock.now, argon2: TEST_ARGON2, logStream });
  const routes: RouteOptions[] = [];
  const app = await buildApp(ctx, { webRoot: opts.webRoot ?? false, onRoute: (r) => routes.push(r) });
  await app.ready();
  return {
    app,
    ctx,
    config,
    clock,
    db,
    logs,
    routes,
    close: async () => {
      await app.close();
      await ctx.close();
      await db.cleanup();
    },
  };
}

export const TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

export function totpCode(t: TestApp, secret = TOTP_SECRET): string {
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: t.clock.t });
}

export interface World {
  orgId: string;
  users: Record<string, { id: string; email: string; roles: Role[] }>;
}

/** An organisation with one user per role (plus a second practitioner), TOTP enrolled where required. */
export async function seedWorld(t: TestApp): Promise<World> {
  const setup = await runSetup(t.ctx, { organisation: 'Test Org (fictional)', displayName: 'Ada Admin', email: 'admin@example.test', password: PASSWORD }, { ip: null, userAgent: null }, { session: false });
  const users: World['users'] = { admin: { id: setup.user.id, email: 'admin@example.test', roles: ['admin'] } };
  await enrolTotp(t, setup.user.id);
  const spec: [string, Role[]][] = [
    ['practitioner', ['practitioner']],
    ['practitioner2', ['practitioner']],
    ['supervisor', ['supervisor']],
    ['safeguarding-lead', ['safeguarding-lead']],
    ['dpo', ['dpo']],
  ];
  for (const [key, roles] of spec) {
    const u = await addUser(t, setup.orgId, `${key}@example.test`, roles);
    users[key] = { id: u, email: `${key}@example.test`, roles };
  }
  return { orgId: setup.orgId, users };
}

export async function addUser(t: TestApp, orgId: string, email: string, roles: Role[], opts: { totp?: boolean; password?: string } = {}): Promise<string> {
  const id = newId();
  const now = t.clock.now().toISOString();
  await t.ctx.store.db
    .insertInto('users')
    .values({ id, org_id: orgId, email, display_name: email.split('@')[0]!, password_hash: await hashPassword(opts.password ?? PASSWORD, TEST_ARGON2), roles: JSON.stringify(roles), active: 1, totp_secret_enc: null, totp_enabled: 0, recovery_codes: null, password_changed_at: now, created_at: now, deactivated_at: null })
    .execute();
  if (opts.totp ?? roles.some((r) => r === 'admin' || r === 'safeguarding-lead')) await enrolTotp(t, id);
  return id;
}

export async function enrolTotp(t: TestApp, userId: string): Promise<void> {
  const sealed = await t.ctx.keyring.sealSystem(t.ctx.store.db, TOTP_SECRET, `totp:${userId}`);
  await t.ctx.store.db.updateTable('users').set({ totp_secret_enc: sealed, totp_enabled: 1 }).where('id', '=', userId).execute();
}

export interface Session {
  cookie: string; // "name=value" for the Cookie header
  csrf: string;
  userId: string;
}

export function cookieFrom(res: LightMyRequestResponse): string | undefined {
  const c = res.cookies.find((x) => x.name === '__Host-confidant' || x.name === 'confidant');
  return c && c.value ? `${c.name}=${c.value}` : undefined;
}

/** Signs in through the API (password, then TOTP when enrolled); advances the clock past the TOTP step. */
export async function signIn(t: TestApp, email: string, password = PASSWORD): Promise<Session> {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${res.statusCode} ${res.body}`);
  let body = res.json() as { stage: string; csrfToken: string; user: { id: string } };
  let cookie = cookieFrom(res)!;
  if (body.stage === 'mfa') {
    t.clock.advance(30_000);
    const r2 = await t.app.inject({ method: 'POST', url: '/api/v1/auth/mfa', headers: { cookie, 'x-csrf-token': body.csrfToken }, payload: { code: totpCode(t) } });
    if (r2.statusCode !== 200) throw new Error(`MFA of ${email} failed: ${r2.statusCode} ${r2.body}`);
    body = r2.json();
    cookie = cookieFrom(r2)!;
  }
  return { cookie, csrf: body.csrfToken, userId: body.user.id };
}

/** inject() with a session's cookie and CSRF header. */
export function as(t: TestApp, s: Session | undefined) {
  return (opts: { method: string; url: string; payload?: unknown; headers?: Record<string, string> }) =>
    t.app.inject({
      method: opts.method as 'GET',
      url: opts.url,
      ...(opts.payload !== undefined ? { payload: opts.payload as object } : {}),
      headers: { ...(s ? { cookie: s.cookie, 'x-csrf-token': s.csrf } : {}), ...opts.headers },
    });
}

export function dataDirOf(t: TestApp): string {
  return join(t.db.dir);
}
