// Hand-written matchers that replaced a regex or a general algorithm on the hot path must answer exactly as
// their specification: numberGroupEnd as the sticky NUMBER_GROUP regex, withinOneEdit as withinEdits(a, b, 1).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { withinEdits, withinOneEdit } from './fold.js';
import { CALENDAR_DIGIT_REACH, NUMBER_GROUP, NUMERIC_DATE, numberGroupEnd, TEXT_DATE } from './patterns.js';

const sticky = new RegExp(NUMBER_GROUP.source, 'uy');
function byRegex(text: string, p: number): number {
  sticky.lastIndex = p;
  const m = sticky.exec(text);
  return m ? p + m[0].length : -1;
}

test('numberGroupEnd ends where the sticky NUMBER_GROUP regex ends, at every position of any text', () => {
  const piece = fc.constantFrom('0', '7', '12', '077', '+44', '+', '(', ')', '(0)', ' ', '.', '-', ',', '/', ':', '#', 'a', 'B', 'x', 'é', '٣', '\u00a0', '\n');
  const text = fc.array(piece, { maxLength: 30 }).map((a) => a.join(''));
  fc.assert(
    fc.property(text, (t) => {
      for (let p = 0; p <= t.length; p++) assert.equal(numberGroupEnd(t, p), byRegex(t, p), `at ${p} of ${JSON.stringify(t)}`);
    }),
    { numRuns: 3000 },
  );
  assert.equal(numberGroupEnd('call 07700 900417.', 5), 17);
});

test('withinOneEdit is withinEdits(a, b, 1)', () => {
  const word = fc.array(fc.constantFrom('a', 'b', 'c', 'é', '😀'), { maxLength: 7 }).map((a) => a.join(''));
  fc.assert(fc.property(word, word, (a, b) => assert.equal(withinOneEdit(a, b), withinEdits(a, b, 1), `${a} / ${b}`)), { numRuns: 20000 });
  assert.equal(withinOneEdit('okafor', 'okafer'), true);
  assert.equal(withinOneEdit('okafor', 'okfar'), false);
});

test('a date that starts with a month or a weekday has a digit within CALENDAR_DIGIT_REACH of that word (the guard of datesAtCalendarWord)', () => {
  const word = fc.constantFrom('Wednesday', 'Thurs', 'Sun', 'September', 'Sept', 'May', 'Mar', 'x');
  const punct = fc.constantFrom('', '.', ',', '.,', '-');
  const space = fc.constantFrom('', ' ', '   ', '\n');
  const the = fc.constantFrom('', 'the ', 'of ');
  const item = fc.constantFrom('3', '23rd', '1st', '09', '2021', "'21", 'September', 'Sept.', 'May', '03/04/21', '3.4.2021');
  const text = fc.tuple(word, punct, space, the, item, punct, space, item, space, item).map((a) => a.join(''));
  let checked = 0;
  fc.assert(
    fc.property(text, (t) => {
      for (const re of [TEXT_DATE, NUMERIC_DATE]) {
        for (const m of t.matchAll(new RegExp(re.source, 'gu'))) {
          const word = /^[A-Za-z]+/.exec(m[0]);
          if (!word) continue;
          checked++;
          const firstDigit = m[0].search(/[0-9]/);
          assert.ok(firstDigit >= 0 && firstDigit - word[0].length < CALENDAR_DIGIT_REACH, `${JSON.stringify(m[0])} in ${JSON.stringify(t)}`);
        }
      }
    }),
    { numRuns: 5000 },
  );
  assert.ok(checked > 500, `only ${checked} dates starting with a word were generated`);
});
