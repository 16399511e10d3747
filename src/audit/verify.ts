// Verifies the audit log: recomputes the whole chain, checks that sequence numbers have no gaps, that the
// head row agrees with the last record, and that every signed checkpoint (from the database and from the
// external checkpoint file) carries a valid signature and matches the chain at its position. Names the
// first bad record. A truncated tail is caught by the head row or a checkpoint beyond the end; a wholesale
// rewrite (all hashes recomputed) is caught by the checkpoints, which the rewriter cannot sign.
import { existsSync, readFileSync } from 'node:fs';
import type { KeyObject } from 'node:crypto';
import type { Store } from '../store/db.js';
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { availableParallelism } from 'node:os';
import { GENESIS_HASH } from './chain.js';
import { COLUMNS, verifyRange, type RangeResult, type RowValues } from './verify-range.js';
import { checkpointMessage, keyIdOf, verifySignature } from './signer.js';

export interface VerifyProblem {
  seq: number;
  problem: string;
}

export interface VerifyResult {
  ok: boolean;
  records: number;
  checkpoints: number;
  lastSeq: number;
  firstBad?: VerifyProblem;
  problems: VerifyProblem[];
}

export interface VerifyOptions {
  /** Public key of the audit signer; without it checkpoints cannot be checked (reported as a problem). */
  publicKey?: KeyObject;
  /** External checkpoint copies (JSON lines), e.g. <data dir>/audit-checkpoints.jsonl. */
  checkpointFile?: string;
  /** Split a SQLite log across worker threads from this many records on (default 200,000). */
  parallelThreshold?: number;
}

interface CheckpointRow { seq: number; at: string; head_hash: string; key_id: string; signature: string }

async function collectRows(store: Store, maxSeq: number): Promise<RowValues[]> {
  const out: RowValues[] = [];
  let after = 0;
  for (;;) {
    const batch = await store.db.selectFrom('audit_log').select([...COLUMNS]).where('seq', '>', after).where('seq', '<=', maxSeq).orderBy('seq').limit(20000).execute();
    if (batch.length === 0) return out;
    for (const r of batch) out.push(COLUMNS.map((c) => (c === 'seq' ? Number(r.seq) : r[c])));
    after = Number(batch[batch.length - 1]!.seq);
  }
}

const PARALLEL_THRESHOLD = 200_000;

function runWorker(path: string, from: number, to: number, checkpoints: [number, string][]): Promise<RangeResult> {
  // From source (tests, benchmarks under tsx) the worker needs the TypeScript loader too.
  const fromSource = import.meta.url.endsWith('.ts');
  const url = new URL(fromSource ? './verify-worker.ts' : './verify-worker.js', import.meta.url);
  const workerData = { path, from, to, checkpoints };
  return new Promise((resolve, reject) => {
    const w = fromSource
      ? new Worker(
          `import(${JSON.stringify(pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/index\.cjs$/, 'index.mjs')).href)}).then((api) => { api.register(); return import(${JSON.stringify(url.href)}); });`,
          { eval: true, workerData },
        )
      : new Worker(url, { workerData });
    w.once('message', (m: { ok: boolean; result?: RangeResult; error?: string }) => (m.ok ? resolve(m.result!) : reject(new Error(m.error))));
    w.once('error', reject);
  });
}

/** Verifies the chain rows, split across worker threads for a large SQLite log. */
async function verifyChain(store: Store, cpHeads: Map<number, string>, threshold: number, maxSeq: number): Promise<RangeResult[]> {
  const bounds = await store.db.selectFrom('audit_log').select((eb) => [eb.fn.min<number>('seq').as('lo'), eb.fn.max<number>('seq').as('hi'), eb.fn.countAll<number>().as('n')]).where('seq', '<=', maxSeq).executeTakeFirstOrThrow();
  const n = Number(bounds.n);
  const hi = Number(bounds.hi ?? 0);
  const path = store.sqlite && store.sqlite.name !== ':memory:' && !store.sqlite.inTransaction ? store.sqlite.name : undefined;
  const parts = Math.min(Math.max(availableParallelism(), 1), 4);
  if (path && n >= threshold && parts > 1) {
    const size = Math.ceil(hi / parts);
    const jobs: Promise<RangeResult>[] = [];
    for (let i = 0; i < parts; i++) {
      const from = i * size + 1;
      // The last range is open-ended, so records appended while verifying are not mistaken for a gap.
      const to = i === parts - 1 ? maxSeq : (i + 1) * size;
      jobs.push(runWorker(path, from, to, [...cpHeads].filter(([s]) => s >= from && s <= to)));
    }
    const results = await Promise.all(jobs);
    return results;
  }
  const rows: Iterable<RowValues> = store.sqlite
    ? (store.sqlite.prepare(`select ${COLUMNS.join(', ')} from audit_log where seq <= ? order by seq`).raw(true).iterate(maxSeq) as Iterable<RowValues>)
    : await collectRows(store, maxSeq);
  return [verifyRange(rows, 1, Number.POSITIVE_INFINITY, GENESIS_HASH, cpHeads)];
}

