// Verifies one contiguous range of the chain [from, to]. Used directly for a single pass and by the worker
// threads that split a large SQLite log across cores. Pure apart from iterating the rows it is given.
import { chainHashOfValues } from './chain.js';

export interface RangeProblem { seq: number; problem: string }

export interface RangeResult {
  count: number;
  problems: RangeProblem[];
  lastSeq: number; // last seq seen (from - 1 when the range was empty)
  lastHash: string;
  /** For each checkpoint seq inside the range that has a row: whether the row's hash matches it. */
  checkpoints: [number, boolean][];
}

/** A row as an array: the 13 chained columns in canonical order, then prev_hash and hash. */
export type RowValues = unknown[];

export const COLUMNS = ['seq', 'at', 'org_id', 'actor_id', 'actor_roles', 'action', 'outcome', 'client_id', 'target_type', 'target_id', 'reason', 'ip', 'details', 'prev_hash', 'hash'] as const;

export function verifyRange(rows: Iterable<RowValues>, from: number, to: number, prevHash: string, checkpointHeads: Map<number, string>): RangeResult {
  const problems: RangeProblem[] = [];
  let expectedSeq = from;
  let prev = prevHash;
  let count = 0;
  const cps: [number, boolean][] = [];
  for (const r of rows) {
    const seq = Number(r[0]);
    const rowPrev = r[13] as string;
    const stored = r[14] as string;
    count++;
    if (seq !== expectedSeq) {
      problems.push({ seq: expectedSeq, problem: seq > expectedSeq ? `record ${expectedSeq}${seq - expectedSeq > 1 ? `–${seq - 1}` : ''} is missing (deleted)` : `record ${seq} appears out of order` });
      expectedSeq = seq;
    }
    if (rowPrev !== prev) problems.push({ seq, problem: `record ${seq} does not follow from the record before it (the chain is broken: a record was removed, inserted or reordered)` });
    r.length = 13;
    r[0] = seq;
    if (chainHashOfValues(rowPrev, r) !== stored) problems.push({ seq, problem: `record ${seq} was altered after it was written (its hash does not match its content)` });
    const head = checkpointHeads.get(seq);
    if (head !== undefined) cps.push([seq, head === stored]);
    prev = stored;
    expectedSeq = seq + 1;
  }
  const lastSeq = expectedSeq - 1;
  if (lastSeq < to && to < Number.MAX_SAFE_INTEGER && Number.isFinite(to)) problems.push({ seq: lastSeq + 1, problem: `record ${lastSeq + 1}${to - lastSeq > 1 ? `–${to}` : ''} is missing (deleted)` });
  return { count, problems, lastSeq, lastHash: prev, checkpoints: cps };
}
