// Settings from the environment: one zod schema, every bad value reported at once, frozen, passed in.
import { resolve, isAbsolute, join } from 'node:path';
import { z } from 'zod';

export interface Config {
  readonly dataDir: string;
  readonly database: { readonly kind: 'sqlite'; readonly path: string } | { readonly kind: 'postgres'; readonly url: string };
  readonly masterKey: { readonly kind: 'env'; readonly base64: string } | { readonly kind: 'file'; readonly path: string };
  readonly auditSigningKeyPath: string;
  readonly port: number;
  readonly host: string;
  readonly trustProxy: boolean | string;
  readonly sessionIdleMinutes: number;
  readonly sessionAbsoluteHours: number;
  readonly secureCookies: boolean;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  readonly smtpUrl: string | undefined;
  readonly publicUrl: string | undefined;
  /** Overload protection (@fastify/under-pressure): past a threshold every request gets a fast 503 + Retry-After. 0 = check off. */
  readonly pressure: {
    readonly maxEventLoopDelayMs: number;
    readonly maxEventLoopUtilization: number;
    readonly maxHeapMb: number;
    readonly sampleIntervalMs: number;
    readonly retryAfterSeconds: number;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const int = (name: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `${name} must be a whole number`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `${name} must be between ${min} and ${max}`);

const envSchema = z.object({
  CONFIDANT_DATA_DIR: z.string().min(1, 'CONFIDANT_DATA_DIR must not be empty').optional(),
  CONFIDANT_DATABASE_URL: z
    .string()
    .min(1, 'CONFIDANT_DATABASE_URL must not be empty')
    .refine(
      (v) => /^postgres(ql)?:\/\/[^\s]+$/.test(v) || !/^[a-z][a-z0-9+.-]*:\/\//i.test(v),
      'CONFIDANT_DATABASE_URL must be a SQLite file path or a postgres://user:password@host:port/database URL',
    )
    .optional(),
  CONFIDANT_MASTER_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32 && /^[A-Za-z0-9+/]+={0,2}$/.test(v), 'CONFIDANT_MASTER_KEY must be 32 bytes encoded in base64 (44 characters); make one with `openssl rand -base64 32`')
    .optional(),
  CONFIDANT_MASTER_KEY_FILE: z.string().min(1).optional(),
  CONFIDANT_AUDIT_KEY_FILE: z.string().min(1).optional(),
  CONFIDANT_PORT: int('CONFIDANT_PORT', 0, 65535).optional(),
  PORT: int('PORT', 0, 65535).optional(),
  CONFIDANT_HOST: z.string().min(1).optional(),
  CONFIDANT_TRUST_PROXY: z
    .string()
    .refine((v) => /^(true|false|\d+|[0-9a-fA-F:.\/,\s]+)$/.test(v), 'CONFIDANT_TRUST_PROXY must be true, false, a hop count, or a comma-separated list of proxy IP addresses/CIDR ranges')
    .optional(),
  CONFIDANT_SESSION_IDLE_MINUTES: int('CONFIDANT_SESSION_IDLE_MINUTES', 1, 24 * 60).optional(),
  CONFIDANT_SESSION_ABSOLUTE_HOURS: int('CONFIDANT_SESSION_ABSOLUTE_HOURS', 1, 24 * 30).optional(),
  CONFIDANT_SECURE_COOKIES: z.enum(['true', 'false', 'auto'], { message: 'CONFIDANT_SECURE_COOKIES must be true, false or auto' }).optional(),
  CONFIDANT_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { message: 'CONFIDANT_LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent' }).optional(),
  CONFIDANT_SMTP_URL: z.string().regex(/^smtps?:\/\//, 'CONFIDANT_SMTP_URL must start with smtp:// or smtps://').optional(),
  CONFIDANT_PUBLIC_URL: z.string().url('CONFIDANT_PUBLIC_URL must be a URL such as https://confidant.example.org').optional(),
  CONFIDANT_MAX_EVENT_LOOP_DELAY_MS: int('CONFIDANT_MAX_EVENT_LOOP_DELAY_MS', 0, 60_000).optional(),
  CONFIDANT_MAX_EVENT_LOOP_UTILIZATION: z
    .string()
    .regex(/^(0(\.\d+)?|1(\.0+)?)$/, 'CONFIDANT_MAX_EVENT_LOOP_UTILIZATION must be a fraction between 0 and 1, e.g. 0.98 (0 turns the check off)')
    .transform(Number)
    .optional(),
  CONFIDANT_MAX_HEAP_MB: int('CONFIDANT_MAX_HEAP_MB', 0, 1_000_000).optional(),
  CONFIDANT_PRESSURE_SAMPLE_MS: int('CONFIDANT_PRESSURE_SAMPLE_MS', 10, 60_000).optional(),
  CONFIDANT_PRESSURE_RETRY_AFTER_S: int('CONFIDANT_PRESSURE_RETRY_AFTER_S', 1, 3600).optional(),
});

/** Reads and validates the configuration. Throws ConfigError listing every problem at once. */
export function loadConfig(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): Config {
  const picked: Record<string, string> = {};
  for (const key of Object.keys(envSchema.shape)) {
    const v = env[key];
    if (v !== undefined && v !== '') picked[key] = v;
  }
  const parsed = envSchema.safeParse(picked);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${String(i.path[0] ?? '')}: ${i.message}`));
  }
  const e = parsed.data;
  const dataDir = resolve(cwd, e.CONFIDANT_DATA_DIR ?? 'data');
  const dbUrl = e.CONFIDANT_DATABASE_URL;
  const database: Config['database'] = dbUrl && /^postgres(ql)?:\/\//.test(dbUrl)
    ? { kind: 'postgres', url: dbUrl }
    : { kind: 'sqlite', path: dbUrl ? (isAbsolute(dbUrl) ? dbUrl : resolve(cwd, dbUrl.replace(/^sqlite:(\/\/)?/, ''))) : join(dataDir, 'confidant.db') };
  const masterKey: Config['masterKey'] = e.CONFIDANT_MASTER_KEY
    ? { kind: 'env', base64: e.CONFIDANT_MASTER_KEY }
    : { kind: 'file', path: e.CONFIDANT_MASTER_KEY_FILE ? resolve(cwd, e.CONFIDANT_MASTER_KEY_FILE) : join(dataDir, 'master.key') };
  const tp = e.CONFIDANT_TRUST_PROXY;
  const trustProxy = tp === undefined || tp === 'false' ? false : tp === 'true' ? true : tp;
  const secure = e.CONFIDANT_SECURE_COOKIES ?? 'auto';
  const config: Config = {
    dataDir,
    database,
    masterKey,
    auditSigningKeyPath: e.CONFIDANT_AUDIT_KEY_FILE ? resolve(cwd, e.CONFIDANT_AUDIT_KEY_FILE) : join(dataDir, 'audit-signing.key'),
    port: e.CONFIDANT_PORT ?? e.PORT ?? 3000,
    host: e.CONFIDANT_HOST ?? '127.0.0.1',
    trustProxy,
    sessionIdleMinutes: e.CONFIDANT_SESSION_IDLE_MINUTES ?? 30,
    sessionAbsoluteHours: e.CONFIDANT_SESSION_ABSOLUTE_HOURS ?? 12,
    // "auto": Secure cookies whenever the request arrived over TLS (directly or via a trusted proxy).
    secureCookies: secure === 'true' ? true : secure === 'false' ? false : trustProxy !== false,
    logLevel: e.CONFIDANT_LOG_LEVEL ?? 'info',
    smtpUrl: e.CONFIDANT_SMTP_URL,
    publicUrl: e.CONFIDANT_PUBLIC_URL,
    pressure: Object.freeze({
      maxEventLoopDelayMs: e.CONFIDANT_MAX_EVENT_LOOP_DELAY_MS ?? 1000,
      maxEventLoopUtilization: e.CONFIDANT_MAX_EVENT_LOOP_UTILIZATION ?? 0,
      maxHeapMb: e.CONFIDANT_MAX_HEAP_MB ?? 0,
      sampleIntervalMs: e.CONFIDANT_PRESSURE_SAMPLE_MS ?? 1000,
      retryAfterSeconds: e.CONFIDANT_PRESSURE_RETRY_AFTER_S ?? 5,
    }),
  };
  return Object.freeze(config);
}
