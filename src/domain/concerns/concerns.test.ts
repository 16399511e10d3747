import { test } from 'node:test';
import assert from 'node:assert/strict';
import { colleagueConcern, colleagueOptions, needsEmail, orderQueue, suggestedUrgency, COLLEAGUE_NATURES } from './index.js';

test('a conflict is a workplace conflict; harassment and misconduct are colleague conduct', () => {
  assert.equal(colleagueConcern('conflict'), 'workplace-conflict');
  assert.equal(colleagueConcern('harassment'), 'colleague-conduct');
  assert.equal(colleagueConcern('misconduct'), 'colleague-conduct');
});

test('options: conflict suggests a direct conversation and mediation; harassment and misconduct the reporting channels', () => {
  const ids = (n: (typeof COLLEAGUE_NATURES)[number]) => colleagueOptions(n).map((o) => o.id);
  assert.ok(ids('conflict').includes('direct-conversation') && ids('conflict').includes('mediation'));
  assert.ok(ids('harassment').includes('reporting-channels') && !ids('harassment').includes('mediation'));
  assert.ok(ids('misconduct').includes('reporting-channels'));
  for (const n of COLLEAGUE_NATURES) for (const o of colleagueOptions(n)) assert.ok(o.title && o.text.length > 20);
});

test('the queue is ordered by urgency, then oldest first', () => {
  const q = orderQueue([
    { id: 'a', urgency: 'routine', escalatedAt: '2026-01-01T09:00:00Z' },
    { id: 'b', urgency: 'urgent', escalatedAt: '2026-01-02T09:00:00Z' },
    { id: 'c', urgency: 'immediate', escalatedAt: '2026-01-03T09:00:00Z' },
    { id: 'd', urgency: 'urgent', escalatedAt: '2026-01-01T10:00:00Z' },
    { id: 'e', urgency: 'soon', escalatedAt: '2026-01-01T08:00:00Z' },
  ]);
  assert.deepEqual(q.map((i) => i.id), ['c', 'd', 'b', 'e', 'a']);
});

test('only urgent and immediate escalations are e-mailed; engine urgency suggests the level', () => {
  assert.deepEqual(['immediate', 'urgent', 'soon', 'routine'].map((u) => needsEmail(u as never)), [true, true, false, false]);
  assert.equal(suggestedUrgency('now'), 'immediate');
  assert.equal(suggestedUrgency('today'), 'urgent');
  assert.equal(suggestedUrgency('routine'), 'routine');
  assert.equal(suggestedUrgency(undefined), 'routine');
});
