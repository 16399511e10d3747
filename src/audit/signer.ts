// Signed checkpoints. The Ed25519 signing key lives in a file outside the database (mode 0600), so
// someone who can rewrite the database cannot forge a checkpoint: a cut-off tail or a wholesale rewrite of
// the chain no longer matches the last signed head.
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, createHash, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';

export interface AuditSigner {
  readonly keyId: string;
  readonly publicKey: KeyObject;
  sign(message: string): string;
}

export function checkpointMessage(seq: number, headHash: string, at: string): string {
  return `confidant-audit-checkpoint:v1:${seq}:${headHash}:${at}`;
}

export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16);
}

function signerFrom(privateKey: KeyObject): AuditSigner {
  const publicKey = createPublicKey(privateKey);
  return {
    keyId: keyIdOf(publicKey),
    publicKey,
    sign: (message) => sign(null, Buffer.from(message, 'utf8'), privateKey).toString('base64'),
  };
}

export function verifySignature(publicKey: KeyObject, message: string, signature: string): boolean {
  try {
    return verify(null, Buffer.from(message, 'utf8'), publicKey, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

/** Loads the signing key from its file, creating it (mode 0600) when `create` is set and it is missing. */
export function loadAuditSigner(path: string, create: boolean): AuditSigner | undefined {
  if (!existsSync(path)) {
    if (!create) return undefined;
    const { privateKey } = generateKeyPairSync('ed25519');
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    const tmp = `${path}.tmp-${process.pid}`;
    writeFileSync(tmp, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    renameSync(tmp, path);
    return signerFrom(privateKey);
  }
  const mode = statSync(path).mode & 0o777;
  if (mode & 0o077) throw new Error(`The audit signing key ${path} is readable by other users (mode ${mode.toString(8)}). Run: chmod 600 ${path}`);
  return signerFrom(createPrivateKey(readFileSync(path)));
}
