// The ordered list of migrations. Static imports so that the compiled program needs no file scanning.
import type { Migration } from 'kysely';
import * as m001 from './001-initial.js';
import * as m002 from './002-platform.js';
import * as m003 from './003-case-record.js';
import * as m004 from './004-training.js';
import * as m005 from './005-concerns.js';
import * as m006 from './006-consultations.js';
import * as m007 from './007-disclosures.js';

export const migrations: Record<string, Migration> = {
  '001-initial': m001,
  '002-platform': m002,
  '003-case-record': m003,
  '004-training': m004,
  '005-concerns': m005,
  '006-consultations': m006,
  '007-disclosures': m007,
};
