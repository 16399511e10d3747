// The scanner for known identifiers and postcodes must find exactly what the regexes it replaced found.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findLoose } from './loose-match.js';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function byRegex(text: string, source: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(new RegExp(source, 'gi'))) out.push(m.index, m.index + m[0].length);
  return out;
}
const identifierSource = (chars: string) => `(?<![A-Za-z0-9])${[...chars].map(escapeRe).join('[\\s./-]?')}(?![A-Za-z0-9])`;
const postcodeSource = (out: string, inn: string) => `(?<![A-Za-z0-9])${escapeRe(out)}\\s?${escapeRe(inn)}(?![A-Za-z0-9])`;

// Texts made of the identifier's own characters in both cases, separators of every kind (Unicode spaces too),
// other letters and digits, and characters whose case folds to ASCII only under Unicode rules (ſ, K, ı).
const pieces = ['a', 'A', 'b', 'B', '1', '2', '0', 'z', ' ', '  ', '.', '/', '-', '\u00a0', '\u2003', '\u3000', '\ufeff', '\t', '\n', '_', ',', 'ſ', 'K', 'ı', 'é', '😀', '\uD800'];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join(''));
const chars = fc.array(fc.constantFrom('a', 'A', 'b', 'B', '1', '2', '0', 'k', 's', 'i'), { minLength: 1, maxLength: 6 }).map((a) => a.join(''));

test('identifiers: the same matches as the regex, for any text', () => {
  fc.assert(
    fc.property(text, chars, (t, c) => {
      assert.deepEqual(findLoose(t, c, 'all'), byRegex(t, identifierSource(c)));
    }),
    { numRuns: 3000 },
  );
});

test('postcodes: the same matches as the regex (whitespace only between the outward and inward codes)', () => {
  fc.assert(
    fc.property(text, chars, chars, (t, o, i) => {
      assert.deepEqual(findLoose(t, o + i, o.length), byRegex(t, postcodeSource(o, i)));
    }),
    { numRuns: 3000 },
  );
});

test('examples', () => {
  assert.deepEqual(findLoose('NI: ab 12.34/56-c, again AB123456C; not XAB123456C or AB123456CX', 'AB123456C', 'all'), [4, 17, 25, 34]);
  assert.deepEqual(findLoose('LS6 2AB, ls62ab, LS6  2AB, LS6-2AB', 'LS62AB', 3), [0, 7, 9, 15]);
  assert.deepEqual(findLoose('', 'AB12', 'all'), []);
});
