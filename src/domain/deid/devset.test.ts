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
const fixture = (name: string) => `${ROOT}test/fixtures/deid-${name}.jsonl`;
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

// Sets written blind (by helpers who never read the engine) and scored once before any use: their first scores
// are recorded here. The first five were then used to improve the engine, so they no longer measure it on unseen
// notes: these floors keep what was gained. (First scores, recall / precision / person names left in:
// challenge 0.9207 / 0.9653 / 37; blind 0.9318 / 0.9533 / 19; blind 2 0.9394 / 0.9696 / 16 — held out for a
// session, then used; blind 3 0.9141 / 0.9511 / 28; blind 4 0.9360 / 0.9522 / 27; blind 7 0.9538 / 0.9606 / 7;
// blind 8 0.9291 / 0.9559 / 25; blind 10 0.9295 / 0.9586 / 29; blind 13 0.9556 / 0.9500 / 10; blind 15 0.9453 / 0.9695 / 6; blind 16 0.9170 / 0.9750 / 11; blind 19 0.9451 / 0.9748 / 11; blind 20 0.9415 / 0.9544 / 23; blind 24, with six notes of voice-to-text dictation in lower case, 0.8644 / 0.9644 / 33; blind 27 0.9631 / 0.9718 / 15; blind 29 0.9701 / 0.9584 / 7; blind 31 0.9435 / 0.9687 / 14; blind 33 0.9626 / 0.9759 / 3; blind 37 0.9341 / 0.9579 / 26; blind 39 0.9530 / 0.9709 / 10; blind 40 0.9354 / 0.9657 / 6; blind 41 0.9644 / 0.9614 / 6; blind 42 0.9539 / 0.9720 / 8; blind 45 0.9200 / 0.9755 / 14; blind 46 0.9801 / 0.9590 / 3; blind 47 0.9633 / 0.9797 / 16; written in the fourteenth round of docs/deid.md and scored first with the engine as it began: blind 51 0.9683 / 0.9806 / 5, blind 52 0.9692 / 0.9735 / 3, blind 53 0.9716 / 0.9839 / 6, blind 55 0.9688 / 0.9578 / 9, blind 57 0.9582 / 0.9766 / 7, blind 60 0.9224 / 0.9789 / 29; written in the sixteenth round and scored first with the engine as it began: blind 72 0.9659 / 0.9897 / 0, blind 73 0.9579 / 0.9811 / 8, blind 75 0.9699 / 0.9787 / 3, blind 76, with eleven dictated notes, 0.7410 / 0.9793 / 23, blind 78 0.9503 / 0.9821 / 6, blind 79 0.9791 / 0.9800 / 2, blind 81 0.9887 / 0.9875 / 1, blind 83 0.9685 / 0.9864 / 4, blind 84 0.9674 / 0.9819 / 6, blind 86 0.9863 / 0.9852 / 6, blind 88 0.9787 / 0.9650 / 2.)
const TUNED: [string, number, { recall: number; precision: number; leaks: number }][] = [
  ['challenge', 40, { recall: 0.988, precision: 0.995, leaks: 1 }],
  ['blind', 30, { recall: 0.987, precision: 0.996, leaks: 2 }],
  ['blind2', 30, { recall: 0.986, precision: 0.992, leaks: 2 }],
  ['blind3', 30, { recall: 0.987, precision: 0.98, leaks: 1 }],
  ['blind4', 30, { recall: 0.982, precision: 0.985, leaks: 3 }],
  ['blind7', 30, { recall: 0.982, precision: 0.993, leaks: 1 }],
  ['blind8', 30, { recall: 0.972, precision: 0.985, leaks: 4 }],
  ['blind10', 30, { recall: 0.975, precision: 0.985, leaks: 9 }],
  ['blind13', 30, { recall: 0.979, precision: 0.982, leaks: 5 }],
  ['blind15', 30, { recall: 0.977, precision: 0.981, leaks: 2 }],
  ['blind16', 30, { recall: 0.957, precision: 0.986, leaks: 3 }],
  ['blind19', 30, { recall: 0.972, precision: 0.987, leaks: 7 }],
  ['blind20', 30, { recall: 0.972, precision: 0.976, leaks: 8 }],
  ['blind24', 30, { recall: 0.925, precision: 0.984, leaks: 15 }],
  ['blind27', 30, { recall: 0.981, precision: 0.986, leaks: 4 }],
  ['blind29', 30, { recall: 0.984, precision: 0.979, leaks: 2 }],
  ['blind31', 30, { recall: 0.972, precision: 0.985, leaks: 5 }],
  ['blind33', 30, { recall: 0.971, precision: 0.991, leaks: 2 }],
  ['blind37', 30, { recall: 0.969, precision: 0.969, leaks: 12 }],
  ['blind39', 30, { recall: 0.978, precision: 0.977, leaks: 4 }],
  ['blind40', 30, { recall: 0.958, precision: 0.982, leaks: 0 }],
  ['blind41', 30, { recall: 0.973, precision: 0.979, leaks: 4 }],
  ['blind42', 30, { recall: 0.975, precision: 0.98, leaks: 5 }],
  ['blind45', 30, { recall: 0.938, precision: 0.984, leaks: 7 }],
  ['blind46', 30, { recall: 0.992, precision: 0.977, leaks: 0 }],
  ['blind47', 30, { recall: 0.975, precision: 0.985, leaks: 6 }],
  ['blind51', 30, { recall: 0.983, precision: 0.994, leaks: 4 }],
  ['blind52', 30, { recall: 0.988, precision: 0.997, leaks: 2 }],
  ['blind53', 30, { recall: 0.977, precision: 0.995, leaks: 2 }],
  ['blind55', 30, { recall: 0.978, precision: 0.972, leaks: 8 }],
  ['blind57', 30, { recall: 0.967, precision: 0.98, leaks: 6 }],
  ['blind60', 30, { recall: 0.94, precision: 0.981, leaks: 16 }],
  ['blind61', 30, { recall: 0.957, precision: 0.983, leaks: 7 }],
  ['blind63', 30, { recall: 0.985, precision: 0.984, leaks: 2 }],
  ['blind64', 30, { recall: 0.964, precision: 0.986, leaks: 16 }],
  ['blind68', 30, { recall: 0.969, precision: 0.971, leaks: 5 }],
  ['blind69', 30, { recall: 0.939, precision: 0.98, leaks: 15 }],
  ['blind72', 30, { recall: 0.967, precision: 0.991, leaks: 0 }],
  ['blind73', 30, { recall: 0.968, precision: 0.982, leaks: 3 }],
  ['blind75', 30, { recall: 0.976, precision: 0.978, leaks: 1 }],
  ['blind76', 30, { recall: 0.895, precision: 0.983, leaks: 17 }],
  ['blind78', 30, { recall: 0.951, precision: 0.984, leaks: 5 }],
  ['blind79', 30, { recall: 0.979, precision: 0.981, leaks: 2 }],
  ['blind81', 30, { recall: 0.989, precision: 0.987, leaks: 1 }],
  ['blind83', 30, { recall: 0.97, precision: 0.986, leaks: 2 }],
  ['blind84', 30, { recall: 0.972, precision: 0.984, leaks: 3 }],
  ['blind86', 30, { recall: 0.989, precision: 0.987, leaks: 3 }],
  ['blind88', 30, { recall: 0.978, precision: 0.97, leaks: 2 }],
];
for (const [name, size, f] of TUNED) {
  test(`${name} set (ours, ${size} notes, written blind, then used): recall >= ${f.recall}, precision >= ${f.precision}, at most ${f.leaks} person names left in`, () => {
    floors(fixture(name), size, f);
  });
}

