// Verifies the audit log: recomputes the whole chain, checks that sequence numbers have no gaps, that the
// head row agrees with the last record, and that every signed checkpoint (from the database and from the
// external checkpoint file) carries a valid signature and matches the chain at its position. Names the
// first bad record. A truncated tail is caught by the head row or a checkpoint beyond the end; a wholesale
// rewrite (all hashes recomputed) is caught by the checkpoints, which the rewriter cannot sign.
import { existsSync, readFileSync } from 'node:fs';
import type { KeyObject } from 'node:crypto';
import type { Store } from '../store/db.js';
import { GENESIS_HASH, chainHash, type ChainFields } from './chain.js';
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
  /** Report progress every so many records. */
  onProgress?: (done: number) => void;
}

interface CheckpointRow { seq: number; at: string; head_hash: string; key_id: string; signature: string }

type Row = ChainFields & { prev_hash: string; hash: string };

async function* rowsOf(store: Store): AsyncGenerator<Row> {
  if (store.sqlite) {
    const stmt = store.sqlite.prepare('select seq, at, org_id, actor_id, actor_roles, action, outcome, client_id, target_type, target_id, reason, ip, details, prev_hash, hash from audit_log order by seq');
    for (const r of stmt.iterate() as Iterable<Row>) yield r;
    return;
  }
  let after = 0;
  for (;;) {
    const batch = await store.db.selectFrom('audit_log').selectAll().where('seq', '>', after).orderBy('seq').limit(20000).execute();
    if (batch.length === 0) return;
    for (const r of batch) yield { ...r, seq: Number(r.seq) };
    after = Number(batch[batch.length - 1]!.seq);
  }
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

  let expectedSeq = 1;
  let prev = GENESIS_HASH;
  let count = 0;
  let lastGoodCheckpoint = 0;
  for await (const r of rowsOf(store)) {
    const seq = Number(r.seq);
    count++;
    if (opts.onProgress && count % 100000 === 0) opts.onProgress(count);
    if (seq !== expectedSeq) {
      note(expectedSeq, seq > expectedSeq ? `record ${expectedSeq}${seq - expectedSeq > 1 ? `–${seq - 1}` : ''} is missing (deleted)` : `record ${seq} appears out of order`);
      expectedSeq = seq;
    }
    if (r.prev_hash !== prev) note(seq, `record ${seq} does not follow from the record before it (the chain is broken: a record was removed, inserted or reordered)`);
    const h = chainHash(r.prev_hash, r);
    if (h !== r.hash) note(seq, `record ${seq} was altered after it was written (its hash does not match its content)`);
    const cp = cps.get(seq);
    if (cp) {
      if (cp.head_hash !== r.hash) {
        note(lastGoodCheckpoint + 1, `records after ${lastGoodCheckpoint} were rewritten: the chain no longer matches the signed checkpoint at record ${seq}`);
      } else lastGoodCheckpoint = seq;
    }
    prev = r.hash;
    expectedSeq = seq + 1;
  }
  const lastSeq = expectedSeq - 1;

  const head = await store.db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirst();
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
