// Consistent, encrypted backups of a running installation, and restore.
// SQLite: VACUUM INTO writes one consistent snapshot while the server keeps writing.
// PostgreSQL: pg_dump (custom format) takes a consistent snapshot in one transaction; pg_restore loads it
// into an empty database. Either way the dump is encrypted (see crypto/backup-cipher.ts) before it leaves
// the temporary folder, and restore proves the key, the file's integrity and the database's integrity
// before it replaces anything.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Keyring, KeyMismatchError, type MasterKey } from '../crypto/index.js';
import { decryptBackupFile, encryptBackupFile, BackupError, type BackupHeader } from '../crypto/backup-cipher.js';
import { openStore, redactUrl, type Store } from '../store/db.js';

export { BackupError };

export interface BackupResult { path: string; header: BackupHeader; ms: number }

async function counts(store: Store): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of ['clients', 'notes', 'users', 'audit_log'] as const) {
    const r = await store.db.selectFrom(t).select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
    out[t] = Number(r.n);
  }
  return out;
}

export async function backup(store: Store, database: { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string }, mk: MasterKey, outPath: string, version: string): Promise<BackupResult> {
  const started = Date.now();
  if (existsSync(outPath)) throw new BackupError(`${outPath} already exists; choose another name.`);
  const tmp = mkdtempSync(join(dirname(outPath), '.backup-'));
  try {
    const plain = join(tmp, 'dump');
    let info: Record<string, number> = {};
    if (store.dialect === 'sqlite') {
      // One statement, one consistent snapshot (a read transaction; in WAL mode writers carry on meanwhile).
      // The online backup API copied its first step of 100 pages and then waited for a turn of the event
      // loop, which a steady stream of writes in the same process can starve: once the schema grew past
      // 100 pages (migration 003), the backup-during-writes test hung. VACUUM INTO has no steps.
      store.sqlite!.prepare('VACUUM INTO ?').run(plain);
      const snap = await openStore({ kind: 'sqlite', path: plain }, { migrate: false });
      try {
        info = await counts(snap);
      } finally {
        await snap.close();
      }
      rmSync(`${plain}-wal`, { force: true });
      rmSync(`${plain}-shm`, { force: true });
    } else {
      if (database.kind !== 'postgres') throw new Error('dialect mismatch');
      info = await counts(store);
      const r = spawnSync('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', '--file', plain, '--dbname', database.url], { encoding: 'utf8' });
      if (r.error) throw new BackupError(`pg_dump could not be run (${r.error.message}). Install the PostgreSQL client tools matching your server (Debian: postgresql-client).`);
      if (r.status !== 0) throw new BackupError(`pg_dump failed for ${redactUrl(database.url)}: ${r.stderr.trim()}`);
    }
    const tmpOut = join(tmp, 'out');
    const header = encryptBackupFile(mk, plain, tmpOut, { createdAt: new Date().toISOString(), dialect: store.dialect, info: { ...info, version } });
    renameSync(tmpOut, outPath);
    return { path: outPath, header, ms: Date.now() - started };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export interface RestoreResult { header: BackupHeader; reErased: number; movedAside?: string; ms: number }

/**
 * Restores a backup. Everything is checked on a decrypted copy first (key, chunk integrity, plaintext
 * hash, SQLite integrity_check, the database's own key check); only then is the target replaced (SQLite:
 * atomic rename; the previous file is kept aside) or loaded (PostgreSQL: into an empty database).
 */
export async function restore(
  database: { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string },
  mk: MasterKey,
  backupPath: string,
  opts: { force?: boolean; erasedClientIds?: string[] } = {},
): Promise<RestoreResult> {
  const started = Date.now();
  if (!existsSync(backupPath)) throw new BackupError(`No backup file at ${backupPath}.`);
  const targetDir = database.kind === 'sqlite' ? dirname(database.path) : dirname(backupPath);
  const tmp = mkdtempSync(join(targetDir, '.restore-'));
  try {
    const plain = join(tmp, 'confidant.db');
    const header = decryptBackupFile(mk, backupPath, plain);
    if (header.dialect !== database.kind) throw new BackupError(`This is a ${header.dialect} backup; the configured database is ${database.kind}. Nothing was restored.`);
    let reErased = 0;
    if (database.kind === 'sqlite') {
      const check = new SQLite(plain);
      try {
        const ok = check.pragma('integrity_check', { simple: true });
        if (ok !== 'ok') throw new BackupError(`The restored database fails SQLite's integrity check (${String(ok)}). Nothing was restored.`);
      } finally {
        check.close();
      }
      const snap = await openStore({ kind: 'sqlite', path: plain }, { migrate: false });
      try {
        const keyring = new Keyring(mk);
        try {
          await keyring.verifyOrInit(snap.db);
        } catch (err) {
          if (err instanceof KeyMismatchError) throw new BackupError('The master key does not match the database inside this backup. Nothing was restored.');
          throw err;
        }
        reErased = await reapplyErasures(snap, keyring, opts.erasedClientIds ?? []);
        snap.sqlite!.pragma('wal_checkpoint(TRUNCATE)');
      } finally {
        await snap.close();
      }
      let movedAside: string | undefined;
      if (existsSync(database.path)) {
        if (!opts.force) throw new BackupError(`A database already exists at ${database.path}. Stop the server and run restore with --force to replace it (the current file is kept beside it). Nothing was restored.`);
        movedAside = `${database.path}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
        renameSync(database.path, movedAside);
        for (const ext of ['-wal', '-shm']) if (existsSync(database.path + ext)) renameSync(database.path + ext, movedAside + ext);
      }
      renameSync(plain, database.path);
      return { header, reErased, ...(movedAside ? { movedAside } : {}), ms: Date.now() - started };
    }
    // PostgreSQL: the target must be empty unless --force (then pg_restore --clean replaces what is there).
    const target = await openStore(database, { migrate: false });
    try {
      const tables = await target.db.selectFrom('confidant_meta').select('key').limit(1).execute().then(() => true, () => false);
      if (tables && !opts.force) throw new BackupError(`The database ${redactUrl(database.url)} is not empty. Restore into an empty database, or use --force to replace its contents. Nothing was restored.`);
    } finally {
      await target.close();
    }
    const r = spawnSync('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', ...(opts.force ? ['--clean', '--if-exists'] : []), '--single-transaction', '--dbname', database.url, plain], { encoding: 'utf8' });
    if (r.error) throw new BackupError(`pg_restore could not be run (${r.error.message}). Install the PostgreSQL client tools (Debian: postgresql-client).`);
    if (r.status !== 0) throw new BackupError(`pg_restore failed: ${r.stderr.trim()}`);
    const restored = await openStore(database, { migrate: false });
    try {
      const keyring = new Keyring(mk);
      await keyring.verifyOrInit(restored.db);
      reErased = await reapplyErasures(restored, keyring, opts.erasedClientIds ?? []);
    } finally {
      await restored.close();
    }
    return { header, reErased, ms: Date.now() - started };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function reapplyErasures(store: Store, keyring: Keyring, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  let n = 0;
  const now = new Date().toISOString();
  await store.db.transaction().execute(async (trx) => {
    for (const id of ids) {
      const row = await trx.selectFrom('client_keys').select('wrapped_key').where('client_id', '=', id).executeTakeFirst();
      if (row && row.wrapped_key !== null) {
        await keyring.destroyClientKey(trx, id, now);
        n++;
      }
    }
  });
  return n;
}

export function defaultBackupName(dataDir: string, now: Date): string {
  return join(dataDir, 'backups', `confidant-${now.toISOString().replace(/[:.]/g, '-')}.backup`);
}

export function describeSize(path: string): string {
  const b = statSync(path).size;
  return b > 1 << 20 ? `${(b / (1 << 20)).toFixed(1)} MiB` : `${Math.ceil(b / 1024)} KiB`;
}

