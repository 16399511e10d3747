// The ordered list of migrations. Static imports so that the compiled program needs no file scanning.
import type { Migration } from 'kysely';
import * as m001 from './001-initial.js';
import * as m002 from './002-platform.js';

export const migrations: Record<string, Migration> = {
  '001-initial': m001,
  '002-platform': m002,
};
