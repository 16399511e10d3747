import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { agreementState, canSaveNote, reviewDueDate, validateAgreement, validateReview, readingEase, type AgreementRecord } from './index.js';

const complete: AgreementRecord = {
  explainedAt: '2026-01-15T10:00:00Z',
  method: 'in-person',
  statementId: 's1',
  statementVersion: 3,
  acknowledgement: { kind: 'typed-name', name: 'Synthetic Client' },
  comprehension: [{ question: 'When would I have to break confidentiality?', answer: 'If someone was in danger', understood: true }],
  reviewIntervalMonths: 12,
  reviews: [],
};

test('states: missing, incomplete, complete, review due, overdue', () => {
  assert.equal(agreementState(undefined, new Date('2026-02-01')), 'missing');
  assert.equal(agreementState({ ...complete, acknowledgement: undefined, notReady: { reason: 'Client too distressed today' } }, new Date('2026-02-01')), 'incomplete');
  assert.equal(agreementState({ ...complete, comprehension: [{ question: 'q', answer: 'unsure', understood: false }] }, new Date('2026-02-01')), 'incomplete');
  assert.equal(agreementState(complete, new Date('2026-06-01')), 'complete');
  assert.equal(agreementState(complete, new Date('2026-12-20')), 'review-due');
  assert.equal(agreementState(complete, new Date('2027-01-16')), 'review-overdue');
  assert.equal(agreementState({ ...complete, reviews: [{ reviewedAt: '2027-01-10T00:00:00Z', changes: 'nothing', mandatoryReportingRevisited: true }] }, new Date('2027-02-01')), 'complete');
});

test('the first note needs the limits explained (or "not ready" recorded); incomplete warns', () => {
  const none = canSaveNote(undefined, new Date('2026-02-01'));
  assert.equal(none.allowed, false);
  const notReady = canSaveNote({ ...complete, acknowledgement: undefined, notReady: { reason: 'Client in crisis' } }, new Date('2026-02-01'));
  assert.equal(notReady.allowed, true);
  assert.ok(notReady.allowed && /incomplete/.test(notReady.warning ?? ''));
  assert.deepEqual(canSaveNote(complete, new Date('2026-02-01')), { allowed: true });
});

test('review date: month arithmetic at month ends', () => {
  assert.equal(reviewDueDate({ ...complete, explainedAt: '2024-02-29T09:00:00Z' }).toISOString().slice(0, 10), '2025-02-28');
  assert.equal(reviewDueDate({ ...complete, explainedAt: '2026-01-31T09:00:00Z', reviewIntervalMonths: 1 }).toISOString().slice(0, 10), '2026-02-28');
});

test('property: the review date is always after the explanation and within the interval', () => {
  fc.assert(
    fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }), fc.integer({ min: 1, max: 12 }), (d, months) => {
      const due = reviewDueDate({ ...complete, explainedAt: d.toISOString(), reviewIntervalMonths: months });
      assert.ok(due.getTime() > d.getTime());
      assert.ok(due.getTime() - d.getTime() <= (months * 31 + 1) * 86_400_000);
    }),
  );
});

test('validation names each problem; future dates refused', () => {
  const now = new Date('2026-02-01T00:00:00Z');
  assert.deepEqual(validateAgreement(complete, now), []);
  const p = validateAgreement({ ...complete, explainedAt: '2026-03-01T00:00:00Z', acknowledgement: undefined, comprehension: [], reviewIntervalMonths: 24 }, now);
  assert.deepEqual(p.map((x) => x.path).sort(), ['acknowledgement', 'comprehension', 'explainedAt', 'reviewIntervalMonths']);
  assert.equal(validateReview({ reviewedAt: '2026-01-20T00:00:00Z', changes: 'nothing', mandatoryReportingRevisited: false }, complete, now)[0]!.path, 'mandatoryReportingRevisited');
  assert.equal(validateReview({ reviewedAt: '2025-01-20T00:00:00Z', changes: 'x', mandatoryReportingRevisited: true }, complete, now)[0]!.path, 'reviewedAt');
});

test('reading ease: short plain sentences read easier than long formal ones', () => {
  const plain = readingEase('What you tell me stays between us. There are a few times I must tell someone. I will tell you first if I can.');
  const formal = readingEase('Confidentiality shall be maintained notwithstanding circumstances wherein disclosure is necessitated by statutory obligations or the prevention of serious harm to identifiable individuals.');
  assert.ok(plain.score > formal.score + 30, `${plain.score} vs ${formal.score}`);
});