// Held out: written blind after the changes of their session and never used to change the engine, so their
// scores are the honest figures for unseen notes (with the engine as that session began: blind 5 0.9332 /
// 0.9635 / 33, blind 6 0.9199 / 0.9603 / 33, blind 9 0.9278 / 0.9705 / 18, blind 11 0.9477 / 0.9620 / 20, blind 12 0.9589 / 0.9811 / 8, blind 14 0.9539 / 0.9631 / 10, blind 17 0.9367 / 0.9531 / 12, blind 18 0.9653 / 0.9766 / 15, blind 21 0.9432 / 0.9690 / 28, blind 22 0.9369 / 0.9593 / 21, blind 23 0.9562 / 0.9734 / 13, blind 25 0.9662 / 0.9862 / 14, blind 26 0.9463 / 0.9627 / 6, blind 28 0.9410 / 0.9750 / 21, blind 30 0.9531 / 0.9625 / 9, blind 32 0.9559 / 0.9762 / 7, blind 34 0.9411 / 0.9686 / 5, blind 35 — written after the eleventh round's rules — 0.9760 / 0.9845 / 7, blind 36 — written at the start of the twelfth — 0.9529 / 0.9667 / 7, blind 38 — written during it, scored first with its starting engine — 0.9753 / 0.9693 / 2; blind 43 0.9690 / 0.9664 / 6 and blind 44 0.9553 / 0.9681 / 12, written in the thirteenth round; blind 48 0.9393 / 0.9684 / 5, blind 49 0.9641 / 0.9785 / 10 and blind 50 0.8998 / 0.9824 / 16, written in the fourteenth, 48 scored with the engine of its middle, 49 and 50 with the engine of its end; blind 54 0.9442 / 0.9775 / 12, blind 56 0.9517 / 0.9627 / 5, blind 58 0.9656 / 0.9758 / 8 and blind 59 0.9709 / 0.9818 / 3, written in the fourteenth round of docs/deid.md, with the engine as that round began; blind 62 0.9821 / 0.9701 / 3, blind 65 0.9666 / 0.9901 / 4, blind 66 0.9510 / 0.9728 / 7, blind 67 0.9590 / 0.9777 / 1 and blind 70 0.9404 / 0.9796 / 19, written in the fifteenth round, with the engine as that round began; blind 71 0.9639 / 0.9834 / 10, blind 74 0.9648 / 0.9880 / 8, blind 77 0.9628 / 0.9856 / 4, blind 80 0.9757 / 0.9847 / 7, blind 82 0.9882 / 0.9894 / 0, blind 85 0.9696 / 0.9805 / 3, blind 87 0.9706 / 0.9829 / 3 and blind 89 0.9646 / 0.9814 / 7, written in the sixteenth, with the engine as it began).
// Floors only, so that they keep measuring; do not tune against them.
const HELD_OUT: [string, number, { recall: number; precision: number; leaks: number }][] = [
  ['blind5', 30, { recall: 0.965, precision: 0.982, leaks: 18 }],
  ['blind6', 30, { recall: 0.967, precision: 0.986, leaks: 9 }],
  ['blind9', 30, { recall: 0.959, precision: 0.985, leaks: 11 }],
  ['blind11', 30, { recall: 0.958, precision: 0.978, leaks: 16 }],
  ['blind12', 30, { recall: 0.978, precision: 0.993, leaks: 4 }],
  ['blind14', 30, { recall: 0.972, precision: 0.973, leaks: 9 }],
  ['blind17', 30, { recall: 0.952, precision: 0.974, leaks: 11 }],
  ['blind18', 30, { recall: 0.974, precision: 0.989, leaks: 15 }],
  ['blind21', 30, { recall: 0.966, precision: 0.97, leaks: 19 }],
  ['blind22', 30, { recall: 0.959, precision: 0.972, leaks: 12 }],
  ['blind23', 30, { recall: 0.969, precision: 0.979, leaks: 9 }],
  ['blind25', 30, { recall: 0.978, precision: 0.991, leaks: 9 }],
  ['blind26', 30, { recall: 0.97, precision: 0.975, leaks: 5 }],
  ['blind28', 30, { recall: 0.96, precision: 0.985, leaks: 17 }],
  ['blind30', 30, { recall: 0.964, precision: 0.97, leaks: 8 }],
  ['blind32', 30, { recall: 0.974, precision: 0.984, leaks: 5 }],
  ['blind34', 30, { recall: 0.965, precision: 0.975, leaks: 4 }],
  ['blind35', 30, { recall: 0.98, precision: 0.984, leaks: 6 }],
  ['blind36', 30, { recall: 0.967, precision: 0.978, leaks: 5 }],
  ['blind38', 30, { recall: 0.984, precision: 0.983, leaks: 2 }],
  ['blind43', 30, { recall: 0.972, precision: 0.967, leaks: 5 }],
  ['blind44', 30, { recall: 0.957, precision: 0.98, leaks: 12 }],
  ['blind48', 30, { recall: 0.944, precision: 0.979, leaks: 3 }],
  ['blind49', 30, { recall: 0.969, precision: 0.981, leaks: 9 }],
  ['blind50', 30, { recall: 0.907, precision: 0.983, leaks: 13 }],
  ['blind54', 30, { recall: 0.949, precision: 0.977, leaks: 12 }],
  ['blind56', 30, { recall: 0.954, precision: 0.974, leaks: 5 }],
  ['blind58', 30, { recall: 0.971, precision: 0.98, leaks: 7 }],
  ['blind59', 30, { recall: 0.972, precision: 0.981, leaks: 3 }],
  ['blind62', 30, { recall: 0.982, precision: 0.973, leaks: 3 }],
  ['blind65', 30, { recall: 0.971, precision: 0.991, leaks: 4 }],
  ['blind66', 30, { recall: 0.952, precision: 0.973, leaks: 7 }],
  ['blind67', 30, { recall: 0.962, precision: 0.978, leaks: 1 }],
  ['blind70', 30, { recall: 0.945, precision: 0.981, leaks: 18 }],
  ['blind71', 30, { recall: 0.965, precision: 0.983, leaks: 10 }],
  ['blind74', 30, { recall: 0.966, precision: 0.988, leaks: 7 }],
  ['blind77', 30, { recall: 0.966, precision: 0.985, leaks: 3 }],
  ['blind80', 30, { recall: 0.975, precision: 0.984, leaks: 7 }],
  ['blind82', 30, { recall: 0.988, precision: 0.989, leaks: 0 }],
  ['blind85', 30, { recall: 0.969, precision: 0.98, leaks: 3 }],
  ['blind87', 30, { recall: 0.97, precision: 0.982, leaks: 3 }],
  ['blind89', 30, { recall: 0.964, precision: 0.981, leaks: 7 }],
];
for (const [name, size, f] of HELD_OUT) {
  test(`${name} set (ours, ${size} notes, held out): recall >= ${f.recall}, precision >= ${f.precision}, at most ${f.leaks} person names left in`, () => {
    floors(fixture(name), size, f);
  });
}

test('scoring matches the shared scorer on a hand-made case (tokens, touched tokens, leaks)', () => {
  const gold: GoldNote[] = [{ id: 'a', text: "Tom's dog met Ann Lee.", entities: [{ type: 'PERSON', start: 0, end: 3, text: 'Tom' }, { type: 'PERSON', start: 14, end: 21, text: 'Ann Lee' }] }];
  const s = scoreNotes(gold, new Map([['a', [{ start: 0, end: 5 }, { start: 14, end: 17 }]]]));
  assert.equal(s.goldTokens, 3); // Tom, Ann, Lee
  assert.equal(s.caught, 2);
  assert.equal(s.predicted, 3); // Tom, s, Ann
  assert.equal(s.correct, 2);
  assert.equal(s.personLeaks, 1);
});
