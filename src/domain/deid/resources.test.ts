// The gazetteer sets: the hashed word table over the generated "|"-separated string must answer exactly as a Set of
// the same words, sorted or not, with empty entries, prefixes, and any UTF-16 code units (lone surrogates too).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildResources, defaultGazetteers, type RawGazetteers } from './index.js';

const EMPTY: RawGazetteers = { givenNames: '', surnames: '', commonWords: '', rareWords: '', placeNames: '', publicNames: '', nicknames: '' };

const word = fc.oneof(fc.constantFrom('ann', 'anna', 'annabel', 'an', 'a', 'b', 'zoë', 'zoe', 'ſ', '\uD800', '\uDC00x', '😀', 'aé', 'aÿ', 'a\u007f', 'a~', 'a\u007fb', 'aé~', 'é', 'éa', '\u007f', '\u0000a', 'a\u0000'), fc.string({ maxLength: 6 }).map((s) => s.replace(/\|/g, '')));

test('a sorted list is searched exactly as a set of its words', () => {
  fc.assert(
    fc.property(fc.array(word, { maxLength: 40 }), fc.array(word, { maxLength: 20 }), fc.boolean(), (words, probes, sort) => {
      const list = sort ? [...words].sort() : words;
      const set = new Set(list.filter(Boolean));
      const res = buildResources({ ...EMPTY, givenNames: `|${list.join('|')}||` });
      for (const k of [...list, ...probes]) assert.equal(res.givenNames.has(k), set.has(k), `"${k}" in [${list.join(', ')}]`);
      assert.equal(res.givenNames.has(''), false);
    }),
    { numRuns: 400 },
  );
});

test('every shipped list answers as a set of its words, for its words and their neighbours', () => {
  const res = buildResources(defaultGazetteers);
  for (const name of ['givenNames', 'surnames', 'commonWords', 'rareWords', 'placeNames', 'publicNames'] as const) {
    const words = defaultGazetteers[name].split('|').filter(Boolean);
    const set = new Set(words);
    assert.ok(words.length > 50, `${name} has words`);
    // every 97th word, and what lies just beside it: a prefix, an extension, a changed last letter
    for (let i = 0; i < words.length; i += 97) {
      const w = words[i]!;
      for (const k of [w, w.slice(0, -1), `${w}a`, `${w.slice(0, -1)}~`, w.toUpperCase()]) assert.equal(res[name].has(k), set.has(k), `${name}: "${k}"`);
    }
    assert.equal(res[name].has(''), false);
  }
});
