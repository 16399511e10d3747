// The development set of the shared devset (../shared/devset/deid-dev.jsonl) and our own extra synthetic set
// (test/fixtures/deid-extra.jsonl), scored in-process with the definitions of score-deid.mjs: token recall
// and precision, and the number of PERSON entities left in. Targets from issue 5.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildResources, createRedactor, defaultGazetteers, scoreNotes, type GoldNote, type Known } from './index.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DEV = `${ROOT}../shared/devset/deid-dev.jsonl`;
const EXTRA = `${ROOT}test/fixtures/deid-extra.jsonl`;
const CHALLENGE = `${ROOT}test/fixtures/deid-challenge.jsonl`;
const BLIND = `${ROOT}test/fixtures/deid-blind.jsonl`;
const BLIND2 = `${ROOT}test/fixtures/deid-blind2.jsonl`;
const redactor = createRedactor(buildResources(defaultGazetteers));

function score(path: string) {
  assert.ok(existsSync(path), `missing ${path}`);
  const notes = readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GoldNote & { known?: Known });
  const predicted = new Map(notes.map((n) => [n.id, redactor.redact(n.text, n.known ?? {}).entities]));
  return { notes, s: scoreNotes(notes, predicted) };
}

test('dev set: token recall >= 0.98, precision >= 0.90, no person name left in any note', () => {
  const { notes, s } = score(DEV);
  assert.equal(notes.length, 40);
  assert.deepEqual(s.missed.filter((m) => m.type === 'PERSON'), [], 'person names left in');
  assert.equal(s.personLeaks, 0);
  assert.ok(s.recall >= 0.98, `recall ${s.recall.toFixed(4)}`);
  assert.ok(s.precision >= 0.9, `precision ${s.precision.toFixed(4)}`);
});

test('extra set (ours, 22 notes): the same targets', () => {
  const { s } = score(EXTRA);
  assert.equal(s.personLeaks, 0);
  assert.ok(s.recall >= 0.98, `recall ${s.recall.toFixed(4)}`);
  assert.ok(s.precision >= 0.9, `precision ${s.precision.toFixed(4)}`);
});

/** A set's floors: at least `recall` and `precision`, at most `leaks` person names left in. */
function floors(path: string, size: number, f: { recall: number; precision: number; leaks: number }) {
  const { notes, s } = score(path);
  assert.equal(notes.length, size);
  assert.ok(s.personLeaks <= f.leaks, `${s.personLeaks} person names left in`);
  assert.ok(s.recall >= f.recall, `recall ${s.recall.toFixed(4)}`);
  assert.ok(s.precision >= f.precision, `precision ${s.precision.toFixed(4)}`);
}

// The challenge set was written blind (without reading the engine) and first scored recall 0.9207, precision
// 0.9653, 37 person names left in; the engine was then improved against it, so it is no longer a blind measure:
// these floors keep what was gained.
test('challenge set (ours, 40 harder notes): recall >= 0.97, precision >= 0.985, at most 3 person names left in', () => {
  floors(CHALLENGE, 40, { recall: 0.97, precision: 0.985, leaks: 3 });
});

// The blind set was written the same way after the challenge set's changes; its first score (recall 0.9318,
// precision 0.9533, 19 person names left in; 0.9202 / 0.9506 / 26 before this round of changes) was recorded
// before it was used, and it then guided more changes: these floors keep what was gained.
test('blind set (ours, 30 notes): recall >= 0.965, precision >= 0.98, at most 11 person names left in', () => {
  floors(BLIND, 30, { recall: 0.965, precision: 0.98, leaks: 11 });
});

// The second blind set was written after every change of the session and has never been used to change the
// engine: its score is the honest figure for unseen notes (0.9208 / 0.9588 / 25 with the engine as the session
// began). Floors only, so that it keeps measuring; do not tune against it.
test('second blind set (ours, 30 notes, never used for changes): recall >= 0.93, precision >= 0.96, at most 16 person names left in', () => {
  floors(BLIND2, 30, { recall: 0.93, precision: 0.96, leaks: 16 });
});

test('scoring matches the shared scorer on a hand-made case (tokens, touched tokens, leaks)', () => {
  const gold: GoldNote[] = [{ id: 'a', text: "Tom's dog met Ann Lee.", entities: [{ type: 'PERSON', start: 0, end: 3, text: 'Tom' }, { type: 'PERSON', start: 14, end: 21, text: 'Ann Lee' }] }];
  const s = scoreNotes(gold, new Map([['a', [{ start: 0, end: 5 }, { start: 14, end: 17 }]]]));
  assert.equal(s.goldTokens, 3); // Tom, Ann, Lee
  assert.equal(s.caught, 2);
  assert.equal(s.predicted, 3); // Tom, s, Ann
  assert.equal(s.correct, 2);
  assert.equal(s.personLeaks, 1);
});
