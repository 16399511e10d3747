// The FHIR exports are valid FHIR R4: AuditEvent (audit export) and Consent (consent export), checked
// against the specification's StructureDefinitions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toFhirAuditEvent, toFhirBundle } from '../../src/audit/index.js';
import { toFhirConsent, type Consent } from '../../src/domain/consent/index.js';
import type { AuditRow } from '../../src/store/schema.js';
import { validateFhir } from '../support/fhir.js';

const row = (over: Partial<AuditRow>): AuditRow => ({
  seq: 7, at: '2026-11-23T09:00:00.000Z', org_id: 'org', actor_id: 'u1', actor_roles: '["practitioner"]', action: 'note.read', outcome: 'success',
  client_id: 'c1', target_type: 'note', target_id: 'n1', reason: null, ip: '127.0.0.1', details: null, prev_hash: '0'.repeat(64), hash: 'a'.repeat(64), ...over,
});

test('AuditEvent resources for reads, sign-ins, denials, break-glass and exports are valid FHIR R4', () => {
  for (const r of [row({}), row({ action: 'auth.login', client_id: null, target_type: null, target_id: null }), row({ action: 'access.denied', outcome: 'denied' }), row({ action: 'breakglass.open', reason: 'Safeguarding concern raised out of hours' }), row({ action: 'audit.export', actor_id: null, actor_roles: null, ip: null, outcome: 'failure' })]) {
    assert.deepEqual(validateFhir(toFhirAuditEvent(r)), [], r.action);
  }
  assert.deepEqual(validateFhir(toFhirBundle([row({}), row({ seq: 8 })], new Date('2026-11-23T10:00:00Z'))), []);
});

test('Consent resources (active, withdrawn, named recipient) are valid FHIR R4', () => {
  const c: Consent = { id: 'consent-1', categories: ['attendance', 'progress'], recipient: { kind: 'directory', directoryId: 'd1', name: 'Synthetic Health Centre' }, purpose: 'Coordinate care with the GP', method: 'written', givenAt: '2026-05-01T10:00:00Z', expiresAt: '2026-11-01T10:00:00Z', risksExplained: true };
  const refs = { clientId: 'c1', organisationName: 'Synthetic Org', recordedById: 'u1' };
  const now = new Date('2026-06-01T00:00:00Z');
  assert.deepEqual(validateFhir(toFhirConsent(c, refs, now)), []);
  assert.deepEqual(validateFhir(toFhirConsent({ ...c, withdrawnAt: '2026-05-20T00:00:00Z' }, refs, now)), []);
  assert.deepEqual(validateFhir(toFhirConsent({ ...c, recipient: { kind: 'named', name: 'A. Synthetic Employer Ltd' }, expiresAt: undefined }, refs, now)), []);
});

test('the validator does reject an invalid resource (the check can fail)', () => {
  const bad = { ...toFhirConsent({ id: 'x', categories: ['attendance'], recipient: { kind: 'named', name: 'N' }, purpose: 'Purpose here', method: 'verbal', givenAt: '2026-05-01T10:00:00Z', risksExplained: true }, { clientId: 'c', organisationName: 'o', recordedById: 'u' }, new Date('2026-06-01')), status: 'active', provision: { type: 42 }, unknownField: true };
  assert.notDeepEqual(validateFhir(bad), []);
});
