// `confidant audit verify` over 1,000,000 audit records on the SQLite default (target: under 5 s),
// measured in-process and through the real CLI; and group-commit throughput of audit.record().
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { openStore } from '../src/store/db.js';
import { AuditLog, loadAuditSigner, verifyAudit, chainHash, GENESIS_HASH, checkpointMessage } from '../src/audit/index.js';
import { generateMasterKey, writeKeyFile, Keyring } from '../src/crypto/index.js';

const N = Number(process.env.BENCH_AUDIT_RECORDS ?? 1_000_000);
const dir = mkdtempSync(join(tmpdir(), 'confidant-bench-audit-'));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

try {
  const dbPath = join(dir, 'confidant.db');
  const store = await openStore({ kind: 'sqlite', path: dbPath });
  const mk = generateMasterKey();
  writeKeyFile(join(dir, 'master.key'), mk);
  await new Keyring(mk).verifyOrInit(store.db);
  const signer = loadAuditSigner(join(dir, 'audit-signing.key'), true)!;
  const raw = store.sqlite!;

  // Seed N chained records quickly with the same hashing the log uses; checkpoints every 1000.
  let t = performance.now();
  const ins = raw.prepare('insert into audit_log (seq, at, org_id, actor_id, actor_roles, action, outcome, client_id, target_type, target_id, reason, ip, details, prev_hash, hash) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)');
  const cp = raw.prepare('insert into audit_checkpoints (seq, at, head_hash, key_id, signature) values (?,?,?,?,?)');
  let prev = GENESIS_HASH;
  const at = new Date('2026-11-01T09:00:00Z').toISOString();
  const actions = ['note.read', 'client.read', 'note.create', 'auth.login', 'client.list'];
  raw.transaction(() => {
    for (let seq = 1; seq <= N; seq++) {
      const f = { seq, at, org_id: 'org-1', actor_id: `user-${seq % 50}`, actor_roles: '["practitioner"]', action: actions[seq % 5]!, outcome: 'success', client_id: `client-${seq % 10000}`, target_type: 'note', target_id: `note-${seq % 100000}`, reason: null, ip: '127.0.0.1', details: null };
      const hash = chainHash(prev, f);
      ins.run(f.seq, f.at, f.org_id, f.actor_id, f.actor_roles, f.action, f.outcome, f.client_id, f.target_type, f.target_id, f.reason, f.ip, f.details, prev, hash);
      if (seq % 1000 === 0) cp.run(seq, at, hash, signer.keyId, signer.sign(checkpointMessage(seq, hash, at)));
      prev = hash;
    }
    raw.prepare('update audit_head set seq = ?, hash = ? where id = 1').run(N, prev);
  })();
  const seedMs = performance.now() - t;

  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    t = performance.now();
    const r = await verifyAudit(store, { publicKey: signer.publicKey });
    runs.push(performance.now() - t);
    if (!r.ok || r.records !== N) throw new Error(`verify failed: ${JSON.stringify(r.firstBad)}`);
  }

  // Group commit: concurrent audit.record() calls, durable (synchronous=FULL).
  const audit = new AuditLog(store, { signer, checkpointEvery: 1e9 });
  const gc: number[] = [];
  for (let round = 0; round < 3; round++) {
    const M = 20000;
    t = performance.now();
    const inflight: Promise<number>[] = [];
    for (let i = 0; i < M; i++) {
      inflight.push(audit.record({ action: 'note.read', outcome: 'success', actorId: 'u1', clientId: 'c1' }));
      if (inflight.length >= 50) await inflight.shift();
    }
    await Promise.all(inflight);
    gc.push(M / ((performance.now() - t) / 1000));
  }
  // Peer in the same run: one durable commit per record (no grouping).
  t = performance.now();
  const SINGLE = 2000;
  for (let i = 0; i < SINGLE; i++) await store.db.transaction().execute((trx) => audit.append(trx, { action: 'note.read', outcome: 'success', actorId: 'u1', clientId: 'c1' }));
  const single = SINGLE / ((performance.now() - t) / 1000);
  await store.close();

  // The real command, as an operator runs it.
  const cliRuns: number[] = [];
  for (let i = 0; i < 3; i++) {
    t = performance.now();
    const r = spawnSync(process.execPath, ['bin/confidant.js', 'audit', 'verify'], { env: { ...process.env, CONFIDANT_DATA_DIR: dir }, encoding: 'utf8' });
    cliRuns.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`CLI verify failed: ${r.stdout} ${r.stderr}`);
  }

  console.log(`audit log: ${N.toLocaleString('en')} records (seeded in ${(seedMs / 1000).toFixed(1)} s), SQLite WAL synchronous=FULL, Node ${process.version}`);
  console.table([
    { measure: 'verify, in-process (median of 3)', value: `${(median(runs) / 1000).toFixed(2)} s`, target: '< 5 s' },
    { measure: '`confidant audit verify` CLI (median of 3)', value: `${(median(cliRuns) / 1000).toFixed(2)} s`, target: '< 5 s' },
    { measure: 'audit.record() group commit, 50 in flight', value: `${Math.round(median(gc)).toLocaleString('en')} records/s`, target: '' },
    { measure: 'peer: one durable commit per record', value: `${Math.round(single).toLocaleString('en')} records/s`, target: '' },
    { measure: 'group commit ÷ single commits', value: `${(median(gc) / single).toFixed(1)}×`, target: '' },
  ]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
