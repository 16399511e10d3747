// Loads the gazetteers of the de-identification engine once per process. They are compact string
// modules generated into src/domain/deid/data by scripts/build-deid-data.mjs, so start-up is one
// split per list (no file reads, no package look-ups at run time).
import { buildResources, createRedactor, defaultGazetteers, type DeidResources, type Redactor } from '../domain/deid/index.js';

let resources: DeidResources | undefined;
let redactor: Redactor | undefined;

export function loadDeidResources(): DeidResources {
  resources ??= buildResources(defaultGazetteers);
  return resources;
}

export function getRedactor(): Redactor {
  redactor ??= createRedactor(loadDeidResources());
  return redactor;
}
