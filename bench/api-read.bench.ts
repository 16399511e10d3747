// API read load: 10,000 clients and 100,000 notes on SQLite (synchronous=FULL); the real server (node
// dist/server.js) is started, a practitioner signs in, and autocannon drives GET /api/v1/clients/:id/notes/:noteId
// across random notes of that practitioner's clients (50 connections, 10 s after a 3 s warm-up). Every read
// checks the session, decides access, decrypts, and appends an audit record through the group commit.
// Also: cold start (spawn → first GET /api/health 200) and idle RSS. Targets: ≥ 3,000 req/s, p99 < 50 ms,
// cold start < 1.5 s, idle RSS < 150 MB. Needs `npm run build` first (it runs the compiled server).
// BENCH_NODE_FLAGS passes flags to the server's node (e.g. '--cpu-prof --cpu-prof-dir=/tmp/prof').
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { loadConfig } from '../src/config.js';
import { createContext } from '../src/services/context.js';
import { runSetup } from '../src/services/setup.js';
import { hashPassword } from '../src/services/passwords.js';
import { newId, newReference } from '../src/services/ids.js';
import { seal } from '../src/crypto/index.js';
import { profileAad } from '../src/services/clients.js';
import { noteAad } from '../src/services/notes.js';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 10_000);
const NOTES = Number(process.env.BENCH_NOTES ?? 100_000);
const OWNED = Number(process.env.BENCH_OWNED ?? 2_000); // clients of the signed-in practitioner
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const PASSWORD = 'bench practitioner passphrase 2026';

if (!existsSync('dist/server.js')) {
  console.error('bench/api-read: run `npm run build` first (it starts dist/server.js).');
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'confidant-bench-api-'));
const env = { ...process.env, CONFIDANT_DATA_DIR: dir, CONFIDANT_LOG_LEVEL: 'warn', CONFIDANT_HOST: '127.0.0.1' };
const rssMb = (pid: number) => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : NaN;
};

