// The hand-written tokenizer against the regex it replaced (the reference below): same tokens, offsets and
// features on any UTF-16 string, lone surrogates, astral letters and emoji included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fold } from './fold.js';
import { TABLE_LIMIT, tokenize } from './tokens.js';

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+|-[\p{L}\p{M}\p{N}]+|\.(?=[\p{L}]\.)[\p{L}])*/gu;
const isUpperLetter = (ch: string) => ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isLowerLetter = (ch: string) => ch !== ch.toUpperCase() && ch === ch.toLowerCase();

function reference(text: string) {
  const out = [];
  let prevEnd = 0;
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    let baseEnd = end;
    if (raw.length > 2 && /['’][sS]$/.test(raw)) baseEnd = end - 2;
    const base = text.slice(start, baseEnd);
    let letters = 0;
    let uppers = 0;
    let lowers = 0;
    let hasDigit = false;
    for (const ch of base.split('')) {
      if (/\p{L}/u.test(ch)) {
        letters++;
        if (isUpperLetter(ch)) uppers++;
        else if (isLowerLetter(ch)) lowers++;
      } else if (/\p{N}/u.test(ch)) hasDigit = true;
    }
    const upper = letters >= 2 && uppers === letters;
    out.push({
      start,
      end,
      baseEnd,
      text: base,
      key: fold(base),
      cap: isUpperLetter(base[0]!) && (!upper || letters === 1),
      upper,
      lower: letters > 0 && lowers === letters,
      hasDigit,
      alpha: letters > 0 && !hasDigit,
      sentStart: sentenceStart(text, start, out.length === 0),
      gap: text.slice(prevEnd, start),
    });
    prevEnd = end;
  }
  return out;
}

function sentenceStart(text: string, start: number, first: boolean): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (' \t"“‘\'([*_'.includes(ch)) continue;
    if (ch === '\n' || ch === '\r') return true;
    if ('.!?:;•–—->|'.includes(ch)) {
      if (ch === '.') {
        const w = /(?:^|[^\p{L}'’])([\p{L}]+)\.$/u.exec(text.slice(Math.max(0, i - 7), i + 1));
        if (w && /^(?:mr|mrs|ms|dr|st|sgt|prof|rev|fr|jr|sr|no|vs|etc|lt|capt|det|mt|ft|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/i.test(w[1]!)) return false;
        if (w && w[1]!.length === 1) return false;
      }
      return true;
    }
    return false;
  }
  return first;
}

const strip = (ts: ReturnType<typeof tokenize>) => ts.map((t) => ({ start: t.start, end: t.end, baseEnd: t.baseEnd, text: t.text, key: t.key, cap: t.cap, upper: t.upper, lower: t.lower, hasDigit: t.hasDigit, alpha: t.alpha, sentStart: t.sentStart, gap: t.gap }));

test('tokenize: examples', () => {
  const ts = tokenize("Dr. Okafor's son J.M. (aged 7) rang — Siobhán’s ex-wife; 𝐀𝐁 📱 Mrs. X.");
  assert.deepEqual(strip(ts), reference("Dr. Okafor's son J.M. (aged 7) rang — Siobhán’s ex-wife; 𝐀𝐁 📱 Mrs. X."));
  assert.deepEqual(ts.map((t) => t.text), ['Dr', 'Okafor', 'son', 'J.M', 'aged', '7', 'rang', 'Siobhán', 'ex-wife', '𝐀𝐁', 'Mrs', 'X']);
  assert.deepEqual(ts.map((t) => t.i), ts.map((_, i) => i));
  assert.equal(ts[1]!.key, 'okafor');
  assert.equal(ts[1]!.baseEnd, ts[1]!.end - 2);
  assert.equal(ts[7]!.key, 'siobhan');
});

const pieces = fc.constantFrom('Ⅰ', 'Ⅰx', 'ǅ', 'Tom', "Tom's", 'O’Neil', 'ex-', '-', '.', '. ', 'J.M.', 'a.b', "'", '’s', 'É', 'é', 'e\u0301', '٣', '𝐀', '📱', '\uD800', '\uDC00', ' ', '\n', ':', '•', 'Mrs.', 'St.', 'appointment.', 'A', 'MACDONALD', 'x1', '2024', '"', '(');
const mixed = fc.array(fc.oneof(pieces, fc.string({ maxLength: 4 }), fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c))), { maxLength: 80 }).map((xs) => xs.join(''));
const anyUtf16 = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 }).map((a) => String.fromCharCode(...a));

test('property: the scanner gives exactly the tokens of the reference regex (any UTF-16)', () => {
  fc.assert(fc.property(mixed, (s) => assert.deepEqual(strip(tokenize(s)), reference(s))), { numRuns: 3000 });
  fc.assert(fc.property(anyUtf16, (s) => assert.deepEqual(strip(tokenize(s)), reference(s))), { numRuns: 1500 });
});

test('the word table stays correct when it fills and restarts (more distinct words than slots, a word longer than its pool)', () => {
  // more distinct words than the table holds before it restarts, and then the first ones again
  const many = Array.from({ length: TABLE_LIMIT + 4000 }, (_, i) => `W${i.toString(36)}x`).join(' ');
  assert.deepEqual(strip(tokenize(many)), reference(many));
  const again = 'W0x W1x Wax Tom Tom';
  assert.deepEqual(strip(tokenize(again)), reference(again));
  // one word of 1,100,000 letters: longer than the pool of code units, never stored, still exact
  const huge = `Tom ${'ab'.repeat(550_000)} Tom's`;
  const ts = tokenize(huge);
  assert.equal(ts.length, 3);
  assert.equal(ts[1]!.end - ts[1]!.start, 1_100_000);
  assert.equal(ts[2]!.key, 'tom');
  assert.deepEqual(strip(tokenize('Tom Tomx Tom')), reference('Tom Tomx Tom'));
});

test('numbers and codes are words of their own: exact features, and a batch of distinct numbers leaves the word table alone', () => {
  const s = "Call 07700 900417 on 14/03/2024 at 10:30, ref 1990's 12-14 x1 ٣٣ 0 L6 2QP 2pm GAD7 Rm12B 4699RESPECT";
  assert.deepEqual(strip(tokenize(s)), reference(s));
  const tom = tokenize('Tom')[0]!.word;
  // more distinct numbers than the table holds before it restarts: the word of "Tom" is still the same object
  for (let k = 0; k < TABLE_LIMIT / 1000 + 4; k++) tokenize(Array.from({ length: 1000 }, (_, i) => String(100_000 + k * 1000 + i)).join(' '));
  assert.equal(tokenize('Tom')[0]!.word, tom);
});

test('every word keeps small integers in its length and first-code fields, even one whose key folds to nothing (a lone emoji selector, U+FE0F): a NaN there once changed the field to a heap number and threw away every optimised function', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
      for (const t of tokenize(`ok ❤️ ${s} \uFE0F x`)) {
        assert.ok(Number.isInteger(t.word.k0) && Number.isInteger(t.word.klen), JSON.stringify(t.text));
      }
    }),
    { numRuns: 300 },
  );
  const lone = tokenize('a \uFE0F b').find((t) => t.key === '');
  assert.ok(lone === undefined || lone.word.k0 === 0);
});
