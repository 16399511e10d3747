// Encrypted backup files. Layout:
//   "CONFIDANT-BACKUP\n" + one JSON header line + chunks
// Each chunk is [4-byte big-endian length][12-byte IV][ciphertext][16-byte tag], AES-256-GCM under a key
// derived from the master key with HKDF (so the master key itself is never used directly on bulk data and
// never stored in the backup). The AAD of each chunk binds the backup id, the chunk index and whether it is
// the last chunk, so reordered, dropped or truncated chunks are detected; the header carries the SHA-256 of
// the plaintext as a final check.
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import { closeSync, openSync, readSync, writeSync, fsyncSync, statSync } from 'node:fs';
import type { MasterKey } from './master-key.js';

const MAGIC = 'CONFIDANT-BACKUP\n';
const CHUNK = 1 << 20;

export interface BackupHeader {
  format: 1;
  id: string;
  createdAt: string;
  dialect: 'sqlite' | 'postgres';
  masterKid: string;
  plaintextBytes: number;
  plaintextSha256: string;
  /** Free-form, non-secret facts: Confidant version, record counts. */
  info: Record<string, string | number>;
}

export class BackupError extends Error {}

function backupKey(mk: MasterKey, id: string): Buffer {
  return Buffer.from(hkdfSync('sha256', mk.key, Buffer.from(id, 'utf8'), Buffer.from('confidant backup v1', 'utf8'), 32));
}

function aad(id: string, index: number, last: boolean): Buffer {
  return Buffer.from(`${id}:${index}:${last ? 'last' : 'more'}`, 'utf8');
}

/** Encrypts the file at `plainPath` into `outPath`. */
export function encryptBackupFile(mk: MasterKey, plainPath: string, outPath: string, meta: Omit<BackupHeader, 'format' | 'id' | 'masterKid' | 'plaintextBytes' | 'plaintextSha256'>): BackupHeader {
  const size = statSync(plainPath).size;
  const sha = createHash('sha256');
  const input = openSync(plainPath, 'r');
  const buf = Buffer.alloc(CHUNK);
  let read: number;
  while ((read = readSync(input, buf, 0, CHUNK, null)) > 0) sha.update(buf.subarray(0, read));
  const header: BackupHeader = { format: 1, id: randomBytes(16).toString('hex'), masterKid: mk.kid, plaintextBytes: size, plaintextSha256: sha.digest('hex'), ...meta };
  const key = backupKey(mk, header.id);
  const out = openSync(outPath, 'wx', 0o600);
  try {
    writeSync(out, MAGIC + JSON.stringify(header) + '\n');
    let pos = 0;
    let index = 0;
    do {
      const n = readSync(input, buf, 0, CHUNK, pos);
      pos += n;
      const last = pos >= size;
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', key, iv);
      c.setAAD(aad(header.id, index, last));
      const ct = Buffer.concat([c.update(buf.subarray(0, n)), c.final()]);
      const len = Buffer.alloc(4);
      len.writeUInt32BE(ct.length);
      writeSync(out, Buffer.concat([len, iv, ct, c.getAuthTag()]));
      index++;
      if (last) break;
    } while (true);
    fsyncSync(out);
  } finally {
    closeSync(out);
    closeSync(input);
  }
  return header;
}

export function readBackupHeader(path: string): BackupHeader {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(64 * 1024);
    const n = readSync(fd, head, 0, head.length, 0);
    const text = head.subarray(0, n).toString('utf8');
    if (!text.startsWith(MAGIC)) throw new BackupError(`${path} is not a Confidant backup.`);
    const end = text.indexOf('\n', MAGIC.length);
    if (end < 0) throw new BackupError(`${path} is damaged (no header).`);
    const header = JSON.parse(text.slice(MAGIC.length, end)) as BackupHeader;
    if (header.format !== 1) throw new BackupError(`${path} was written by a newer Confidant (backup format ${String(header.format)}).`);
    return header;
  } catch (err) {
    if (err instanceof BackupError) throw err;
    throw new BackupError(`${path} is damaged: ${(err as Error).message}`);
  } finally {
    closeSync(fd);
  }
}

/**
 * Decrypts a backup into `outPath` (created new, mode 0600). Fails — leaving `outPath` to the caller to
 * remove — on a wrong key, any altered, reordered or missing chunk, or a plaintext hash mismatch.
 */
export function decryptBackupFile(mk: MasterKey, path: string, outPath: string): BackupHeader {
  const header = readBackupHeader(path);
  if (header.masterKid !== mk.kid) {
    throw new BackupError(`This backup was made under master key ${header.masterKid}, but the key given is ${mk.kid}. Use the master key that was current when the backup was made (rotated keys are kept as master.key.retired-<kid>). Nothing was written.`);
  }
  const key = backupKey(mk, header.id);
  const fd = openSync(path, 'r');
  const out = openSync(outPath, 'wx', 0o600);
  const sha = createHash('sha256');
  try {
    const headLen = Buffer.byteLength(MAGIC + JSON.stringify(header) + '\n');
    let pos = headLen;
    const total = statSync(path).size;
    let index = 0;
    let written = 0;
    let sawLast = false;
    const lenBuf = Buffer.alloc(4);
    while (pos < total) {
      if (sawLast) throw new BackupError('The backup has data after its last chunk: it was altered.');
      if (readSync(fd, lenBuf, 0, 4, pos) !== 4) throw new BackupError('The backup is truncated.');
      const len = lenBuf.readUInt32BE();
      if (len > CHUNK + 16) throw new BackupError('The backup is damaged (chunk too large).');
      const body = Buffer.alloc(12 + len + 16);
      if (readSync(fd, body, 0, body.length, pos + 4) !== body.length) throw new BackupError('The backup is truncated.');
      pos += 4 + body.length;
      const last = pos >= total;
      const d = createDecipheriv('aes-256-gcm', key, body.subarray(0, 12));
      d.setAAD(aad(header.id, index, last));
      d.setAuthTag(body.subarray(12 + len));
      let plain: Buffer;
      try {
        plain = Buffer.concat([d.update(body.subarray(12, 12 + len)), d.final()]);
      } catch {
        throw new BackupError(`The backup failed its integrity check at chunk ${index} (altered, reordered or truncated). Nothing was restored.`);
      }
      sha.update(plain);
      writeSync(out, plain);
      written += plain.length;
      sawLast = last;
      index++;
    }
    if (!sawLast) throw new BackupError('The backup is truncated.');
    if (written !== header.plaintextBytes || sha.digest('hex') !== header.plaintextSha256) throw new BackupError('The backup content does not match its header. Nothing was restored.');
    fsyncSync(out);
    return header;
  } finally {
    closeSync(out);
    closeSync(fd);
  }
}
