export { AuditLog, type AuditEvent, type AuditOutcome, type AuditLogOptions, type AuditQuery } from './audit-log.js';
export { verifyAudit, type VerifyResult, type VerifyProblem, type VerifyOptions } from './verify.js';
export { loadAuditSigner, verifySignature, checkpointMessage, keyIdOf, type AuditSigner } from './signer.js';
export { toJsonLine, toFhirAuditEvent, toFhirBundle } from './export.js';
export { chainHash, chainHashOfValues, canonical, GENESIS_HASH } from './chain.js';
