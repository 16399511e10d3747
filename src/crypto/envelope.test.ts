// AES-256-GCM envelopes fail closed: any flipped bit, a wrong key or an envelope moved to another
// record (different AAD) gives an integrity error and never plaintext (TEST-PLAN T19, 11.5.1).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { seal, open, CryptoIntegrityError } from './envelope.js';

const key = randomBytes(32);

test('round trip, including non-ASCII text', () => {
  const text = 'Synthetic note — Zoë said “hello” 🌱';
  assert.equal(open(key, seal(key, 'k1', text, 'note:c1:n1'), 'note:c1:n1').toString('utf8'), text);
});

test('an envelope moved to another client or record does not open', () => {
  const env = seal(key, 'k1', 'secret', 'note:client-a:n1');
  assert.throws(() => open(key, env, 'note:client-b:n1'), CryptoIntegrityError);
  assert.throws(() => open(key, env, 'note:client-a:n2'), CryptoIntegrityError);
});

test('a wrong key does not open it', () => {
  assert.throws(() => open(randomBytes(32), seal(key, 'k1', 'secret', 'a'), 'a'), CryptoIntegrityError);
});

test('any flipped bit in IV, ciphertext or tag fails closed', () => {
  fc.assert(
    fc.property(fc.string({ minLength: 1, maxLength: 200 }), fc.integer({ min: 2, max: 4 }), fc.nat(), fc.integer({ min: 0, max: 7 }), (text, part, pos, bit) => {
      const env = seal(key, 'k1', text, 'aad');
      const parts = env.split('.');
      const bytes = Buffer.from(parts[part]!, 'base64url');
      if (bytes.length === 0) return true;
      const i = pos % bytes.length;
      bytes[i] = bytes[i]! ^ (1 << bit);
      parts[part] = bytes.toString('base64url');
      assert.throws(() => open(key, parts.join('.'), 'aad'), CryptoIntegrityError);
      return true;
    }),
    { numRuns: 300 },
  );
});

test('malformed envelopes are rejected, not crashed on', () => {
  for (const bad of ['', 'v1', 'v2.k.a.b.c', 'v1.k.!!.b.c', 'v1.k.AAAA.AAAA.AAAA']) assert.throws(() => open(key, bad, 'a'), CryptoIntegrityError);
});

test('no IV repeats in 100,000 encryptions', () => {
  const seen = new Set<string>();
  for (let i = 0; i < 100_000; i++) seen.add(seal(key, 'k', 'x', 'a').split('.')[2]!);
  assert.equal(seen.size, 100_000);
});
