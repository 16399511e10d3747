// The shared character tests answer exactly as the regexes they replace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isDottedInitials, isSpace } from './chars.js';

test('isSpace is /\\s/ for every UTF-16 code unit, and false past the end of a text (NaN)', () => {
  for (let c = 0; c < 65536; c++) assert.equal(isSpace(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
  assert.equal(isSpace(''.charCodeAt(0)), false);
});

test('isDottedInitials is /^[A-Z](?:\\.[A-Z])+$/', () => {
  const s = fc.array(fc.constantFrom('A', 'Z', 'b', '.', '..', 'É', ' ', '1'), { maxLength: 9 }).map((a) => a.join(''));
  fc.assert(fc.property(s, (x) => assert.equal(isDottedInitials(x), /^[A-Z](?:\.[A-Z])+$/.test(x), x)), { numRuns: 5000 });
  assert.equal(isDottedInitials('J.M'), true);
  assert.equal(isDottedInitials('J.M.'), false);
});
