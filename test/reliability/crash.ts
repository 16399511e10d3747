// The SIGKILL crash cycle (TEST-PLAN T13): start the built server, drive a burst of concurrent writes, kill
// the process with SIGKILL at a random (seeded) moment, restart it, and check: every acknowledged write is
// stored and decrypts; nothing half-written (a record without its audit entry or the reverse); the audit
// chain verifies (`confidant audit verify` exit 0); SQLite's integrity_check is ok; restart takes < 5 s.
import assert from 'node:assert/strict';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { join } from 'node:path';
import { openStore } from '../../src/store/db.js';
import { loadAuditSigner, verifyAudit } from '../../src/audit/index.js';
import { HttpSession, availableKinds, burst, checkAcked, prng, runCliAsync, startServer, type Acked, type WriteKind } from './harness.js';

export type DatabaseRef = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

/** Runs one read-only SQL query against the database directly (outside the app). */
export async function query<T = Record<string, unknown>>(database: DatabaseRef, text: string): Promise<T[]> {
  if (database.kind === 'sqlite') {
    const db = new SQLite(database.path, { readonly: true, fileMustExist: true });
    try {
      return db.prepare(text).all() as T[];
    } finally {
      db.close();
    }
  }
  const c = new pg.Client({ connectionString: database.url, connectionTimeoutMillis: 5000 });
  await c.connect();
  try {
    return (await c.query(text)).rows as T[];
  } finally {
    await c.end();
  }
}

/** Records and audit entries that must come in pairs: written in one transaction, so never one alone. */
export async function halfWritten(database: DatabaseRef): Promise<string[]> {
  const problems: string[] = [];
  const pairs = [
    { table: 'notes', action: 'note.create' },
    { table: 'clients', action: 'client.create' },
    { table: 'concerns', action: 'concern.raise' },
    { table: 'disclosures', action: 'disclosure.request' },
  ];
  const tables = new Set(
    (database.kind === 'sqlite'
      ? await query<{ name: string }>(database, "select name from sqlite_master where type = 'table'")
      : await query<{ name: string }>(database, 'select table_name as name from information_schema.tables where table_schema = current_schema()')
    ).map((r) => r.name),
  );
  for (const { table, action } of pairs) {
    if (!tables.has(table)) continue;
    // Compared as sets in memory: linear, where a correlated NOT EXISTS over an unindexed target_id is not.
    const rows = new Set((await query<{ id: string }>(database, `select id from ${table}`)).map((r) => r.id));
    const audited = new Set((await query<{ target_id: string }>(database, `select target_id from audit_log where action = '${action}'`)).map((r) => r.target_id));
    for (const id of rows) if (!audited.has(id)) problems.push(`${table} row ${id} has no ${action} audit entry`);
    for (const id of audited) if (!rows.has(id)) problems.push(`audit ${action} for ${id} but no ${table} row`);
  }
  return problems;
}

export async function integrityCheck(database: DatabaseRef): Promise<string> {
  if (database.kind !== 'sqlite') return 'ok';
  const rows = await query<{ integrity_check: string }>(database, 'pragma integrity_check');
  return rows.map((r) => r.integrity_check).join('; ');
}

/** The same check as `confidant audit verify`, in-process (no Node start-up per cycle). */
export async function verifyInProcess(database: DatabaseRef, dataDir: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const store = await openStore(database, { migrate: false, create: false });
  try {
    const signer = loadAuditSigner(join(dataDir, 'audit-signing.key'), false);
    const r = await verifyAudit(store, { ...(signer ? { publicKey: signer.publicKey } : {}), checkpointFile: join(dataDir, 'audit-checkpoints.jsonl') });
    return { code: r.ok ? 0 : 1, stdout: r.ok ? `intact: ${r.records} records` : `first bad ${r.firstBad?.seq}: ${r.firstBad?.problem}`, stderr: '' };
  } finally {
    await store.close();
  }
}

export interface CrashReport {
  cycles: number;
  /** Acknowledged writes by kind (note, client, concern, disclosure). */
  byKind: Record<string, number>;
  seed: number;
  acknowledged: number;
  storedNotUnacknowledged: number;
  sent: number;
  restartMsMax: number;
  restartMsMedian: number;
  killAfterMs: number[];
}

