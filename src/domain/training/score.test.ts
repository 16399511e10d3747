import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareAnswer, disagreements, markExercise, summariseByTopic } from './score.js';

const engine = { verdict: 'escalate' as const, informClientFirst: true, approvalRequired: true, recipients: ['safeguarding-lead' as const] };

test('a full match scores 100; a wrong verdict is not correct and loses half', () => {
  const full = compareAnswer(engine, { verdict: 'escalate', informClientFirst: true, approvalRequired: true, recipients: ['safeguarding-lead'], minimumNecessary: '' });
  assert.deepEqual([full.score, full.correct], [100, true]);
  const wrong = compareAnswer(engine, { verdict: 'maintain', informClientFirst: true, approvalRequired: true, recipients: ['safeguarding-lead'], minimumNecessary: '' });
  assert.deepEqual([wrong.score, wrong.correct], [50, false]);
  const half = compareAnswer(engine, { verdict: 'escalate', informClientFirst: false, approvalRequired: true, recipients: ['safeguarding-lead', 'police'], minimumNecessary: '' });
  assert.equal(half.score, 50 + 15 + 10);
  const none = compareAnswer({ ...engine, recipients: [] }, { verdict: 'escalate', informClientFirst: true, approvalRequired: true, recipients: [], minimumNecessary: '' });
  assert.equal(none.score, 100);
});

test('disagreements name only the fields the author gave', () => {
  assert.deepEqual(disagreements({ verdict: 'escalate' }, { ...engine, approvalRequired: false }), []);
  assert.deepEqual(disagreements({ verdict: 'maintain', approvalRequired: false }, engine).map((d) => d.field), ['verdict', 'approvalRequired']);
});

test('exercise marking and topic summary (weakest first, no names)', () => {
  const ex = { actions: [{ text: 'a', mark: 'ethical' as const, why: 'w' }, { text: 'b', mark: 'unethical' as const, why: 'w' }] };
  assert.deepEqual([markExercise(ex, { marks: ['ethical', 'unethical'] }).score, markExercise(ex, { marks: ['ethical', 'ethical'] }).score], [100, 50]);
  const rows = summariseByTopic([
    { profession: 'iag', concern: 'risk-to-self', score: 100, correct: true },
    { profession: 'iag', concern: 'court-order', score: 20, correct: false },
  ]);
  assert.equal(rows[0]!.topic, 'court-order');
  assert.equal(rows.find((r) => r.topic === 'iag')!.rate, 50);
  assert.ok(rows.every((r) => !('user' in r)));
});
