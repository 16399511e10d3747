// Audit exports: JSON lines (one record per line, exactly as stored, hash included so the chain can be
// re-verified elsewhere) and FHIR R4 AuditEvent resources in a Bundle, following the IHE Basic Audit Log
// Patterns (BALP) conventions where they apply: DICOM/IHE event type codes, the CRUDE action code, the
// acting user as a requestor agent, the client as a Patient entity, and Confidant as the observer.
import type { AuditRow } from '../store/schema.js';

export function toJsonLine(r: AuditRow): string {
  return JSON.stringify({
    seq: Number(r.seq),
    at: r.at,
    orgId: r.org_id,
    actorId: r.actor_id,
    actorRoles: r.actor_roles ? (JSON.parse(r.actor_roles) as string[]) : null,
    action: r.action,
    outcome: r.outcome,
    clientId: r.client_id,
    targetType: r.target_type,
    targetId: r.target_id,
    reason: r.reason,
    ip: r.ip,
    details: r.details ? (JSON.parse(r.details) as unknown) : null,
    prevHash: r.prev_hash,
    hash: r.hash,
  });
}

const DCM = 'http://dicom.nema.org/resources/ontology/DCM';
const REST = 'http://hl7.org/fhir/restful-interaction';

function eventType(action: string): { system: string; code: string; display: string } {
  if (action.startsWith('auth.login') || action.startsWith('auth.mfa')) return { system: DCM, code: '110114', display: 'User Authentication' };
  if (action.startsWith('auth.logout')) return { system: DCM, code: '110114', display: 'User Authentication' };
  if (action.includes('export')) return { system: DCM, code: '110106', display: 'Export' };
  if (action.startsWith('user.') || action.startsWith('organisation.')) return { system: DCM, code: '110136', display: 'Security Roles Changed' };
  if (action.startsWith('breakglass')) return { system: DCM, code: '110113', display: 'Security Alert' };
  if (action === 'access.denied') return { system: DCM, code: '110113', display: 'Security Alert' };
  if (action.startsWith('audit.')) return { system: DCM, code: '110101', display: 'Audit Log Used' };
  return { system: 'http://terminology.hl7.org/CodeSystem/audit-event-type', code: 'rest', display: 'RESTful Operation' };
}

function crude(action: string): 'C' | 'R' | 'U' | 'D' | 'E' {
  const verb = action.split('.').pop() ?? '';
  if (/create|open|add|record|raise/.test(verb)) return 'C';
  if (/read|list|query|verify|view|search/.test(verb)) return 'R';
  if (/delete|erase|shred|destroy/.test(verb)) return 'D';
  if (/update|change|assign|deactivate|reactivate|withdraw|rotate|edit|reset/.test(verb)) return 'U';
  return 'E';
}

function subtype(action: string): { system: string; code: string }[] {
  const a = crude(action);
  const map: Record<string, string> = { C: 'create', R: 'read', U: 'update', D: 'delete' };
  const codes = [{ system: 'urn:confidant:audit-action', code: action }];
  if (map[a]) codes.unshift({ system: REST, code: map[a]! });
  return codes;
}

export function toFhirAuditEvent(r: AuditRow): Record<string, unknown> {
  const outcome = r.outcome === 'success' ? '0' : r.outcome === 'denied' ? '4' : '8';
  const event: Record<string, unknown> = {
    resourceType: 'AuditEvent',
    id: `confidant-audit-${Number(r.seq)}`,
    meta: { profile: ['https://profiles.ihe.net/ITI/BALP/StructureDefinition/IHE.BasicAudit'] },
    type: eventType(r.action),
    subtype: subtype(r.action),
    action: crude(r.action),
    recorded: r.at,
    outcome,
    ...(r.outcome !== 'success' ? { outcomeDesc: r.outcome === 'denied' ? 'Access denied' : 'Failed' } : {}),
    ...(r.reason ? { purposeOfEvent: [{ text: r.reason }] } : {}),
    agent: [
      {
        type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/extra-security-role-type', code: 'humanuser', display: 'human user' }] },
        who: r.actor_id ? { identifier: { system: 'urn:confidant:user', value: r.actor_id } } : { display: 'anonymous' },
        requestor: true,
        ...(r.actor_roles ? { role: (JSON.parse(r.actor_roles) as string[]).map((role) => ({ text: role })) } : {}),
        ...(r.ip ? { network: { address: r.ip, type: '2' } } : {}),
      },
    ],
    source: {
      observer: { display: 'Confidant' },
      type: [{ system: 'http://terminology.hl7.org/CodeSystem/security-source-type', code: '4', display: 'Application Server' }],
    },
    entity: [] as unknown[],
  };
  const entities = event.entity as unknown[];
  if (r.client_id) {
    entities.push({
      what: { identifier: { system: 'urn:confidant:client', value: r.client_id } },
      type: { system: 'http://terminology.hl7.org/CodeSystem/audit-entity-type', code: '1', display: 'Person' },
      role: { system: 'http://terminology.hl7.org/CodeSystem/object-role', code: '1', display: 'Patient' },
    });
  }
  if (r.target_type && r.target_id && r.target_id !== r.client_id) {
    entities.push({
      what: { identifier: { system: `urn:confidant:${r.target_type}`, value: r.target_id } },
      type: { system: 'http://terminology.hl7.org/CodeSystem/audit-entity-type', code: '2', display: 'System Object' },
    });
  }
  entities.push({
    what: { identifier: { system: 'urn:confidant:audit-chain', value: String(Number(r.seq)) } },
    detail: [{ type: 'hash', valueString: r.hash }],
  });
  return event;
}

export function toFhirBundle(rows: AuditRow[], now: Date): Record<string, unknown> {
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: now.toISOString(),
    entry: rows.map((r) => ({ fullUrl: `urn:uuid:confidant-audit-${Number(r.seq)}`, resource: toFhirAuditEvent(r) })),
  };
}
