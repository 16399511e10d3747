// Identifiers and secrets. Ids are random UUIDs (not sequential: nothing to enumerate); tokens are 32
// random bytes; only hashes of tokens and recovery codes are stored.
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

export const newId = (): string => randomUUID();
export const newToken = (): string => randomBytes(32).toString('base64url');
export const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

// Crockford base32 without I, L, O, U: easy to read aloud and copy.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export function randomBase32(n: number): string {
  const b = randomBytes(n);
  let s = '';
  for (let i = 0; i < n; i++) s += ALPHABET[b[i]! & 31];
  return s;
}

/** A non-identifying client reference such as C-7KQ2M9. */
export const newReference = (): string => `C-${randomBase32(6)}`;

/** A recovery code such as 4KQ2-M9X7-PA3D (60 bits). */
export const newRecoveryCode = (): string => {
  const s = randomBase32(12);
  return `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8)}`;
};
export const normaliseRecoveryCode = (c: string): string => c.toUpperCase().replace(/[^0-9A-Z]/g, '');

export const addMinutes = (d: Date, m: number): Date => new Date(d.getTime() + m * 60_000);
