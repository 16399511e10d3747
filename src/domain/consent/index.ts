export {
  consentStatus,
  validateConsent,
  validateWithdrawal,
  coverage,
  INFORMATION_CATEGORIES,
  type Consent,
  type ConsentStatus,
  type ConsentProblem,
  type ConsentMethod,
  type ConsentRecipient,
  type InformationCategory,
  type ShareRequest,
  type ShareCoverage,
} from './consent.js';
export { toFhirConsent, type FhirRefs } from './fhir.js';
