// Bad and large input (issue 5, "Bad input"): megabytes of notes in one text, binary junk decoded as UTF-8,
// and lone surrogates give correct output — every span inside the text and equal to its slice — and the work
// grows linearly: twice the text gives twice the entities. (The 10 MB figures, time and peak memory, are in
// bench/deid.bench.ts: timings do not belong in a test.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { buildResources, createRedactor, defaultGazetteers, type RedactResult } from './index.js';
import { SECTIONS_FROM, sectionEnds } from './redactor.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const redactor = createRedactor(buildResources(defaultGazetteers));

function checkShape(text: string, r: RedactResult): void {
  let last = 0;
  for (const e of r.entities) {
    assert.ok(e.start >= last && e.end > e.start && e.end <= text.length, `span ${e.start}-${e.end} outside the text or out of order`);
    assert.equal(e.text, text.slice(e.start, e.end));
    last = e.end;
  }
}

function notesText(bytes: number): string {
  const path = `${ROOT}../shared/devset/deid-dev.jsonl`;
  const notes = existsSync(path)
    ? readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text)
    : ['Mrs Okafor rang on 14/03/2024 about her son Jayden (15) at Harehills Academy, Leeds LS6 2AB. Call 07700 900417.'];
  let s = '';
  for (let i = 0; s.length < bytes; i++) s += notes[i % notes.length] + '\n\n';
  return s;
}

test('large input: 1 MB and 2 MB of notes in one text; twice the text, twice the entities (linear)', () => {
  const one = notesText(1_000_000);
  const r1 = redactor.redact(one);
  const r2 = redactor.redact(one + one);
  checkShape(one, r1);
  checkShape(one + one, r2);
  assert.ok(r1.entities.length > 1000, `only ${r1.entities.length} entities in 1 MB of notes`);
  const ratio = r2.entities.length / r1.entities.length;
  assert.ok(ratio > 1.98 && ratio < 2.02, `entities ${r1.entities.length} → ${r2.entities.length}`);
  // the first half is redacted exactly as the text alone was: same spans, same tags
  assert.equal(r2.text.slice(0, r1.text.length), r1.text);
});

test('binary junk decoded as UTF-8 (replacement characters, control characters) and lone surrogates', () => {
  let x = 2463534242;
  const bytes = Buffer.alloc(300_000);
  for (let i = 0; i < bytes.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 255;
  }
  const junk = bytes.toString('utf8');
  checkShape(junk, redactor.redact(junk));
  const withNames = junk.slice(0, 50_000) + ' Mrs Okafor rang 07700 900417. ' + junk.slice(50_000, 100_000);
  const r = redactor.redact(withNames, { people: [{ role: 'client', name: 'Amara Okafor' }] });
  checkShape(withNames, r);
  assert.ok(!r.text.includes('Okafor') && !r.text.includes('07700 900417'));
  const surrogates = '\uD800Tom Baker rang\uDC00 \uDBFF\uDFFF Okafor\uD83D \uDE00 aged 7 \uD800';
  const s = redactor.redact(surrogates, { people: [{ role: 'client', name: 'Amara Okafor' }] });
  checkShape(surrogates, s);
  assert.ok(!s.text.includes('Okafor'));
});

test('sections of a long text: they cover it in order, each at most the size, ending after a blank line where its last quarter has one, never inside a surrogate pair', () => {
  const piece = fc.oneof(fc.constantFrom('\n\n', '\n', ' ', 'word', 'Tom Baker', '\uD83D\uDE00', 'x'.repeat(40)), fc.string({ maxLength: 12 }));
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 400 }), fc.integer({ min: 8, max: 200 }), (parts, size) => {
      const text = parts.join('');
      const ends = sectionEnds(text, size);
      let from = 0;
      for (const end of ends) {
        assert.ok((end > from || text.length === 0) && end - from <= size, `section ${from}-${end} of size ${size}`);
        const c = text.charCodeAt(end - 1);
        if (end < text.length) assert.ok(!(c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(end) & 0xfc00) === 0xdc00), `cut inside a surrogate pair at ${end}`);
        // (a section that does not end after a blank line has none wholly in its last quarter)
        if (end < text.length && !text.startsWith('\n\n', end - 2)) {
          const blank = text.lastIndexOf('\n\n', from + size - 2);
          assert.ok(blank < from + size - (size >> 2), `section ${from}-${end} passes over the blank line at ${blank}`);
        }
        from = end;
      }
      assert.equal(from, text.length);
    }),
    { numRuns: 300 },
  );
});

test('a long text is redacted in sections as a whole: one set of tags throughout, a name found in one section caught bare in the sections after, the same spans as the text whole', () => {
  const filler = 'Discussed sleep, routine and the college timetable; plan reviewed and agreed.\n\n';
  let middle = '';
  while (middle.length < SECTIONS_FROM + 100_000) middle += filler;
  // ("Summer came too." alone is no name: it is one here because "Mum (Summer)" named her sections before)
  const text = 'Mum (Summer) rang the office.\n\nSarah Jones attended.\n\n' + middle + 'Summer came too. Sarah Jones left at four.';
  assert.ok(text.length > SECTIONS_FROM);
  const r = redactor.redact(text, { people: [{ role: 'client', name: 'Sarah Jones' }] });
  checkShape(text, r);
  const summer = r.entities.filter((e) => e.text === 'Summer');
  assert.equal(summer.length, 2, 'Summer in the first section and bare in the last');
  assert.equal(summer[0]!.replacement, summer[1]!.replacement);
  assert.ok(redactor.redact('Summer came too.').entities.length === 0);
  const sarah = r.entities.filter((e) => e.text === 'Sarah Jones');
  assert.deepEqual(sarah.map((e) => e.replacement), ['[CLIENT]', '[CLIENT]']);
  assert.ok(!r.text.includes('Summer') && !r.text.includes('Sarah'));
  // a text of notes long enough for four sections gets the entities and tags it gets as a whole (in sections once
  // blank filler after it makes it long): the same spans, the same pseudonyms
  const notes = notesText(SECTIONS_FROM - 20_000);
  const whole = redactor.redact(notes);
  const long = redactor.redact(notes + 'x '.repeat(SECTIONS_FROM / 2));
  assert.ok(whole.entities.length > 1000);
  assert.deepEqual(long.entities, whole.entities);
});

test('a long text on one line (sections end at spaces): a known name is never left in, whatever section boundary falls inside it, and keeps one tag', () => {
  const known = { people: [{ role: 'client' as const, name: 'Sarah Jones' }, { role: 'third-party' as const, relationship: 'colleague', name: 'Tom Baker' }] };
  let s = '';
  for (let i = 0; s.length < SECTIONS_FROM + 200_000; i++) s += `word${i % 97} Sarah Jones and Tom Baker spoke on 0770090${String(i % 1000).padStart(4, '0')} `;
  const r = redactor.redact(s, known);
  checkShape(s, r);
  const lower = r.text.toLowerCase();
  assert.ok(!lower.includes('sarah') && !lower.includes('jones') && !lower.includes('baker'));
  assert.deepEqual([...new Set(r.entities.filter((e) => e.type === 'PERSON').map((e) => e.replacement))].sort(), ['[CLIENT]', '[COLLEAGUE-1]']);
});