export async function crashCycles(opts: {
  database: DatabaseRef;
  env: Record<string, string>;
  email: string;
  cycles: number;
  seed: number;
  concurrency?: number;
  killWindowMs?: [number, number];
  log?: (line: string) => void;
  /** Stop starting new cycles after this many ms (a loaded CI machine), provided minCycles were done. */
  budgetMs?: number;
  minCycles?: number;
}): Promise<CrashReport> {
  const started = performance.now();
  const rnd = prng(opts.seed);
  const log = opts.log ?? (() => undefined);
  const concurrency = opts.concurrency ?? 16;
  const [lo, hi] = opts.killWindowMs ?? [100, 900];
  const acked: Acked[] = [];
  const clients: string[] = [];
  let session: HttpSession | undefined;
  const restartMs: number[] = [];
  const killAfterMs: number[] = [];
  let extra = 0;
  let sent = 0;
  let previous: Acked[] = [];
  let done = 0;
  let kinds: WriteKind[] = [];
  for (let cycle = 0; cycle <= opts.cycles; cycle++) {
    const t0 = performance.now();
    const server = await startServer(opts.env);
    restartMs.push(performance.now() - t0);
    try {
      if (!session) {
        session = new HttpSession(server.url);
        await session.signIn(opts.email);
        for (let i = 0; i < 4; i++) {
          const r = await session.req('POST', '/api/v1/clients', { name: `Synthetic Crash Client ${i}`, jurisdiction: 'GB-ENG' });
          assert.equal(r.status, 201, r.text);
          clients.push((r.body as { client: { id: string } }).client.id);
        }
        kinds = await availableKinds(session);
        log(`write kinds: ${kinds.map((k) => k.name).join(', ')}`);
      } else {
        // The session (stored in the database) survives the crash too.
        session = session.on(server.url);
      }
      // 1. What the previous cycle acknowledged just before its kill must all be there.
      const [problems, verify, integrity, half] = await Promise.all([
        checkAcked(session, previous),
        // The real CLI every 10th cycle and at the end; the same verifier in-process otherwise.
        cycle % 10 === 0 || cycle === opts.cycles ? runCliAsync(['audit', 'verify'], opts.env) : verifyInProcess(opts.database, opts.env.CONFIDANT_DATA_DIR!),
        integrityCheck(opts.database),
        halfWritten(opts.database),
      ]);
      assert.deepEqual(problems, [], `cycle ${cycle} (seed ${opts.seed}): acknowledged writes missing`);
      assert.equal(verify.code, 0, `cycle ${cycle} (seed ${opts.seed}): audit verify failed: ${verify.stdout}${verify.stderr}`);
      assert.equal(integrity, 'ok', `cycle ${cycle}: integrity_check`);
      assert.deepEqual(half, [], `cycle ${cycle} (seed ${opts.seed}): half-written records`);
      // stored − acknowledged ≤ requests in flight at the kill
      const n = (await query<{ n: number | string }>(opts.database, "select count(*) as n from notes"))[0]?.n;
      const storedNotes = Number(n);
      const ackedNotes = acked.filter((a) => a.kind === 'note').length;
      const surplus = storedNotes - ackedNotes;
      assert.ok(surplus >= 0, `cycle ${cycle}: fewer notes stored (${storedNotes}) than acknowledged (${ackedNotes})`);
      assert.ok(surplus - extra <= concurrency, `cycle ${cycle}: ${surplus - extra} unacknowledged notes stored, more than the ${concurrency} in flight`);
      extra = surplus;
      const outOfTime = opts.budgetMs !== undefined && cycle >= (opts.minCycles ?? 10) && performance.now() - started > opts.budgetMs;
      if (cycle === opts.cycles || outOfTime) {
        done = cycle;
        // Last round: no kill; everything acknowledged over all cycles, read back.
        const all = await checkAcked(session, acked);
        assert.deepEqual(all, [], 'final check of every acknowledged write');
        await server.kill('SIGTERM');
        break;
      }
      // 2. A burst of writes, killed at a random moment.
      const killAt = Math.round(lo + rnd() * (hi - lo));
      killAfterMs.push(killAt);
      let killed = false;
      const before = acked.length;
      const counter = { sent: 0, failed: 0 };
      const timer = setTimeout(() => {
        killed = true;
        server.proc.kill('SIGKILL');
      }, killAt);
      await burst(session, clients, { concurrency, rnd, until: () => killed, acked, counter, kinds });
      clearTimeout(timer);
      await server.kill();
      sent += counter.sent;
      previous = acked.slice(before);
      log(`cycle ${cycle}: killed after ${killAt} ms, ${previous.length} acknowledged of ${counter.sent} sent, restart ${Math.round(restartMs.at(-1)!)} ms`);
    } catch (err) {
      await server.kill();
      throw err;
    }
  }
  const sorted = [...restartMs].sort((a, b) => a - b);
  const byKind: Record<string, number> = {};
  for (const a of acked) byKind[a.kind] = (byKind[a.kind] ?? 0) + 1;
  return {
    cycles: done,
    byKind,
    seed: opts.seed,
    acknowledged: acked.length,
    storedNotUnacknowledged: extra,
    sent,
    restartMsMax: Math.round(sorted.at(-1)!),
    restartMsMedian: Math.round(sorted[Math.floor(sorted.length / 2)]!),
    killAfterMs,
  };
}
