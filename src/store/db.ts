// Opens the database (SQLite by default, PostgreSQL by URL), applies durability settings, checks that
// it really is a Confidant database, and runs migrations. Everything else talks to it through Kysely.
import { existsSync, mkdirSync, openSync, readSync, closeSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import type pg from 'pg';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql, type MigrationProvider } from 'kysely';
import type { Database, Db } from './schema.js';
import { migrations } from './migrations/index.js';
import { StatementNames } from './pg-prepared.js';

export type Dialect = 'sqlite' | 'postgres';

export interface Store {
  readonly db: Db;
  readonly dialect: Dialect;
  /** The raw better-sqlite3 handle (SQLite only): used for the online backup API and fast batch reads. */
  readonly sqlite?: SQLite.Database;
  /** PostgreSQL: the repeated statements sent as named (prepared) statements (src/store/pg-prepared.ts). */
  readonly statements?: StatementNames;
  close(): Promise<void>;
}

export class StoreError extends Error {
  constructor(message: string, readonly code: 'not-confidant' | 'corrupt' | 'unreachable' | 'unsafe-settings' | 'newer-schema') {
    super(message);
  }
}

export const SCHEMA_MARK = 'confidant';

const provider: MigrationProvider = { getMigrations: async () => migrations };

export interface OpenOptions {
  /** Run pending migrations (the server and setup do; read-only tools such as `audit verify` do not). */
  migrate?: boolean;
  /** Create the SQLite file if it does not exist. */
  create?: boolean;
}

export async function openStore(database: { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string }, opts: OpenOptions = {}): Promise<Store> {
  const store = database.kind === 'sqlite' ? openSqlite(database.path, opts) : await openPostgres(database.url);
  try {
    await checkIsConfidant(store);
    if (opts.migrate !== false) await migrate(store);
    // Named statements from here on, once the schema is final (CONFIDANT_PG_NAMED_STATEMENTS=0 turns them off).
    if (store.statements && process.env.CONFIDANT_PG_NAMED_STATEMENTS !== '0') store.statements.enabled = true;
  } catch (err) {
    await store.close();
    throw err;
  }
  return store;
}

