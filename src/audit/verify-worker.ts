// Worker thread: verifies one seq range of a SQLite audit log, opened read-only (WAL lets it read while
// the server writes).
import { parentPort, workerData } from 'node:worker_threads';
import SQLite from 'better-sqlite3';
import { GENESIS_HASH } from './chain.js';
import { COLUMNS, verifyRange, type RowValues } from './verify-range.js';

interface Job { path: string; from: number; to: number; checkpoints: [number, string][] }

const job = workerData as Job;
const db = new SQLite(job.path, { readonly: true, fileMustExist: true });
try {
  const before = db.prepare('select hash from audit_log where seq < ? order by seq desc limit 1').get(job.from) as { hash: string } | undefined;
  const stmt = db.prepare(`select ${COLUMNS.join(', ')} from audit_log where seq >= ? and seq <= ? order by seq`).raw(true);
  const result = verifyRange(stmt.iterate(job.from, job.to) as Iterable<RowValues>, job.from, job.to, before?.hash ?? GENESIS_HASH, new Map(job.checkpoints));
  parentPort!.postMessage({ ok: true, result });
} catch (err) {
  parentPort!.postMessage({ ok: false, error: (err as Error).message });
} finally {
  db.close();
}
