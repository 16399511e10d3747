import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { detectRisk, summariseRisk, type RiskFinding } from './index.js';
import { detectRiskUnfiltered } from './detect.js';
import { evaluate } from './evaluation.js';
import { labelled } from './fixtures/labelled.js';
import { heldOut1 } from './fixtures/held-out-1.js';
import { heldOut2 } from './fixtures/held-out-2.js';
import { heldOut3 } from './fixtures/held-out-3.js';
import { heldOut4 } from './fixtures/held-out-4.js';

const cats = (text: string, opts = {}) => [...new Set(detectRisk(text, opts).map((f) => f.category))].sort();
const one = (text: string, category: string): RiskFinding => {
  const f = detectRisk(text).find((x) => x.category === category);
  assert.ok(f, `expected ${category} in: ${text}`);
  return f;
};

test('finds current suicidal thoughts and prompts in plain words', () => {
  const f = one('She said she wants to kill herself.', 'risk-to-self');
  assert.equal(f.evidence, 'current');
  assert.equal(f.negated, false);
  assert.match(f.prompt, /^This note mentions possible suicidal thoughts\. Raise a concern\?$/);
});

test('negation: denials, absences and the practitioner\'s routine checks are not prompted', () => {
  for (const t of ['Denies any thoughts of suicide.', 'Risk assessed: no current suicidal ideation, intent or plan.', 'Suicidal ideation: none.',
    'Self-harm thoughts denied.', 'PHQ-9 completed; item 9 scored 0.', 'No evidence of self-neglect.', 'He has never been violent towards anyone.']) {
    assert.deepEqual(cats(t), [], t);
  }
  const kept = detectRisk('Denies any thoughts of suicide.', { includeNegated: true });
  assert.ok(kept.length > 0 && kept.every((f) => f.negated && f.prompt === ''));
});

test('negation scope ends at "but", "however" and a new clause', () => {
  assert.deepEqual(cats('Denies suicidal intent, however she has been cutting again this week.'), ['risk-to-self']);
  assert.deepEqual(cats('No plan, but thoughts of death are present most days.'), ['risk-to-self']);
  assert.deepEqual(cats("If things don't improve she says she might hurt herself."), ['risk-to-self']);
});

test('time: past-only mentions are kept as history, current cues win', () => {
  assert.equal(one('Took an overdose two years ago, none since.', 'risk-to-self').evidence, 'past');
  assert.equal(one('She stopped self-harming about a year ago.', 'risk-to-self').evidence, 'past');
  assert.match(one('He used to cut himself at school.', 'risk-to-self').prompt, /history of self-harm.*check the current risk/);
  assert.equal(one('Used to self-harm as a teenager and has started cutting again this week.', 'risk-to-self').evidence, 'current');
});

test('reported speech is labelled as reported; the client\'s own disclosure is not', () => {
  assert.equal(one('Her mother told me she found blades hidden in her bedroom.', 'risk-to-self').evidence, 'reported');
  assert.equal(one('According to her partner, she has been talking about suicide.', 'risk-to-self').evidence, 'reported');
  assert.equal(one('She told me her stepdad hits her with a belt.', 'child-protection').evidence, 'current');
});

test('hypotheticals and worries are prompted as such', () => {
  assert.equal(one('I am worried he may harm himself over the weekend.', 'risk-to-self').evidence, 'hypothetical');
  // A conditional threat is a threat made now.
  assert.equal(one('He said that if his girlfriend leaves him he will kill her.', 'risk-to-others').evidence, 'current');
});

test('near misses do not prompt', () => {
  for (const t of ['She is killing it at work.', 'Dying to see the film.', 'Has cut down on caffeine.', 'He shot a video for his portfolio.',
    'The deadline is killing me.', "He'll bomb the exam if he doesn't revise.", 'Crushing it in the new job.', 'Had a panic attack on the bus.',
    'She is practising radical acceptance.', 'Dog grooming apprenticeship starts soon.', 'Explained limits of confidentiality, including risk of harm to self or others.']) {
    assert.deepEqual(cats(t), [], t);
  }
});

test('threats to others: target named; a partner threatening the client is abuse of the client', () => {
  const fs = detectRisk('Client threatened to stab his manager, Dave Pearce, if he is sacked.');
  assert.ok(fs.some((f) => f.category === 'risk-to-others' && f.indicator === 'threat'));
  const target = fs.find((f) => f.indicator === 'named-target');
  assert.ok(target);
  assert.equal('Client threatened to stab his manager, Dave Pearce, if he is sacked.'.slice(target.start, target.end), 'his manager');
  assert.deepEqual(cats('Her ex-partner has threatened to kill her.'), ['adult-safeguarding']);
});

test('child or adult: settled from the words, or from what the case knows', () => {
  assert.deepEqual(cats('Her partner hits her in front of the children.'), ['adult-safeguarding', 'child-protection']);
  assert.deepEqual(cats('He said his dad hits him.'), ['child-protection']);
  assert.deepEqual(cats('He said his dad hits him.', { clientIsChild: false }), ['adult-safeguarding']);
  assert.deepEqual(cats('He was left alone to finish the test.'), []);
  assert.deepEqual(cats('He was left alone to finish the test.', { clientIsChild: true }), ['child-protection']);
});

