// Loads the gazetteers of the de-identification engine once per process. They are compact string
// modules generated into src/domain/deid/data by scripts/build-deid-data.mjs, so start-up is one
// split per list (no file reads, no package look-ups at run time).
import { buildResources, createRedactor, type DeidResources, type Redactor } from '../domain/deid/index.js';
import { commonWords } from '../domain/deid/data/common-words.js';
import { givenNames } from '../domain/deid/data/given-names.js';
import { nicknameTable } from '../domain/deid/data/nicknames.js';
import { placeNames } from '../domain/deid/data/place-names.js';
import { publicNames } from '../domain/deid/data/public-names.js';
import { rareWords } from '../domain/deid/data/rare-words.js';
import { surnames } from '../domain/deid/data/surnames.js';

let resources: DeidResources | undefined;
let redactor: Redactor | undefined;

export function loadDeidResources(): DeidResources {
  resources ??= buildResources({ givenNames, surnames, commonWords, rareWords, placeNames, publicNames, nicknames: nicknameTable.replace(/\s+/g, '') });
  return resources;
}

export function getRedactor(): Redactor {
  redactor ??= createRedactor(loadDeidResources());
  return redactor;
}
