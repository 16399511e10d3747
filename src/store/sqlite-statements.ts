// Prepared statements on the SQLite connection, cached by SQL text. Kysely's SQLite driver and better-sqlite3
// prepare every statement anew, and preparing is a large share of a simple read's CPU time; the queries come
// from a fixed set of code paths, so one bounded cache per connection serves Kysely, the hot-path reads
// (src/services/fast-reads.ts) and the audit append (src/audit/audit-log.ts) alike.
import type SQLite from 'better-sqlite3';

/**
 * Make `db.prepare` return cached statements (bounded). A statement that is mid-iteration (`busy`) is never
 * handed out twice: a fresh one is prepared. Installed once per connection by the application context.
 */
export function cachePreparedStatements(db: SQLite.Database): void {
  const original = db.prepare.bind(db);
  const cache = new Map<string, ReturnType<typeof original>>();
  const cached = (source: string) => {
    const hit = cache.get(source);
    if (hit && !hit.busy) return hit;
    const stmt = original(source);
    if (!hit) {
      if (cache.size >= 1000) cache.clear();
      cache.set(source, stmt);
    }
    return stmt;
  };
  Object.defineProperty(db, 'prepare', { value: cached, configurable: true, writable: true });
}

/**
 * The statement for `sql` on this connection, through `db.prepare` (cached once the context installed the
 * cache). `arrays` returns rows as arrays: its text carries a comment so that it is a cache entry of its own,
 * since `raw(true)` changes the statement for everyone holding it (Kysely may run the same query text).
 */
export function statement(raw: SQLite.Database, sql: string, rows: 'objects' | 'arrays' = 'objects'): SQLite.Statement {
  return rows === 'arrays' ? raw.prepare(`${sql} /* rows as arrays */`).raw(true) : raw.prepare(sql);
}
