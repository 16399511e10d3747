// The pure part of consultations (U1): the packet from a draft and the strict identifier check. Property-style:
// a few hundred generated synthetic people (faker's names of many locales), planted in a summary and notes in
// the ways notes write them (possessive, first name only, capitals, nickname, date of birth in another format,
// phone with other spacing, address); none may survive into the packet text, and the strict check must find each
// of them when they are put back. No database: fast.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { allFakers } from '@faker-js/faker';
import { buildPacket, dateSpellings, identifierProblems, sendProblems, unmarkRefusal, withMarks, type Draft } from './consultations.js';
import type { Known } from '../domain/deid/index.js';

const LOCALES = ['en_GB', 'en_US', 'en_AU', 'en_IE', 'de', 'fr', 'pl', 'es', 'it', 'nl', 'tr', 'vi', 'yo_NG', 'ro', 'sv', 'pt_BR'] as const;
const ASCII_NAME = /^[A-Za-zÀ-ÖØ-öø-ÿ'-]{3,}$/;

interface Person {
  first: string;
  last: string;
  friendFirst: string;
  friendLast: string;
  dob: string;
  phone: string;
}

function generate(seed: number, locale: (typeof LOCALES)[number]): Person | null {
  const f = allFakers[locale];
  f.seed(seed);
  const first = f.person.firstName();
  const last = f.person.lastName();
  const friendFirst = f.person.firstName();
  const friendLast = f.person.lastName();
  if (![first, last, friendFirst, friendLast].every((n) => ASCII_NAME.test(n))) return null;
  if (new Set([first, last, friendFirst, friendLast].map((n) => n.toLowerCase())).size < 4) return null;
  const d = f.date.birthdate({ min: 18, max: 80, mode: 'age', refDate: new Date('2026-01-01T00:00:00Z') });
  return { first, last, friendFirst, friendLast, dob: d.toISOString().slice(0, 10), phone: `07700 9${String(seed % 100000).padStart(5, '0')}` };
}

/** 200 generated people (800 names) from 16 locales, made once; fast-check picks among them and shrinks to one. */
const POOL: Person[] = [];
for (let seed = 1; POOL.length < 200 && seed < 2000; seed++) {
  const p = generate(seed * 7919, LOCALES[seed % LOCALES.length]!);
  if (p) POOL.push(p);
}
const person = fc.integer({ min: 0, max: POOL.length - 1 }).map((i): Person | null => POOL[i] ?? null);

function caseOf(p: Person): { known: Known; draft: Draft } {
  const known: Known = {
    people: [
      { role: 'client', name: `${p.first} ${p.last}` },
      { role: 'third-party', relationship: 'colleague', name: `${p.friendFirst} ${p.friendLast}` },
    ],
    identifiers: [p.phone],
    dates: [p.dob],
  };
  const [y, m, d] = p.dob.split('-');
  const summary = `${p.first} ${p.last} asked for help. ${p.first}'s manager ${p.friendFirst.toUpperCase()} ${p.friendLast} has been hostile. ${p.last.toUpperCase()} said it started in spring.`;
  const notes = [
    { id: 'n1', text: `Met ${p.first} today. ${p.friendFirst}'s remarks continue and ${p.friendLast} copied others in. Date of birth ${d}/${m}/${y}. Phone ${p.phone.replace(/\s/g, '')}.` },
    { id: 'n2', text: `${p.first} feels low. Mr ${p.friendLast} was not in the meeting. Discussed mediation and the reporting channel.` },
  ];
  return { known, draft: { summary, notes, marks: [], unmarks: [] } };
}

function survivors(text: string, p: Person): string[] {
  const [y, m, d] = p.dob.split('-');
  const needles = [p.first, p.last, p.friendFirst, p.friendLast, p.phone.replace(/\s/g, ''), `${d}/${m}/${y}`];
  return needles.filter((n) => new RegExp(`(?<![\\p{L}\\p{N}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu').test(text));
}

test('property: no generated name, date of birth or phone survives into the packet; pseudonyms are consistent', () => {
  let checked = 0;
  fc.assert(
    fc.property(person, (p) => {
      if (!p) return true;
      const { known, draft } = caseOf(p);
      const r = buildPacket(draft, known);
      assert.deepEqual(survivors(r.packetText, p), [], `${JSON.stringify(p)}\n${r.packetText}`);
      assert.deepEqual(r.problems, [], `${JSON.stringify(p)}\n${r.packetText}`);
      // The packet as built passes the check at send (the de-identifier finds nothing more in its own output).
      assert.deepEqual(sendProblems(r.packetText, known, []), [], `${JSON.stringify(p)}\n${r.packetText}`);
      // One tag for the client and one for the colleague across all three parts.
      assert.ok(r.parts.every((part) => part.redacted.includes('[CLIENT]')));
      assert.match(r.parts[1]!.redacted, /\[COLLEAGUE-1\]'s remarks/);
      checked++;
      return true;
    }),
    { numRuns: 200, seed: 20261123 },
  );
  assert.ok(checked >= 150 && POOL.length === 200, `only ${checked} people checked`);
});

test('property: the strict check finds every known identifier put back into a packet', () => {
  fc.assert(
    fc.property(person, fc.constantFrom('first', 'last', 'possessive', 'upper', 'friend', 'phone', 'dob'), (p, how) => {
      if (!p) return true;
      const { known } = caseOf(p);
      const [y, m, d] = p.dob.split('-');
      const word = { first: p.first, last: p.last, possessive: `${p.first}'s`, upper: p.last.toUpperCase(), friend: p.friendLast, phone: p.phone.replace(' ', '-'), dob: `${Number(d)}.${Number(m)}.${y}` }[how];
      const problems = identifierProblems(`[CLIENT] said that ${word} would call back.`, known);
      assert.ok(problems.length > 0, `${how}: ${word} not found`);
      return true;
    }),
    { numRuns: 200, seed: 7 },
  );
});

