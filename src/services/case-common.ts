// Shared helpers of the case-record use-cases (issue 6): loading and authorising a client, sealing and
// opening per-client JSON, and plain validation failures that name the field and say what is needed.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../store/schema.js';
import type { Action } from '../access/index.js';
import type { AppContext } from './context.js';
import { AppError, type FieldIssue } from './errors.js';
import { authorize, loadClient, type LoadedClient } from './authorize.js';
import type { Principal } from './principal.js';

export type Q = Kysely<Database> | Transaction<Database>;

/** Loads the client and checks the action; a refusal is the vague 404 of the policy. */
export async function clientFor(ctx: AppContext, p: Principal, clientId: string, action: Action, targetType: string, targetId?: string): Promise<{ client: LoadedClient; via: string }> {
  const c = await loadClient(ctx, ctx.store.db, p, clientId);
  const via = await authorize(ctx, p, action, c, { clientId, targetType, ...(targetId ? { targetId } : {}) });
  return { client: c!, via };
}

export const aadOf = (kind: string, clientId: string, id: string): string => `${kind}:${clientId}:${id}`;

export async function sealJson(ctx: AppContext, db: Q, clientId: string, kind: string, id: string, value: unknown): Promise<string> {
  return ctx.keyring.sealForClient(db, clientId, JSON.stringify(value), aadOf(kind, clientId, id));
}

export async function openJson<T>(ctx: AppContext, clientId: string, kind: string, id: string, enc: string): Promise<T> {
  return JSON.parse(await ctx.keyring.openForClient(ctx.store.db, clientId, enc, aadOf(kind, clientId, id))) as T;
}

export function invalid(issues: FieldIssue[], detail = 'Some answers need attention.'): AppError {
  return new AppError('validation', detail, { errors: issues });
}

export function check(issues: FieldIssue[], detail?: string): void {
  if (issues.length) throw invalid(issues, detail ?? issues[0]!.message);
}

/** A date (YYYY-MM-DD or ISO date-time) that cannot be in the future. */
export function pastDate(path: string, value: string, now: Date, what: string): FieldIssue[] {
  const t = Date.parse(value);
  if (Number.isNaN(t)) return [{ path, message: `Give the date ${what}.` }];
  if (t > now.getTime() + 5 * 60_000) return [{ path, message: `The date ${what} cannot be in the future.` }];
  return [];
}

export function addMonthsIso(iso: string, months: number): string {
  const d = new Date(iso);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.toISOString();
}