/** CPU seconds (user + system) a process has used so far: a figure that other load on the machine does not inflate. */
const cpuSeconds = (pid: number) => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(f[11]) + Number(f[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
};

function startServer(port: number): Promise<{ child: ChildProcess; url: string; ms: number; cpu: number }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [...(process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean), 'dist/server.js'], { env: { ...env, CONFIDANT_PORT: String(port) }, stdio: ['ignore', 'ignore', 'pipe'] });
  const url = `http://127.0.0.1:${port}`;
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr!.on('data', (d) => (err += String(d)));
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${err}`)));
    const poll = async () => {
      try {
        const r = await fetch(`${url}/api/health`);
        if (r.status === 200) return resolve({ child, url, ms: performance.now() - t0, cpu: cpuSeconds(child.pid!) });
      } catch {
        // not listening yet
      }
      setTimeout(poll, 5);
    };
    void poll();
  });
}

async function stop(child: ChildProcess): Promise<void> {
  await new Promise<void>((r) => {
    child.removeAllListeners('exit');
    child.once('exit', () => r());
    child.kill('SIGTERM');
  });
}

try {
  // --- Seed -------------------------------------------------------------------------------------------
  let t = performance.now();
  const ctx = await createContext(loadConfig(env));
  const setup = await runSetup(ctx, { organisation: 'Bench Org (fictional)', displayName: 'Bench Admin', email: 'admin@bench.example', password: PASSWORD }, { ip: null, userAgent: null }, { session: false });
  const orgId = setup.orgId;
  const now = new Date().toISOString();
  const practitioners: string[] = [];
  for (let i = 0; i < 5; i++) {
    const id = newId();
    practitioners.push(id);
    await ctx.store.db
      .insertInto('users')
      .values({ id, org_id: orgId, email: `p${i}@bench.example`, display_name: `Practitioner ${i}`, password_hash: await hashPassword(PASSWORD, ctx.argon2), roles: '["practitioner"]', active: 1, totp_secret_enc: null, totp_enabled: 0, recovery_codes: null, password_changed_at: now, created_at: now, deactivated_at: null })
      .execute();
  }
  const raw = ctx.store.sqlite!;
  const clientIds: string[] = [];
  const refs = new Set<string>();
  const insClient = raw.prepare("insert into clients (id, org_id, practitioner_id, profile_enc, jurisdiction, status, legal_hold, created_by, created_at, updated_at, erased_at, reference) values (?, ?, ?, ?, 'GB-ENG', 'active', 0, ?, ?, ?, null, ?)");
  const keys: Buffer[] = [];
  await ctx.store.db.transaction().execute(async (trx) => {
    for (let i = 0; i < CLIENTS; i++) {
      const id = newId();
      const owner = i < OWNED ? practitioners[0]! : practitioners[1 + (i % 4)]!;
      let ref = newReference();
      while (refs.has(ref)) ref = newReference();
      refs.add(ref);
      insClient.run(id, orgId, owner, 'pending', owner, now, now, ref);
      const dk = await ctx.keyring.createClientKey(trx, id, now);
      keys.push(dk);
      raw.prepare('update clients set profile_enc = ? where id = ?').run(seal(dk, `c:${id}`, JSON.stringify({ name: `Synthetic Person ${i}`, preferredName: null, dateOfBirth: null, email: null, phone: null, language: 'en' }), profileAad(id)), id);
      clientIds.push(id);
    }
  });
  const insNote = raw.prepare('insert into notes (id, client_id, author_id, version, body_enc, created_at, updated_at) values (?, ?, ?, 1, ?, ?, ?)');
  const owned: string[] = [];
  const text = 'Synthetic session note for load testing. '.repeat(12);
  raw.transaction(() => {
    for (let i = 0; i < NOTES; i++) {
      const c = i % CLIENTS;
      const clientId = clientIds[c]!;
      const id = newId();
      insNote.run(id, clientId, practitioners[0]!, seal(keys[c]!, `c:${clientId}`, text, noteAad(clientId, id)), now, now);
      if (c < OWNED) owned.push(`/api/v1/clients/${clientId}/notes/${id}`);
    }
  })();
  await ctx.close();
  const seedMs = performance.now() - t;

  // --- Cold start and idle RSS ------------------------------------------------------------------------
  const port = 20000 + Math.floor(Math.random() * 20000);
  const cold: number[] = [];
  const coldCpu: number[] = [];
  for (let i = 0; i < 3; i++) {
    const s = await startServer(port);
    cold.push(s.ms);
    coldCpu.push(s.cpu * 1000);
    await stop(s.child);
  }
  const server = await startServer(port);
  await new Promise((r) => setTimeout(r, 1000));
  const idleRss = rssMb(server.child.pid!);

  // --- Sign in ---------------------------------------------------------------------------------------
  const login = await fetch(`${server.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'p0@bench.example', password: PASSWORD }) });
  if (login.status !== 200) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;

  // --- Load ------------------------------------------------------------------------------------------
  const run = (duration: number) =>
    autocannon({
      url: server.url,
      connections: CONNECTIONS,
      duration,
      headers: { cookie },
      requests: [{ method: 'GET', setupRequest: (req: Record<string, unknown>) => ({ ...req, path: owned[Math.floor(Math.random() * owned.length)]! }) }],
    });
  await run(3);
  const cpu0 = cpuSeconds(server.child.pid!);
  const r = await run(DURATION);
  const cpuPerRequestMs = ((cpuSeconds(server.child.pid!) - cpu0) * 1000) / Math.max(1, r.requests.total);
  const loadRss = rssMb(server.child.pid!);
  await stop(server.child);

  // The peer the issue names: plain durable single-row writes (one transaction, one fsync each; WAL,
  // synchronous=FULL) on the same disk, measured in the same run, so the ratio survives a slower machine.
  const peerPath = join(dir, 'peer.db');
  const peerDb = new Database(peerPath);
  peerDb.pragma('journal_mode = WAL');
  peerDb.pragma('synchronous = FULL');
  peerDb.exec('create table t (id integer primary key, v text not null)');
  const ins = peerDb.prepare('insert into t (v) values (?)');
  const peerEnd = performance.now() + 3000;
  let peerWrites = 0;
  const peerStart = performance.now();
  while (performance.now() < peerEnd) {
    ins.run('x'.repeat(200));
    peerWrites++;
  }
  const peerPerSecond = peerWrites / ((performance.now() - peerStart) / 1000);
  peerDb.close();

  const row = (k: string, v: string, target = '') => console.log(`${k.padEnd(34)} ${v.padStart(14)}   ${target}`);
  console.log(`seeded ${CLIENTS.toLocaleString('en')} clients, ${NOTES.toLocaleString('en')} notes (${OWNED.toLocaleString('en')} clients owned by the signed-in practitioner) in ${(seedMs / 1000).toFixed(1)} s`);
  row('GET note: requests/s (mean)', r.requests.average.toFixed(0), 'target ≥ 3,000');
  row('GET note: latency p50', `${r.latency.p50} ms`);
  row('GET note: latency p99', `${r.latency.p99} ms`, 'target < 50 ms');
  row('GET note: errors / non-2xx', `${r.errors} / ${r.non2xx}`, 'target 0');
  row('GET note: requests in run', String(r.requests.total));
  row('peer: durable single-row writes/s', peerPerSecond.toFixed(0), 'same disk, same run (the issue: about 1,900/s on these machines)');
  row('GET note ÷ peer', `${(r.requests.average / peerPerSecond).toFixed(2)}×`, '3,000 ÷ 1,900 = 1.58× is the target at the issue\'s reference speed');
  row('server CPU per request', `${cpuPerRequestMs.toFixed(3)} ms`, `≈ ${Math.round(1000 / cpuPerRequestMs).toLocaleString('en')} req/s per fully available core`);
  row('load average during the run', os.loadavg()[0]!.toFixed(1), `on ${os.cpus().length} cores (other work on the machine slows the figures above)`);
  row('cold start CPU time (server process)', `${Math.min(...coldCpu).toFixed(0)}–${Math.max(...coldCpu).toFixed(0)} ms`);
  row('cold start to first /api/health 200', `${Math.min(...cold).toFixed(0)}–${Math.max(...cold).toFixed(0)} ms`, 'target < 1,500 ms');
  row('RSS idle (after start)', `${idleRss} MB`, 'target < 150 MB');
  row('RSS after load', `${loadRss} MB`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
