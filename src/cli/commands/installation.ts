// What commands that work on an installation need: its configuration and its database. Loaded by those
// commands' actions only (it pulls in the config schema and the store), never at registration.
import { join } from 'node:path';
import { loadConfig, ConfigError, type Config } from '../../config.js';
import { openStore, StoreError, type Store } from '../../store/db.js';
import { CliExit } from '../io.js';

export function cliConfig(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) throw new CliExit(2, err.message);
    throw err;
  }
}

/** Opens an existing installation's database without migrating or creating anything. */
export async function openExistingStore(config: Config): Promise<Store> {
  try {
    return await openStore(config.database, { migrate: false, create: false });
  } catch (err) {
    if (err instanceof StoreError) throw new CliExit(1, `confidant: ${err.message}`);
    throw err;
  }
}

export function checkpointFileOf(config: Config): string {
  return join(config.dataDir, 'audit-checkpoints.jsonl');
}
