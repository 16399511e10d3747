// Real databases for tests: a fresh SQLite file in a temp folder, and a fresh PostgreSQL database on the
// server at CONFIDANT_TEST_PG_URL (created per call, dropped on cleanup). PostgreSQL being unreachable is
// a test failure, never a skip.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore, type Store } from '../../src/store/db.js';

export type DialectName = 'sqlite' | 'postgres';
export const DIALECTS: DialectName[] = ['sqlite', 'postgres'];

export function pgAdminUrl(): string {
  return process.env.CONFIDANT_TEST_PG_URL ?? 'postgres://confidant:confidant@127.0.0.1:5432/confidant_test';
}

export interface TestDatabase {
  database: { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };
  dir: string;
  cleanup(): Promise<void>;
}

/** Creates an empty database of the given dialect (not yet opened). */
export async function createTestDatabase(dialect: DialectName): Promise<TestDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'confidant-test-'));
  if (dialect === 'sqlite') {
    return { database: { kind: 'sqlite', path: join(dir, 'confidant.db') }, dir, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const admin = new pg.Client({ connectionString: pgAdminUrl(), connectionTimeoutMillis: 5000 });
  try {
    await admin.connect();
  } catch (err) {
    throw new Error(`PostgreSQL is required for the API tests and is unreachable at ${pgAdminUrl().replace(/:[^:@/]+@/, ':***@')}: ${(err as Error).message}. Start it with: bash scripts/start-postgres.sh`);
  }
  const name = `confidant_t_${randomBytes(6).toString('hex')}`;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(pgAdminUrl());
  url.pathname = `/${name}`;
  return {
    database: { kind: 'postgres', url: url.toString() },
    dir,
    cleanup: async () => {
      const c = new pg.Client({ connectionString: pgAdminUrl() });
      await c.connect();
      try {
        // (an autovacuum worker on the database cannot be ended by a role outside pg_signal_backend — a race,
        // not an error of the code under test: wait for it to finish and try again)
        for (let attempt = 1; ; attempt++) {
          try {
            await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
            break;
          } catch (err) {
            const code = (err as { code?: string }).code;
            if (attempt >= 20 || (code !== '42501' && code !== '55006')) throw err;
            await new Promise((r) => setTimeout(r, 250));
          }
        }
      } finally {
        await c.end();
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function openTestStore(dialect: DialectName): Promise<{ store: Store; db: TestDatabase }> {
  const db = await createTestDatabase(dialect);
  const store = await openStore(db.database, { migrate: true });
  return { store, db };
}
