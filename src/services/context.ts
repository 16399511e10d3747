// The application context: one object, built once at start-up and passed everywhere. It owns the open
// store, the keyring, the audit log, the clock and the logger, so that nothing deeper in the code reads
// process.env or the wall clock directly (tests inject a clock, lower argon2 costs and a log sink).
import { join } from 'node:path';
import pino, { type Logger } from 'pino';
import type { Config } from '../config.js';
import { migrate, openStore, type Store } from '../store/db.js';
import { cachePreparedStatements } from '../store/sqlite-statements.js';
import { Keyring, loadMasterKey, type MasterKey } from '../crypto/index.js';
import { AuditLog, loadAuditSigner } from '../audit/index.js';

export interface Argon2Cost {
  memoryCost: number; // KiB
  timeCost: number;
  parallelism: number;
}

/** OWASP Password Storage Cheat Sheet: argon2id, m=19 MiB, t=2, p=1. */
export const PRODUCTION_ARGON2: Argon2Cost = Object.freeze({ memoryCost: 19456, timeCost: 2, parallelism: 1 });

export interface ThrottlePolicy {
  accountFailures: number; // failures on one account within the window before it is locked
  ipFailures: number; // failures from one address within the window before it is locked
  windowMinutes: number;
  lockMinutes: number;
}

export const DEFAULT_THROTTLE: ThrottlePolicy = Object.freeze({ accountFailures: 5, ipFailures: 20, windowMinutes: 15, lockMinutes: 15 });

export interface ContextOptions {
  clock?: () => Date;
  argon2?: Argon2Cost;
  throttle?: ThrottlePolicy;
  /** Where logs go (default stdout); tests pass a sink to check that no client content is ever logged. */
  logStream?: NodeJS.WritableStream;
  /** Break-glass access lasts this long (minutes). */
  breakGlassMinutes?: number;
  /** A break-glass needs a password (and TOTP) confirmation at most this old (minutes). */
  reauthMinutes?: number;
  /** Run migrations on open (default true). */
  migrate?: boolean;
  /** Create the audit signing key if it is missing (it is always created for a brand-new database). */
  createAuditKey?: boolean;
}

export interface AppContext {
  readonly config: Config;
  readonly store: Store;
  readonly keyring: Keyring;
  readonly audit: AuditLog;
  readonly logger: Logger;
  readonly now: () => Date;
  readonly argon2: Argon2Cost;
  readonly throttle: ThrottlePolicy;
  readonly breakGlassMinutes: number;
  readonly reauthMinutes: number;
  readonly version: string;
  close(): Promise<void>;
}

export const VERSION = '0.1.0';

/** External copies of signed audit checkpoints (the same file the `confidant audit` commands use). */
export function auditCheckpointFile(config: Config): string {
  return join(config.dataDir, 'audit-checkpoints.jsonl');
}

export async function createContext(config: Config, opts: ContextOptions = {}): Promise<AppContext> {
  const now = opts.clock ?? (() => new Date());
  const logger = pino(
    {
      level: config.logLevel,
      base: undefined,
      // Belt and braces: even if a caller logs a request or an object with these keys, they are removed.
      redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]', 'headers.cookie', 'password', 'body', '*.password', '*.body'], remove: true },
    },
    (opts.logStream ?? process.stdout) as pino.DestinationStream,
  );
  // Order matters: the key is checked before anything (even a migration) is written to an existing
  // database, so a wrong or missing key makes start-up fail with the database untouched.
  const store = await openStore(config.database, { migrate: false });
  if (store.sqlite) cachePreparedStatements(store.sqlite);
  try {
    const keyCheck = await store.db.selectFrom('confidant_meta').select('key').where('key', '=', 'key_check').executeTakeFirst().catch(() => undefined);
    let keyring: Keyring;
    let isNew = false;
    if (keyCheck) {
      keyring = new Keyring(loadMasterKey(config.masterKey, false).mk);
      await keyring.verifyOrInit(store.db);
      if (opts.migrate !== false) await migrate(store);
    } else {
      if (opts.migrate !== false) await migrate(store);
      // Only a database with no users and no keys yet may be paired with a newly created key file.
      const anyUser = await store.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
      const anyKey = await store.db.selectFrom('client_keys').select('client_id').limit(1).executeTakeFirst();
      isNew = !anyUser && !anyKey;
      const mk: MasterKey = loadMasterKey(config.masterKey, isNew).mk;
      keyring = new Keyring(mk);
      await keyring.verifyOrInit(store.db);
    }
    const signer = loadAuditSigner(config.auditSigningKeyPath, isNew || opts.createAuditKey === true);
    const audit = new AuditLog(store, { now, ...(signer ? { signer } : {}), checkpointFile: auditCheckpointFile(config) });
    return {
      config,
      store,
      keyring,
      audit,
      logger,
      now,
      argon2: opts.argon2 ?? PRODUCTION_ARGON2,
      throttle: opts.throttle ?? DEFAULT_THROTTLE,
      breakGlassMinutes: opts.breakGlassMinutes ?? 60,
      reauthMinutes: opts.reauthMinutes ?? 5,
      version: VERSION,
      close: async () => {
        await audit.drain().catch(() => undefined);
        await store.close();
      },
    };
  } catch (err) {
    await store.close();
    throw err;
  }
}
