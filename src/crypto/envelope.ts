// AES-256-GCM envelopes. Format (text, so it sits in a TEXT column on both databases):
//   v1.<kid>.<iv base64url>.<ciphertext base64url>.<tag base64url>
// `kid` names the key that sealed it (crypto agility: a reader knows which key to ask for), and the
// additional authenticated data binds an envelope to its place (e.g. "note:<clientId>:<noteId>"), so a
// ciphertext copied into another client's row fails to open instead of revealing anything.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export const ALG = 'aes-256-gcm';

export class CryptoIntegrityError extends Error {
  constructor(message = 'Encrypted data failed its integrity check.') {
    super(message);
  }
}

export function seal(key: Buffer, kid: string, plaintext: Buffer | string, aad: string): string {
  if (key.length !== 32) throw new Error('AES-256-GCM needs a 32-byte key');
  const iv = randomBytes(12);
  const cipher = createCipheriv(ALG, key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ct = Buffer.concat([cipher.update(typeof plaintext === 'string' ? Buffer.from(plaintext, 'utf8') : plaintext), cipher.final()]);
  return `v1.${kid}.${iv.toString('base64url')}.${ct.toString('base64url')}.${cipher.getAuthTag().toString('base64url')}`;
}

export function envelopeKid(envelope: string): string {
  const parts = envelope.split('.');
  if (parts.length !== 5 || parts[0] !== 'v1') throw new CryptoIntegrityError('Not an encrypted envelope.');
  return parts[1]!;
}

export function open(key: Buffer, envelope: string, aad: string): Buffer {
  const parts = envelope.split('.');
  if (parts.length !== 5 || parts[0] !== 'v1') throw new CryptoIntegrityError('Not an encrypted envelope.');
  const iv = Buffer.from(parts[2]!, 'base64url');
  const ct = Buffer.from(parts[3]!, 'base64url');
  const tag = Buffer.from(parts[4]!, 'base64url');
  if (iv.length !== 12 || tag.length !== 16) throw new CryptoIntegrityError();
  try {
    const decipher = createDecipheriv(ALG, key, iv);
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ct), decipher.final()]);
  } catch {
    throw new CryptoIntegrityError();
  }
}