export async function verifyAudit(store: Store, opts: VerifyOptions = {}): Promise<VerifyResult> {
  const problems: VerifyProblem[] = [];
  const note = (seq: number, problem: string) => {
    problems.push({ seq, problem });
  };

  // Checkpoints: from the database and from the external file, keyed by seq.
  const cps = new Map<number, CheckpointRow & { from: string }>();
  const dbCps = await store.db.selectFrom('audit_checkpoints').selectAll().execute();
  for (const c of dbCps) cps.set(Number(c.seq), { ...c, seq: Number(c.seq), from: 'database' });
  if (opts.checkpointFile && existsSync(opts.checkpointFile)) {
    const lines = readFileSync(opts.checkpointFile, 'utf8').split('\n').filter(Boolean);
    for (const line of lines) {
      let c: CheckpointRow;
      try {
        c = JSON.parse(line) as CheckpointRow;
      } catch {
        note(0, 'the external checkpoint file has an unreadable line');
        continue;
      }
      const existing = cps.get(c.seq);
      if (existing && (existing.head_hash !== c.head_hash || existing.signature !== c.signature)) {
        note(c.seq, `the checkpoint at record ${c.seq} in the database differs from the external copy`);
      }
      if (!existing) cps.set(c.seq, { ...c, from: 'external file' });
    }
  }
  const keyId = opts.publicKey ? keyIdOf(opts.publicKey) : undefined;
  for (const c of cps.values()) {
    if (!opts.publicKey) continue;
    if (c.key_id !== keyId || !verifySignature(opts.publicKey, checkpointMessage(c.seq, c.head_hash, c.at), c.signature)) {
      note(c.seq, `the signed checkpoint at record ${c.seq} (${c.from}) has an invalid signature`);
    }
  }

  const cpHeads = new Map([...cps].map(([seq, c]) => [seq, c.head_hash]));
  // The head is read before the records: every record up to it committed with it (same transaction), so
  // the records read afterwards include them all, and records appended meanwhile (above the head) are left
  // for the next verification instead of being mistaken for a broken tail.
  const head = await store.db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirst();
  const maxSeq = head ? Math.max(Number(head.seq), ...[...cps.keys()]) : Number.MAX_SAFE_INTEGER;
  const ranges = await verifyChain(store, cpHeads, opts.parallelThreshold ?? PARALLEL_THRESHOLD, maxSeq);
  let count = 0;
  let lastGoodCheckpoint = 0;
  for (const r of ranges) {
    count += r.count;
    problems.push(...r.problems);
    for (const [seq, matches] of r.checkpoints) {
      if (matches) lastGoodCheckpoint = seq;
      else note(lastGoodCheckpoint + 1, `records after ${lastGoodCheckpoint} were rewritten: the chain no longer matches the signed checkpoint at record ${seq}`);
    }
  }
  const lastRange = ranges[ranges.length - 1]!;
  const lastSeq = Math.max(...ranges.map((r) => r.lastSeq), 0);
  const prev = lastRange.count > 0 || ranges.length === 1 ? lastRange.lastHash : ranges.filter((r) => r.count > 0).pop()?.lastHash ?? GENESIS_HASH;

  if (head && Number(head.seq) > lastSeq) note(lastSeq + 1, `records ${lastSeq + 1}–${Number(head.seq)} are missing: the log was cut off at the end`);
  else if (head && Number(head.seq) === lastSeq && head.hash !== prev) note(lastSeq, `the last record ${lastSeq} does not match the recorded head of the chain`);
  for (const c of cps.values()) {
    if (c.seq > lastSeq) note(lastSeq + 1, `the log was cut off: a signed checkpoint (${c.from}) vouches for record ${c.seq}, but the log ends at ${lastSeq}`);
  }
  if (!opts.publicKey && cps.size > 0) note(0, 'the audit signing key is not available, so signed checkpoints could not be checked');

  problems.sort((a, b) => a.seq - b.seq);
  const firstBad = problems[0];
  return { ok: problems.length === 0, records: count, checkpoints: cps.size, lastSeq, ...(firstBad ? { firstBad } : {}), problems };
}
