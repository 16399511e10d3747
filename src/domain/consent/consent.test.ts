import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { consentStatus, coverage, validateConsent, validateWithdrawal, toFhirConsent, INFORMATION_CATEGORIES, type Consent, type InformationCategory } from './index.js';

const now = new Date('2026-06-01T12:00:00Z');
const base: Consent = {
  id: 'k1',
  categories: ['attendance', 'progress'],
  recipient: { kind: 'directory', directoryId: 'd-gp', name: 'Synthetic Health Centre' },
  purpose: 'Coordinate support with the GP',
  method: 'written',
  givenAt: '2026-05-01T10:00:00Z',
  expiresAt: '2026-11-01T10:00:00Z',
  risksExplained: true,
};

test('status: active, expired, withdrawn, not yet valid', () => {
  assert.equal(consentStatus(base, now), 'active');
  assert.equal(consentStatus(base, new Date('2026-11-02T00:00:00Z')), 'expired');
  assert.equal(consentStatus({ ...base, withdrawnAt: '2026-05-20T00:00:00Z' }, now), 'withdrawn');
  assert.equal(consentStatus({ ...base, givenAt: '2026-07-01T00:00:00Z' }, now), 'not-yet-valid');
});

test('bad input is named field by field', () => {
  const p = validateConsent({ ...base, categories: [], purpose: '', expiresAt: '2026-04-01T00:00:00Z', risksExplained: false, givenAt: '2026-05-01T10:00:00Z' }, now);
  assert.deepEqual(p.map((x) => x.path).sort(), ['categories', 'expiresAt', 'purpose', 'risksExplained']);
  assert.match(validateConsent({ ...base, givenAt: '2027-01-01T00:00:00Z', expiresAt: undefined }, now)[0]!.message, /future/);
  assert.equal(validateConsent(base, now).length, 0);
});

test('withdrawal: not before consent, not in the future, not twice', () => {
  assert.equal(validateWithdrawal(base, '2026-05-15T00:00:00Z', now).length, 0);
  assert.equal(validateWithdrawal(base, '2026-04-15T00:00:00Z', now)[0]!.path, 'withdrawnAt');
  assert.equal(validateWithdrawal(base, '2027-01-01T00:00:00Z', now).length, 1);
  assert.match(validateWithdrawal({ ...base, withdrawnAt: '2026-05-10T00:00:00Z' }, '2026-05-15T00:00:00Z', now)[0]!.message, /already/);
});

test('coverage: only active consents to the same recipient, minimum by category', () => {
  const c = coverage([base], { categories: ['progress', 'health'], recipient: { directoryId: 'd-gp', name: 'x' } }, now);
  assert.deepEqual(c.covered, [{ category: 'progress', consentId: 'k1' }]);
  assert.deepEqual(c.uncovered, ['health']);
  assert.deepEqual(coverage([base], { categories: ['progress'], recipient: { directoryId: 'd-other', name: 'x' } }, now).covered, []);
});

const cat = fc.constantFrom(...INFORMATION_CATEGORIES);
test('property: withdrawing a consent never adds coverage (C2)', () => {
  fc.assert(
    fc.property(fc.array(fc.record({ categories: fc.uniqueArray(cat, { minLength: 1, maxLength: 4 }), withdraw: fc.boolean() }), { maxLength: 5 }), fc.uniqueArray(cat, { minLength: 1 }), (specs, wanted) => {
      const consents: Consent[] = specs.map((s, i) => ({ ...base, id: `k${i}`, categories: s.categories as InformationCategory[] }));
      const before = coverage(consents, { categories: wanted as InformationCategory[], recipient: { directoryId: 'd-gp', name: '' } }, now);
      const after = coverage(
        consents.map((c, i) => (specs[i]!.withdraw ? { ...c, withdrawnAt: '2026-05-20T00:00:00Z' } : c)),
        { categories: wanted as InformationCategory[], recipient: { directoryId: 'd-gp', name: '' } },
        now,
      );
      assert.ok(after.covered.length <= before.covered.length);
      for (const x of after.covered) assert.ok(before.covered.some((y) => y.category === x.category));
    }),
  );
});

test('FHIR R4 Consent: status follows withdrawal and expiry; provision lists recipient, purpose and classes', () => {
  const r = toFhirConsent(base, { clientId: 'c1', organisationName: 'Org', recordedById: 'u1' }, now) as any;
  assert.equal(r.resourceType, 'Consent');
  assert.equal(r.status, 'active');
  assert.equal(r.provision.type, 'permit');
  assert.deepEqual(r.provision.class.map((c: any) => c.code), ['attendance', 'progress']);
  assert.equal(r.provision.period.end, base.expiresAt);
  assert.equal((toFhirConsent({ ...base, withdrawnAt: '2026-05-20T00:00:00Z' }, { clientId: 'c1', organisationName: 'Org', recordedById: 'u1' }, now) as any).status, 'inactive');
});
