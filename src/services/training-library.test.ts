// The shipped training library: loads, is big enough, and the decision engine agrees with every
// scenario's expected outcome (training and practice must never disagree). Bad files give file:line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assessFacts } from './assess.js';
import { loadTrainingLibrary, parseTrainingFile } from './training-library.js';

const lib = loadTrainingLibrary();

test('at least 40 scenarios across IAG, counselling, psychology, social work and mentoring, and 10 exercises', () => {
  assert.ok(lib.scenarios.length >= 40, `${lib.scenarios.length} scenarios`);
  assert.ok(lib.exercises.length >= 10, `${lib.exercises.length} exercises`);
  const professions = new Set(lib.scenarios.map((s) => s.tags.profession));
  for (const p of ['iag', 'counselling', 'psychology', 'social-work', 'mentoring']) assert.ok(professions.has(p as never), p);
  for (const e of lib.exercises) assert.ok(e.actions.some((a) => a.mark === 'ethical') && e.actions.some((a) => a.mark === 'unethical'), `${e.id} has both marks`);
});

test('the engine agrees with every shipped scenario (verdict and any flags the scenario states)', () => {
  const disagreements: string[] = [];
  for (const s of lib.scenarios) {
    const out = assessFacts(s.facts);
    assert.ok(out.ok, `${s.id}: facts rejected`);
    if (!out.ok) continue;
    const r = out.result;
    if (r.verdict !== s.expect.verdict) disagreements.push(`${s.id}: engine ${r.verdict}, scenario ${s.expect.verdict}`);
    for (const k of ['informClientFirst', 'approvalRequired'] as const) {
      if (s.expect[k] !== undefined && s.expect[k] !== r[k]) disagreements.push(`${s.id}: ${k} engine ${r[k]}, scenario ${s.expect[k]}`);
    }
  }
  assert.deepEqual(disagreements, []);
});

test('a malformed training file is refused with the line of each problem', () => {
  const text = [
    'scenarios:',
    '  - id: t-x-01',
    '    title: "A title"',
    '    narrative: "A narrative that is long enough to be accepted by the schema here."',
    '    facts: { jurisdiction: GB-ENG, profession: iag, concern: risk-to-selff, imminence: unlikely, severity: minor, clientConsent: given, limitsExplained: true }',
    '    expect: { verdict: maintain }',
    '    notes: "Teaching notes that are long enough."',
    '    tags: { profession: iag, jurisdiction: GB-ENG, concern: risk-to-self, difficulty: easy }',
  ].join('\n');
  const r = parseTrainingFile('/tmp/bad-training.yaml', text);
  assert.equal(r.library, undefined);
  assert.equal(r.problems.length, 1);
  assert.equal(r.problems[0]!.line, 8);
  assert.match(r.problems[0]!.message, /tags\.difficulty/);
  const r2 = parseTrainingFile('/tmp/bad-training.yaml', text.replace('difficulty: easy', 'difficulty: foundation'));
  assert.equal(r2.problems.length, 1);
  assert.equal(r2.problems[0]!.line, 5);
  assert.match(r2.problems[0]!.message, /facts\.concern/);
});
