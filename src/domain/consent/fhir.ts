// A consent as a FHIR R4 Consent resource (scope: privacy; category: LOINC 59284-0 "Patient Consent").
// The provision permits the listed information classes to the recipient for the purpose, within the
// consent's period; a withdrawn or expired consent is "inactive".
import { consentStatus, type Consent } from './consent.js';

export interface FhirRefs {
  clientId: string;
  organisationName: string;
  recordedById: string;
}

export function toFhirConsent(c: Consent, refs: FhirRefs, now: Date): Record<string, unknown> {
  const status = consentStatus(c, now);
  const end = c.withdrawnAt ?? c.expiresAt;
  return {
    resourceType: 'Consent',
    id: c.id,
    status: status === 'active' ? 'active' : status === 'not-yet-valid' ? 'proposed' : 'inactive',
    scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy', display: 'Privacy Consent' }] },
    category: [{ coding: [{ system: 'http://loinc.org', code: '59284-0', display: 'Patient Consent' }] }],
    patient: { identifier: { system: 'urn:confidant:client', value: refs.clientId } },
    dateTime: c.givenAt,
    performer: [{ identifier: { system: 'urn:confidant:client', value: refs.clientId } }],
    organization: [{ display: refs.organisationName }],
    sourceAttachment: { contentType: 'text/plain', title: `Consent given (${c.method})` },
    policyRule: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'OPTIN', display: 'opt-in' }] },
    verification: [{ verified: true, verifiedWith: { identifier: { system: 'urn:confidant:user', value: refs.recordedById } }, verificationDate: c.givenAt }],
    provision: {
      type: 'permit',
      period: { start: c.givenAt, ...(end ? { end } : {}) },
      actor: [
        {
          role: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType', code: 'IRCP', display: 'information recipient' }] },
          reference: c.recipient.directoryId ? { identifier: { system: 'urn:confidant:directory', value: c.recipient.directoryId }, display: c.recipient.name } : { display: c.recipient.name },
        },
      ],
      purpose: [{ system: 'urn:confidant:purpose', code: 'client-stated', display: c.purpose }],
      class: c.categories.map((cat) => ({ system: 'urn:confidant:information-category', code: cat })),
    },
  };
}