test('strict check: nickname, initials-free misspelling, address parts, substrings of a distinctive surname; tags ignored', () => {
  const known: Known = { people: [{ role: 'client', name: 'Elizabeth Quennell', aliases: ['Beth'] }, { role: 'third-party', relationship: 'friend', name: 'Rose Mallory-Finch' }], places: ['14 Wrenfield Close, Ashby Magna'], identifiers: ['07700 900461'], dates: ['1991-04-07'] };
  const found = (s: string) => identifierProblems(s, known);
  assert.deepEqual(found('[CLIENT] met [PERSON-2] at [PLACE-1].'), []);
  assert.ok(found('Lizzie called.').length, 'nickname');
  assert.ok(found('Her tag is quennell91.').includes('quennell91'), 'inside a longer token');
  assert.ok(found('Finch visited.').includes('Finch'), 'part of a hyphenated surname, at the start of a sentence');
  assert.deepEqual(found('the finch sang'), [], 'an ordinary word in lower case is not a name');
  assert.ok(found('She walked down Wrenfield Close.').length, 'address part');
  assert.ok(found('Call 077 0090 0461.').length, 'phone with other spacing');
  assert.ok(found('Born April 7, 1991.').length, 'date of birth in US style');
  assert.ok(dateSpellings('1991-04-07').includes('7th April 1991'));
});

test('marks join the known entities by kind; unmarks of known identifiers, contacts and identifiers are refused', () => {
  const known: Known = { people: [{ role: 'client', name: 'Sam Okafor' }] };
  const k = withMarks(known, [{ text: 'Sammy-O', as: 'client' }, { text: 'Blue Door Cafe', as: 'place' }, { text: 'XJ-99', as: 'other' }]);
  assert.deepEqual(k.people![0]!.aliases, ['Sammy-O']);
  assert.deepEqual(k.places, ['Blue Door Cafe']);
  const draft: Draft = { summary: 'Sammy-O meets friends at Blue Door Cafe; badge XJ-99.', notes: [], marks: [{ text: 'Sammy-O', as: 'client' }, { text: 'Blue Door Cafe', as: 'place' }, { text: 'XJ-99', as: 'other' }], unmarks: [] };
  const r = buildPacket(draft, known);
  assert.doesNotMatch(r.packetText, /Sammy|Blue Door|XJ-99/);
  assert.match(unmarkRefusal('Okafor', known) ?? '', /identifies the client/);
  assert.match(unmarkRefusal('sam.o@example.test', known) ?? '', /stays hidden/);
  assert.match(unmarkRefusal('rk.jones@example.test', known) ?? '', /contact detail, an identifier or an address: these always stay hidden/);
  assert.equal(unmarkRefusal('Kanban', known), null);
  // An unmark is applied only to spans the de-identifier did not tie to the case.
  const kept = buildPacket({ summary: 'Sam used the Kanban board.', notes: [], marks: [], unmarks: ['Kanban', 'Sam'] }, known);
  assert.equal(kept.parts[0]!.redacted, '[CLIENT] used the Kanban board.');
});
