// The master key: 32 random bytes, from CONFIDANT_MASTER_KEY or a key file (mode 0600) created on first
// run. It never enters the database; only a key-check envelope does, so a wrong key is caught at start-up
// before anything is written.
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync, openSync, fsyncSync, closeSync } from 'node:fs';
import { dirname } from 'node:path';

export interface MasterKey {
  readonly key: Buffer;
  /** Key id: the first 8 bytes of SHA-256(key), hex. Identifies the key without revealing it. */
  readonly kid: string;
}

export class MasterKeyError extends Error {}

export function masterKeyFromBytes(key: Buffer): MasterKey {
  if (key.length !== 32) throw new MasterKeyError('The master key must be 32 bytes.');
  return { key, kid: createHash('sha256').update(key).digest('hex').slice(0, 16) };
}

export function parseMasterKey(text: string, where: string): MasterKey {
  const trimmed = text.trim();
  const key = Buffer.from(trimmed, 'base64');
  if (key.length !== 32 || !/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed)) {
    throw new MasterKeyError(`${where} does not hold a valid master key (expected 32 bytes in base64).`);
  }
  return masterKeyFromBytes(key);
}

export function generateMasterKey(): MasterKey {
  return masterKeyFromBytes(randomBytes(32));
}

/** Writes a key file atomically with mode 0600 (temp file, fsync, rename). */
export function writeKeyFile(path: string, mk: MasterKey): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, mk.key.toString('base64') + '\n', { mode: 0o600 });
  const fd = openSync(tmp, 'r');
  fsyncSync(fd);
  closeSync(fd);
  renameSync(tmp, path);
  chmodSync(path, 0o600);
}

export function readKeyFile(path: string): MasterKey {
  const mode = statSync(path).mode & 0o777;
  if (mode & 0o077) {
    throw new MasterKeyError(`The master key file ${path} is readable by other users (mode ${mode.toString(8)}). Run: chmod 600 ${path}`);
  }
  return parseMasterKey(readFileSync(path, 'utf8'), `The key file ${path}`);
}

export type MasterKeySource = { kind: 'env'; base64: string } | { kind: 'file'; path: string };

/**
 * Loads the master key. With `createIfMissing` (first run of a new installation) a missing key file is
 * created; otherwise a missing key is an error, so that an existing database is never paired with a new key.
 */
export function loadMasterKey(source: MasterKeySource, createIfMissing: boolean): { mk: MasterKey; created: boolean } {
  if (source.kind === 'env') return { mk: parseMasterKey(source.base64, 'CONFIDANT_MASTER_KEY'), created: false };
  if (existsSync(source.path)) return { mk: readKeyFile(source.path), created: false };
  if (!createIfMissing) throw new MasterKeyError(`The master key file ${source.path} is missing. Without it the encrypted records cannot be read; restore it from your key backup or set CONFIDANT_MASTER_KEY.`);
  const mk = generateMasterKey();
  writeKeyFile(source.path, mk);
  return { mk, created: true };
}

/** Where a rotation keeps the new key until the database has committed to it. */
export function pendingKeyPath(path: string): string {
  return `${path}.next`;
}
