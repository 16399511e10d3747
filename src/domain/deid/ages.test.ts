// The anchored "is/turned/now N" age pattern finds exactly what the global regex scan finds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isAgeMatches, isAgeMatchesByScan, recogniseAges } from './ages.js';
import { span } from './span.js';

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

test('an age after a person or a date is found whatever the order of the anchors, in a short note or a long text', () => {
  const note = 'Lachlan, 6, and Mia (4) met Tom on 3 March (aged 9).';
  const at = (w: string) => note.indexOf(w);
  const anchors = [span('PERSON', at('Lachlan'), at('Lachlan') + 7, 'model'), span('PERSON', at('Mia'), at('Mia') + 3, 'model'), span('DATE', at('3 March'), at('3 March') + 7, 'pattern')];
  // (each family of patterns adds its own: sorted by position, each place once)
  const places = (text: string, as: typeof anchors) => [...new Set(recogniseAges(text, as).map((a) => a.start))].sort((a, b) => a - b);
  const ages = (text: string, as: typeof anchors) => places(text, as).map((p) => text.slice(p, p + 1));
  assert.deepEqual(ages(note, anchors), ['6', '4', '9']);
  assert.deepEqual(ages(note, [...anchors].reverse()), ['6', '4', '9']);
  // the same note 2,000 times over, anchors in reverse order: every age found (each looked up by bisection)
  const long = Array.from({ length: 2000 }, () => note).join(' ');
  const step = note.length + 1;
  const many = Array.from({ length: 2000 }, (_, k) => anchors.map((a) => span(a.kind, a.start + k * step, a.end + k * step, a.source))).flat().reverse();
  assert.equal(places(long, many).length, 6000);
});
