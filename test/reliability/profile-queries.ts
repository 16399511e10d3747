// Per-request database work, by request kind (issue 9 item 5): counts the statements and round trips that
// each request of the load mix sends to the database, in process (app.inject), on SQLite or PostgreSQL.
// Not a test: a diagnostic used to cut the PostgreSQL path. Run:
//   node --import tsx test/reliability/profile-queries.ts [sqlite|postgres]
import pg from 'pg';
import { loadConfig } from '../../src/config.js';
import { createContext } from '../../src/services/context.js';
import { buildApp } from '../../src/http/app.js';
import { createTestDatabase } from '../support/databases.js';
import { PASSWORD, ROOT, seedInstallation, serverEnv } from './harness.js';

const dialect = (process.argv[2] ?? 'postgres') as 'sqlite' | 'postgres';
const log: string[] = [];
// Every statement a pg client sends (pool connections are pg.Client instances).
const original = pg.Client.prototype.query;
(pg.Client.prototype as unknown as { query: unknown }).query = function (this: pg.Client, ...args: unknown[]) {
  const q = args[0] as string | { text: string };
  log.push(typeof q === 'string' ? q : q.text);
  return (original as (...a: unknown[]) => unknown).apply(this, args);
};

const db = await createTestDatabase(dialect);
const env = serverEnv(db.database, db.dir);
await seedInstallation(env, [{ email: 'pa@example.test', roles: ['practitioner'] }]);
const ctx = await createContext(loadConfig(env, ROOT), { argon2: { memoryCost: 1024, timeCost: 1, parallelism: 1 }, logStream: { write: () => true } as unknown as NodeJS.WritableStream });
let sqliteCount = 0;
if (ctx.store.sqlite) {
  const raw = ctx.store.sqlite;
  const prep = raw.prepare.bind(raw);
  Object.defineProperty(raw, 'prepare', { value: (s: string) => { sqliteCount++; log.push(s); return prep(s); }, configurable: true, writable: true });
}
const app = await buildApp(ctx, { webRoot: false });
try {
  const signIn = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'pa@example.test', password: PASSWORD } });
  const cookie = String(signIn.headers['set-cookie']).split(';')[0]!;
  const csrf = (signIn.json() as { csrfToken: string }).csrfToken;
  const headers = { cookie, 'x-csrf-token': csrf };
  const clientIds: string[] = [];
  for (let i = 0; i < 100; i++) {
    const r = await app.inject({ method: 'POST', url: '/api/v1/clients', headers, payload: { name: `Synthetic Person ${i}`, jurisdiction: 'GB-ENG' } });
    clientIds.push((r.json() as { client: { id: string } }).client.id);
  }
  for (const id of clientIds) await app.inject({ method: 'POST', url: `/api/v1/clients/${id}/notes`, headers, payload: { text: 'Synthetic note.' } });
  const noteR = await app.inject({ method: 'POST', url: `/api/v1/clients/${clientIds[0]}/notes`, headers, payload: { text: 'Synthetic note.' } });
  const noteId = (noteR.json() as { note: { id: string } }).note.id;
  const kinds: [string, () => Promise<{ statusCode: number }>][] = [
    ['caseload', () => app.inject({ method: 'GET', url: '/api/v1/clients', headers })],
    ['client page', () => app.inject({ method: 'GET', url: `/api/v1/clients/${clientIds[0]}`, headers })],
    ['read note', () => app.inject({ method: 'GET', url: `/api/v1/clients/${clientIds[0]}/notes/${noteId}`, headers })],
    ['write note', () => app.inject({ method: 'POST', url: `/api/v1/clients/${clientIds[0]}/notes`, headers, payload: { text: 'Synthetic note two.' } })],
    ['raise concern', () => app.inject({ method: 'POST', url: `/api/v1/clients/${clientIds[0]}/concerns`, headers, payload: { kind: 'general', profession: 'counselling', concern: 'risk-to-self', atRisk: 'the-client', imminence: 'foreseeable', severity: 'moderate', clientConsent: 'not-asked', limitsExplained: true, summary: 'Synthetic concern: the client said they had felt low for weeks.' } })],
  ];
  for (const [name, run] of kinds) {
    await run(); // warm caches (keys, prepared statements)
    await ctx.audit.drain();
    log.length = 0;
    const r = (await run()) as { statusCode: number; body?: string };
    await ctx.audit.drain();
    if (r.statusCode >= 400) console.log(`  ${name}: ${String(r.body).slice(0, 300)}`);
    const statements = [...log];
    // App CPU per request (this process only: not the database server), sequential, after warm-up.
    const N = Number(process.env.PROFILE_N ?? 300);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (let i = 0; i < N; i++) await run();
    await ctx.audit.drain();
    const c = process.cpuUsage(c0);
    const cpuMs = (c.user + c.system) / 1000 / N;
    const wallMs = (performance.now() - t0) / N;
    log.length = 0;
    console.log(`\n## ${name}: HTTP ${r.statusCode}, ${statements.length} statements, app CPU ${cpuMs.toFixed(2)} ms/request, wall ${wallMs.toFixed(2)} ms/request (sequential)`);
    if (process.env.PROFILE_SQL) for (const s of statements) console.log('  ' + s.replace(/\s+/g, ' ').slice(0, 160));
  }
} finally {
  await app.close();
  await ctx.close();
  await db.cleanup();
}
