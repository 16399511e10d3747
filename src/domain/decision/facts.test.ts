import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeFacts, validateFacts, type Facts } from './facts.js';

const base: Facts = {
  jurisdiction: 'GB-ENG', profession: 'iag', concern: 'risk-to-self', imminence: 'foreseeable',
  severity: 'serious', clientConsent: 'refused', limitsExplained: true,
};
const err = (input: unknown) => {
  const r = validateFacts(input);
  assert.equal(r.ok, false, JSON.stringify(input));
  return (r as { ok: false; error: { field: string; message: string; allowed?: readonly string[] } }).error;
};

test('valid facts pass, and jurisdictions are upper-cased', () => {
  const r = validateFacts({ ...base, jurisdiction: 'gb-eng', clientJurisdiction: 'us-ca' });
  assert.ok(r.ok);
  assert.equal(r.ok && r.facts.jurisdiction, 'GB-ENG');
  assert.equal(r.ok && r.facts.clientJurisdiction, 'US-CA');
});

test('a missing or invalid field is named, with its allowed values', () => {
  const { concern: _c, ...noConcern } = base;
  void _c;
  const e1 = err(noConcern);
  assert.equal(e1.field, 'concern');
  assert.match(e1.message, /required.*risk-to-self.*court-order/);
  const e2 = err({ ...base, profession: 'therapist' });
  assert.equal(e2.field, 'profession');
  assert.match(e2.message, /"therapist" is not allowed; allowed values: iag, counselling/);
  assert.deepEqual(e2.allowed?.includes('social-work'), true);
  const e3 = err({ ...base, limitsExplained: 'yes' });
  assert.equal(e3.field, 'limitsExplained');
  const e4 = err({ ...base, clientIsChild: 1 });
  assert.equal(e4.field, 'clientIsChild');
});

test('jurisdictions must be ISO 3166 style with an assigned country; common mistakes get a hint', () => {
  assert.match(err({ ...base, jurisdiction: 'UK' }).message, /not an ISO 3166-1 country code.*Did you mean GB\?/);
  assert.match(err({ ...base, jurisdiction: 'UK-ENG' }).message, /Did you mean GB-ENG\?/);
  assert.match(err({ ...base, jurisdiction: 'England' }).message, /not ISO 3166 style/);
  assert.equal(err({ ...base, jurisdiction: 'ZZ' }).field, 'jurisdiction');
  assert.equal(err({ ...base, clientJurisdiction: 'Scotland' }).field, 'clientJurisdiction');
  // Well-formed codes without a layer of their own are accepted (the engine warns, see engine tests).
  for (const j of ['US-OR', 'GB-LND', 'FR', 'AU-WA', 'NZ']) assert.ok(validateFacts({ ...base, jurisdiction: j }).ok, j);
});

test('unknown fields are refused (a typo must not silently drop a fact); an id is passed through', () => {
  const e = err({ ...base, identifiablevictim: true });
  assert.equal(e.field, 'identifiablevictim');
  assert.match(e.message, /allowed fields:.*identifiableVictim/);
  assert.ok(validateFacts({ ...base, id: 'case-1' }).ok);
  assert.ok(!('id' in ((validateFacts({ ...base, id: 'x' }) as { facts: object }).facts)));
});

test('facts that cannot both hold are rejected with the reason', () => {
  const e1 = err({ ...base, concern: 'law-enforcement-request', requester: 'court' });
  assert.equal(e1.field, 'requester');
  assert.match(e1.message, /without a court order.*court-order/);
  const e2 = err({ ...base, concern: 'third-party-request', requester: 'police' });
  assert.match(e2.message, /law-enforcement-request/);
  const e3 = err({ ...base, concern: 'none', severity: 'life-threatening' });
  assert.equal(e3.field, 'concern');
  assert.equal(err({ ...base, concern: 'law-enforcement-request', requester: 'employer' }).field, 'requester');
});

test('facts that are merely unusual are accepted', () => {
  for (const f of [
    { ...base, clientIsChild: true, adultAtRisk: true },
    { ...base, severity: 'minor', imminence: 'imminent' },
    { ...base, concern: 'adult-safeguarding', adultAtRisk: false },
    { ...base, concern: 'court-order', requester: 'employer' },
    { ...base, concern: 'none', severity: 'minor', identifiableVictim: true },
    { ...base, clientConsent: 'given', limitsExplained: false },
    { ...base, concern: 'referral', withinCompetence: true },
  ]) assert.ok(validateFacts(f).ok, JSON.stringify(f));
});

test('normalisation fills the documented defaults', () => {
  const n = normalizeFacts(base);
  assert.equal(n.clientJurisdiction, 'GB-ENG');
  assert.equal(n.requester, 'none');
  assert.equal(n.withinCompetence, true);
  assert.equal(n.conflictOfInterest, false);
  assert.equal(n.adultAtRisk, false);
  assert.equal(normalizeFacts({ ...base, concern: 'adult-safeguarding' }).adultAtRisk, true);
  assert.equal(normalizeFacts({ ...base, concern: 'adult-safeguarding', adultAtRisk: false }).adultAtRisk, false);
});