function openSqlite(path: string, opts: OpenOptions): Store {
  const exists = path !== ':memory:' && existsSync(path);
  if (!exists && opts.create === false) throw new StoreError(`No database at ${path}.`, 'unreachable');
  if (exists) {
    // Refuse anything that is not an SQLite file before SQLite itself gives a cryptic message.
    const fd = openSync(path, 'r');
    const head = Buffer.alloc(16);
    const n = readSync(fd, head, 0, 16, 0);
    closeSync(fd);
    if (n > 0 && head.toString('latin1') !== 'SQLite format 3\u0000') {
      throw new StoreError(`${path} is not a Confidant database (it is not an SQLite file at all). Point CONFIDANT_DATABASE_URL or CONFIDANT_DATA_DIR at the right place.`, 'not-confidant');
    }
  } else if (path !== ':memory:') {
    // Only the service account may list or read the data folder and the database (SQLite gives the -wal and
    // -shm files the database file's permissions).
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    closeSync(openSync(path, 'a', 0o600));
  }
  let raw: SQLite.Database;
  try {
    raw = new SQLite(path);
    // Before changing anything (even the journal mode rewrites the file header), make sure this is an empty
    // or a Confidant database.
    const tables = (raw.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'").all() as { name: string }[]).map((t) => t.name);
    if (tables.length > 0 && !tables.includes('confidant_meta')) {
      raw.close();
      throw new StoreError(`${path} already holds tables that are not Confidant's. Refusing to touch it: use an empty database for Confidant.`, 'not-confidant');
    }
    // WAL lets readers run while a write commits. synchronous=FULL syncs the WAL on every commit, so an
    // acknowledged write (HTTP 201) survives a power cut, not only a crash of the process
    // (sqlite.org/pragma.html#pragma_synchronous). secure_delete overwrites freed pages, so that
    // crypto-shredded or deleted content does not linger in free pages of the file.
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
    raw.pragma('foreign_keys = ON');
    raw.pragma('busy_timeout = 5000');
    raw.pragma('secure_delete = ON');
    const quick = raw.pragma('quick_check', { simple: true });
    if (quick !== 'ok') throw new StoreError(`The database at ${path} is damaged (SQLite integrity check: ${String(quick)}). Restore the latest backup (see README, "Backup and restore").`, 'corrupt');
  } catch (err) {
    if (err instanceof StoreError) throw err;
    const msg = (err as Error).message;
    if (/not a database|malformed|corrupt/i.test(msg)) {
      throw new StoreError(`The database at ${path} is damaged or not a Confidant database (${msg}). Restore the latest backup (see README, "Backup and restore").`, 'corrupt');
    }
    throw err;
  }
  const db = new Kysely<Database>({ dialect: new RollbackSafeSqliteDialect(raw) });
  return {
    db,
    dialect: 'sqlite',
    sqlite: raw,
    close: async () => {
      await db.destroy();
    },
  };
}

/**
 * SQLite rolls a transaction back by itself on some errors (SQLITE_FULL, SQLITE_IOERR, SQLITE_NOMEM…). Kysely
 * then issues its own ROLLBACK, which fails with "no transaction is active" and replaces the real error (a
 * full disk would surface as a generic 500). Skip the ROLLBACK when SQLite has already rolled back.
 */
class RollbackSafeSqliteDialect extends SqliteDialect {
  constructor(private readonly raw: SQLite.Database) {
    super({ database: raw });
  }
  override createDriver(): ReturnType<SqliteDialect['createDriver']> {
    const driver = super.createDriver();
    const rollback = driver.rollbackTransaction.bind(driver);
    driver.rollbackTransaction = async (connection) => {
      if (!this.raw.inTransaction) return;
      await rollback(connection);
    };
    return driver;
  }
}

async function openPostgres(url: string): Promise<Store> {
  // Imported on first use: a SQLite installation never pays for loading the PostgreSQL driver.
  const pg = (await import('pg')).default;
  // int8 (bigint) values are returned as numbers: our counters stay far below 2^53.
  pg.types.setTypeParser(20, (v) => Number(v));
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000, idleTimeoutMillis: 30000 });
  // A pooled connection that the server drops (e.g. PostgreSQL restarted) emits 'error' on the pool;
  // without a listener that would crash the process. The pool replaces the connection on next use.
  pool.on('error', () => undefined);
  // A connection that is checked out (inside a transaction) when the server goes away emits 'error' on the
  // client itself, not the pool: without this listener the whole app process would crash. The query in
  // progress still fails (the request gets a 503) and the pool discards the broken client on release.
  const statements = new StatementNames();
  pool.on('connect', (client) => {
    client.on('error', () => undefined);
    statements.attach(client);
  });
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw new StoreError(`Cannot reach PostgreSQL at ${redactUrl(url)}: ${(err as Error).message}`, 'unreachable');
  }
  try {
    // A committed write must survive a crash of the database server too (TEST-PLAN §3).
    const fsync = (await client.query('SHOW fsync')).rows[0]?.fsync;
    const syncCommit = (await client.query('SHOW synchronous_commit')).rows[0]?.synchronous_commit;
    if (fsync !== 'on' || (syncCommit !== 'on' && syncCommit !== 'remote_apply' && syncCommit !== 'remote_write')) {
      throw new StoreError(`PostgreSQL must run with fsync=on and synchronous_commit=on (found fsync=${fsync}, synchronous_commit=${syncCommit}); otherwise acknowledged writes can be lost.`, 'unsafe-settings');
    }
  } catch (err) {
    client.release();
    await pool.end().catch(() => undefined);
    throw err;
  }
  client.release();
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', statements, close: async () => { await db.destroy(); } };
}

export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+):([^@/]+)@/, '//$1:***@');
}

async function listTables(store: Store): Promise<string[]> {
  if (store.dialect === 'sqlite') {
    const r = await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(store.db);
    return r.rows.map((x) => x.name);
  }
  const r = await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema()`.execute(store.db);
  return r.rows.map((x) => x.name);
}

/** An empty database is fine (we create the schema); a database with other people's tables is not. */
async function checkIsConfidant(store: Store): Promise<void> {
  const tables = (await listTables(store)).filter((t) => !t.startsWith('sqlite_'));
  if (tables.length === 0) return;
  if (!tables.includes('confidant_meta')) {
    throw new StoreError('This database already holds tables that are not Confidant\'s. Refusing to touch it: use an empty database for Confidant.', 'not-confidant');
  }
  const mark = await store.db.selectFrom('confidant_meta').select('value').where('key', '=', 'schema').executeTakeFirst();
  if (mark && mark.value !== SCHEMA_MARK) throw new StoreError('This database is not a Confidant database.', 'not-confidant');
  const known = new Set(Object.keys(migrations));
  if (tables.includes('kysely_migration')) {
    const applied = await sql<{ name: string }>`select name from kysely_migration`.execute(store.db);
    const unknown = applied.rows.map((r) => r.name).filter((n) => !known.has(n));
    if (unknown.length) throw new StoreError(`This database was written by a newer Confidant (migrations ${unknown.join(', ')}). Upgrade Confidant before opening it.`, 'newer-schema');
  }
}

export async function migrate(store: Store): Promise<void> {
  const migrator = new Migrator({ db: store.db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new Error(`Database migration ${failed?.migrationName ?? ''} failed: ${(error as Error).message}`);
  }
  await store.db
    .insertInto('confidant_meta')
    .values({ key: 'schema', value: SCHEMA_MARK })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
}

/** Whether the database has any rows in a table; used by setup and the first-run page. */
export async function countRows(store: Store, table: 'users' | 'organisations' | 'clients' | 'audit_log'): Promise<number> {
  const r = await store.db.selectFrom(table).select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}
