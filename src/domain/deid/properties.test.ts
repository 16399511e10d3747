// Properties of the redactor that hold for any input (fast-check): it never throws, every span lies inside
// the text and matches it, spans are sorted and disjoint, redacting twice changes nothing more, and a
// name the case knows never survives, in any case.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildResources, createRedactor, defaultGazetteers, type Known } from './index.js';

const resources = buildResources(defaultGazetteers);
const redactor = createRedactor(resources);

// Strings of any UTF-16 code units, lone surrogates included.
const anyUtf16 = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 300 }).map((a) => String.fromCharCode(...a));
const noteish = fc.array(
  fc.oneof(
    fc.constantFrom('Mrs', 'Dr', 'her son', 'his manager,', 'at', 'in', 'on', 'aged', 'DOB', 'NHS', 'ref', 'Will', 'May', 'Hope', '(', ')', '"', ',', '.', '\n', '📱', '\uD800', '07700 900417', '14/03/2024', 'Leeds', 'Okafor', 'Jayden', 'St', 'Primary School', 'LS6 2AB', '@x_y', 'a@b.co'),
    fc.string({ maxLength: 8 }),
  ),
  { maxLength: 60 },
).map((parts) => parts.join(' '));

function checkShape(text: string, known?: Known) {
  const r = redactor.redact(text, known);
  let last = 0;
  for (const e of r.entities) {
    assert.ok(Number.isInteger(e.start) && Number.isInteger(e.end));
    assert.ok(e.start >= last, 'sorted and non-overlapping');
    assert.ok(e.end > e.start && e.end <= text.length, 'inside the text');
    assert.equal(e.text, text.slice(e.start, e.end));
    assert.ok(['known', 'pattern', 'model'].includes(e.source));
    last = e.end;
  }
  return r;
}

test('property: never throws; every span lies within the text and equals its slice (any UTF-16, lone surrogates)', () => {
  fc.assert(fc.property(anyUtf16, (s) => void checkShape(s)), { numRuns: 300 });
  fc.assert(fc.property(noteish, (s) => void checkShape(s)), { numRuns: 300 });
});

// Dictated notes: the same words with the punctuation spoken ("comma", "full stop", "new paragraph" …), which the
// redactor reads in their written form and maps back (spoken.ts).
const dictated = fc.array(
  fc.oneof(
    fc.constantFrom('full stop', 'comma', 'new paragraph', 'new line', 'period', 'colon', 'question mark', 'mrs okafor', 'jayden', 'her son', 'aged', 'seventeen', 'oh four one nine two two', 'nineteen ninety one', 'twenty first of may', 'double five', 'one hundred and', 'two thousand and', 'first', 'and', 'leeds', 'at', 'is', 'said', ' ', '\n', 'Priya', '07700 900417', '📱', '\uD800'),
    fc.string({ maxLength: 6 }),
  ),
  { minLength: 3, maxLength: 60 },
).map((parts) => 'progress note dictated full stop new paragraph ' + parts.join(' ') + ' full stop');

test('property: a dictated note\'s spans lie within the note as dictated and equal its slices, sorted and disjoint', () => {
  fc.assert(fc.property(dictated, (s) => void checkShape(s)), { numRuns: 300 });
});

// Sentences as practitioners write them, with people, places and numbers from small pools.
const person = fc.constantFrom('Jayden', 'Mrs Okafor', 'Dr Samuel Okonkwo', 'Priya', 'Tom Baker', 'Siobhán', 'Hüseyin Demir', 'Grace Whitfield', 'Aroha', 'deshawn');
const place = fc.constantFrom('Leeds', 'Lincoln Green', 'Parramatta', 'Killeen, TX', '14 Mill Lane, Leeds LS6 2AB', 'Harehills Academy', 'Royal Bolton Hospital');
const detail = fc.constantFrom('07700 900417', '14/03/2024', 'NHS no. 485 777 3456', 'ref MP-24-0031877', 'aged 93', 'the GP', 'CBT', 'sertraline', 'Universal Credit', 'June', 'a@b.co');
const sentence = fc.tuple(person, fc.constantFrom('said that', 'met', 'phoned', 'moved to', 'works at', 'and her son'), fc.oneof(person, place), fc.constantFrom('about', 'with', 'on', '(', ''), detail).map((xs) => xs.join(' ') + '.');
const note = fc.array(sentence, { minLength: 1, maxLength: 8 }).map((xs) => xs.join(' '));

test('property: redacting the redacted text again changes nothing', () => {
  fc.assert(
    fc.property(note, (s) => {
      const once = redactor.redact(s).text;
      assert.equal(redactor.redact(once).text, once);
    }),
    { numRuns: 300 },
  );
});

// Invented names: consonant–vowel syllables, never an English word.
const syllable = fc.tuple(fc.constantFrom(...'bdfgklmnprstvz'), fc.constantFrom(...'aeiou')).map(([c, v]) => c + v);
const inventedName = fc.array(syllable, { minLength: 2, maxLength: 4 }).map((xs) => xs.join('')).filter((n) => !resources.commonWords.has(n) && !resources.rareWords.has(n));
const casing = fc.constantFrom((s: string) => s, (s: string) => s.toUpperCase(), (s: string) => s[0]!.toUpperCase() + s.slice(1), (s: string) => s[0]!.toUpperCase() + s.slice(1) + "'s");
const filler = fc.constantFrom('said that', 'and', 'told me', 'came with', 'is worried about', 'phoned', 'at work,', '—', '(', ')', '"', 'today.', 'Next week', 'she', 'he');

test('property: a name the case knows never survives, in any case', () => {
  fc.assert(
    fc.property(inventedName, inventedName, fc.array(fc.tuple(filler, fc.boolean(), casing), { minLength: 1, maxLength: 20 }), (first, last, parts) => {
      fc.pre(first !== last);
      const known: Known = { people: [{ role: 'client', name: `${first[0]!.toUpperCase()}${first.slice(1)} ${last[0]!.toUpperCase()}${last.slice(1)}` }] };
      const text = parts.map(([f, useFirst, c]) => `${f} ${c(useFirst ? first : last)}`).join(' ');
      const out = checkShape(text, known).text;
      for (const n of [first, last]) assert.ok(!new RegExp(`(?<![\\p{L}])${n}(?![\\p{L}])`, 'iu').test(out), `${n} survived in: ${out}`);
    }),
    { numRuns: 300 },
  );
});
