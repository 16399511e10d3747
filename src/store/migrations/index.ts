// The ordered list of migrations. Static imports so that the compiled program needs no file scanning.
import type { Migration } from 'kysely';
import * as m001 from './001-initial.js';

export const migrations: Record<string, Migration> = {
  '001-initial': m001,
};
