// The anchored "is/turned/now N" age pattern finds exactly what the global regex scan finds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isAgeMatches, isAgeMatchesByScan } from './ages.js';

const piece = fc.oneof(
  fc.constantFrom('is', 'turned', 'turns', 'to be', 'now', 'just', 'this', 'know', 'Jayden', '(', '( ', ')', ',', '.', ';', ' ', '  ', '\n', '\t', 'and', 'but', 'with', 'years', 'yrs', 'in', 'so', 'when', 'at', 'last', 'next', '7', '12', '123', '4.5', '3,4', '0', '99', 'é', 'ago'),
  fc.string({ maxLength: 4 }),
  fc.integer({ min: 0, max: 200 }).map(String),
);
const text = fc.array(piece, { maxLength: 40 }).map((xs) => xs.join(''));
const spaced = fc.array(piece, { maxLength: 40 }).map((xs) => xs.join(' '));

test('property: anchored IS_AGE = global scan of IS_AGE', () => {
  fc.assert(fc.property(fc.oneof(text, spaced), (s) => assert.deepEqual(isAgeMatches(s), isAgeMatchesByScan(s))), { numRuns: 3000 });
});

test('anchored IS_AGE: examples', () => {
  const s = 'She is 7, he turned 12 and (is 5) now 45 this; to be 3. is 123, just 4.5 x';
  assert.deepEqual(isAgeMatches(s), isAgeMatchesByScan(s));
  assert.deepEqual(isAgeMatches(s).map((m) => m[2]), ['7', '12', '45', '3']);
});