test('offsets are UTF-16, inside the text, and cover the evidence', () => {
  const text = '😀 “Fine” she said. 🙂 Denies nothing of the sort — she wants to end it all ✨. Her mother said he threatened to hit her.';
  const fs = detectRisk(text);
  assert.ok(fs.length >= 1);
  const f = fs.find((x) => x.category === 'risk-to-self')!;
  assert.equal(text.slice(f.start, f.end), 'end it all');
});

test('summariseRisk gives hints for the concern form, never a decision', () => {
  const s = summariseRisk(detectRisk('She has a plan to jump from the car park on Friday. Her stepdad hits her.'));
  assert.equal(s.prompt, true);
  const self = s.concerns.find((c) => c.concern === 'risk-to-self')!;
  assert.equal(self.severity, 'life-threatening');
  assert.equal(self.imminence, 'foreseeable');
  assert.ok(s.concerns.some((c) => c.concern === 'child-protection'));
  const past = summariseRisk(detectRisk('Took an overdose two years ago, none since.'));
  assert.equal(past.concerns[0]!.evidence, 'past');
  assert.equal(past.concerns[0]!.imminence, 'unknown');
  assert.deepEqual(summariseRisk([]), { prompt: false, concerns: [] });
});

test('property: never throws; offsets valid; deterministic (incl. lone surrogates)', () => {
  const unit = fc.oneof(
    fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)),
    fc.constantFrom(' ', '.', '\n', "'", '’', 'kill', 'herself', ' not ', 'denies ', 'self-harm', 'said ', 'if ', 'her dad hits her', 'FGM', 'SI', 'years ago'),
  );
  fc.assert(fc.property(fc.array(unit, { maxLength: 300 }).map((xs) => xs.join('')), (text) => {
    const fs = detectRisk(text);
    for (const f of fs) {
      assert.ok(f.start >= 0 && f.end <= text.length && f.start < f.end);
      assert.equal(f.negated, false);
      assert.ok(f.prompt.length > 0);
    }
    assert.deepEqual(detectRisk(text), fs);
  }), { numRuns: 300 });
});

test('the literal prefilter changes nothing', () => {
  const texts = [...labelled, ...heldOut1, ...heldOut2, ...heldOut3, ...heldOut4].map((s) => s.text);
  texts.push(texts.join(' '), texts.join('\n'));
  for (const t of texts) assert.deepEqual(detectRisk(t, { includeNegated: true }), detectRiskUnfiltered(t, { includeNegated: true }), t.slice(0, 80));
});

/** About 1 MB of synthetic notes: ordinary session prose with a risk sentence in roughly one of twenty. */
function megabyteOfNotes(): string {
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
  const ordinary = ['Discussed her options for the apprenticeship and next steps with the college.', 'She feels more settled and has been sleeping better.',
    'We reviewed the action plan and agreed three goals for the next session.', 'He has applied for two jobs in retail and has an interview on Monday.',
    'Talked through the feedback from her placement; she was pleased with it.', 'Mood 6/10, eating and sleeping well, enjoying the course.'];
  let text = '';
  while (text.length < 1_000_000) {
    text += rand() % 20 === 0 ? labelled[rand() % labelled.length]!.text : ordinary[rand() % ordinary.length]!;
    text += rand() % 8 === 0 ? '\n\n' : ' ';
  }
  return text;
}

// A guard against catastrophic (super-linear) behaviour, not a speed test: the speed figure (1 MB in about
// 130–300 ms) is measured by bench/risk.bench.ts, where timing belongs; a shared CI machine must not fail this.
test('1 MB of notes in linear time (under 2 s, best of 3)', () => {
  const text = megabyteOfNotes();
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) { const t0 = performance.now(); detectRisk(text); runs.push(performance.now() - t0); }
  assert.ok(Math.min(...runs) < 2000, `best of 3: ${Math.min(...runs).toFixed(0)} ms`);
});

test('linear time on adversarial input: 1 MB of cue words without full stops, and 1 MB of one letter', () => {
  const dense = 'she said he wants to kill her dad not since cut '.repeat(21000);
  for (const text of [dense, 'a'.repeat(1_000_000), '\uD800'.repeat(500_000)]) {
    const t0 = performance.now();
    detectRisk(text);
    assert.ok(performance.now() - t0 < 5000);
  }
});

test('evaluation on the labelled set meets the thresholds (risk-to-self recall ≥ 0.95, overall precision ≥ 0.85)', () => {
  assert.ok(labelled.length >= 150);
  const r = evaluate(labelled, (t) => detectRisk(t));
  assert.ok(r.perCategory['risk-to-self'].recall >= 0.95, JSON.stringify(r.perCategory['risk-to-self']));
  assert.ok(r.overall.precision >= 0.85, JSON.stringify(r.overall));
});

test('held-out sets are evaluated (figures reported in docs/risk.md, honestly below the targets; not asserted)', () => {
  assert.ok(heldOut1.length >= 40 && heldOut2.length >= 40 && heldOut3.length >= 40 && heldOut4.length >= 40);
  for (const set of [heldOut1, heldOut2, heldOut3, heldOut4]) assert.equal(evaluate(set, (t) => detectRisk(t)).sentences, set.length);
});
