// Errors at the HTTP edge: every failure becomes an RFC 9457 problem details body, its status taken from
// the one catalogue in src/services/errors.ts. Expected failures name the offending fields; anything else
// is a generic 500 with an errorId, and the detail goes to the log only (never client content, never SQL).
import { randomUUID } from 'node:crypto';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, ERRORS, type ErrorCode, type FieldIssue } from '../services/errors.js';
import { CryptoIntegrityError } from '../crypto/index.js';
import type { AppContext } from '../services/context.js';

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    code: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    errorId: z.string().optional(),
  })
  .describe('RFC 9457 problem details');

export type Problem = z.infer<typeof ProblemSchema>;

export function problem(code: ErrorCode, detail?: string, errors?: FieldIssue[]): Problem {
  const e = ERRORS[code];
  return {
    type: `https://confidant.invalid/problems/${code}`,
    title: e.title,
    status: e.status,
    ...(detail ? { detail } : {}),
    code,
    ...(errors && errors.length ? { errors } : {}),
  };
}

export function sendProblem(reply: FastifyReply, p: Problem, headers: Record<string, string> = {}): FastifyReply {
  for (const [k, v] of Object.entries(headers)) reply.header(k, v);
  return reply.code(p.status).type('application/problem+json; charset=utf-8').send(p);
}

interface ValidationItem {
  instancePath?: string;
  message?: string;
  keyword?: string;
  params?: Record<string, unknown>;
}

function issuesOf(validation: ValidationItem[], context: string | undefined): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const v of validation) {
    const base = (v.instancePath ?? '').split('/').filter(Boolean).join('.');
    if (v.keyword === 'unrecognized_keys' && Array.isArray(v.params?.keys)) {
      for (const k of v.params.keys as string[]) out.push({ path: base ? `${base}.${k}` : k, message: 'This field is not allowed.' });
      continue;
    }
    out.push({ path: base || (context === 'body' ? '' : (context ?? '')), message: v.message ?? 'Invalid value.' });
  }
  return out;
}

// PostgreSQL SQLSTATE classes 08 (connection exception), 57P01-57P03 (shutdown, cannot connect now) and 53
// (insufficient resources); node socket errors; pg's own messages for a dropped or unreachable server;
// SQLite's busy, full and I/O errors.
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', '57P01', '57P02', '57P03', '53300', 'SQLITE_BUSY', 'SQLITE_LOCKED']);
export function storageFailure(err: unknown): 'unavailable' | 'storage-full' | undefined {
  const e = err as { code?: unknown; message?: unknown };
  const code = typeof e?.code === 'string' ? e.code : '';
  const message = typeof e?.message === 'string' ? e.message : '';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === '53100' || /database or disk is full|No space left on device/i.test(message)) return 'storage-full';
  if (UNAVAILABLE_CODES.has(code) || code.startsWith('08') || code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_BUSY')) return 'unavailable';
  if (/Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|terminating connection due to administrator command|the database system is (starting up|shutting down|in recovery mode)/i.test(message)) return 'unavailable';
  return undefined;
}

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed-json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed-json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'body-too-large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported-media-type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'validation',
  FST_ERR_CTP_INVALID_TYPE: 'unsupported-media-type',
};

export function errorHandler(ctx: AppContext) {
  return async (err: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (err instanceof AppError) {
      const headers: Record<string, string> = {};
      if (err.extra.retryAfterSeconds) headers['retry-after'] = String(err.extra.retryAfterSeconds);
      return sendProblem(reply, problem(err.code, err.detail, err.extra.errors), headers);
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const ctxName = (err as unknown as { validationContext?: string }).validationContext;
      return sendProblem(reply, problem('validation', `The ${ctxName === 'querystring' ? 'query' : (ctxName ?? 'request')} has problems.`, issuesOf(err.validation as ValidationItem[], ctxName)));
    }
    const mapped = err.code ? FASTIFY_CODES[err.code] : undefined;
    if (mapped) return sendProblem(reply, problem(mapped));
    if (err instanceof SyntaxError && (err as { statusCode?: number }).statusCode === 400) return sendProblem(reply, problem('malformed-json'));
    if (typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500) {
      if (err.statusCode === 413) return sendProblem(reply, problem('body-too-large'));
      if (err.statusCode === 415) return sendProblem(reply, problem('unsupported-media-type'));
      return sendProblem(reply, problem('validation', 'The request could not be understood.'));
    }
    // The database is away (PostgreSQL restarting, a connection cut) or out of space: nothing was saved,
    // and the client should retry later — a fast 503 (or 507) rather than a generic 500.
    // PostgreSQL refuses a NUL byte or an untranslatable character in a text value (SQLSTATE 22021, 22P05);
    // SQLite stores it. Either way it is bad input, not a server fault.
    if (err.code === '22021' || err.code === '22P05') return sendProblem(reply, problem('validation', 'The request contains characters that cannot be stored (such as a NUL byte).'));
    const storage = storageFailure(err);
    if (storage) {
      request.log.warn({ err: { name: err.name, code: err.code, message: err.message } }, 'database unavailable');
      return sendProblem(reply, problem(storage), storage === 'unavailable' ? { 'retry-after': '5' } : {});
    }
    const errorId = randomUUID();
    // Only the error's name, code, message and stack: driver errors can carry row values in other fields.
    request.log.error({ errorId, err: { name: err.name, code: err.code, message: err.message, stack: err.stack } }, 'request failed');
    if (err instanceof CryptoIntegrityError) {
      const p = request.principal;
      await ctx.audit
        .record({ orgId: p?.orgId ?? null, actorId: p?.userId ?? null, actorRoles: p ? [...p.roles] : null, ip: request.ip, action: 'integrity.failure', outcome: 'failure', targetType: 'envelope', details: { errorId } })
        .catch(() => undefined);
    }
    return sendProblem(reply, { ...problem('internal'), errorId });
  };
}
