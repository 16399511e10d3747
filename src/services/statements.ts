// Limits-of-confidentiality statements (PRACTICE P3): kept by admins per service, versioned (an edit is a
// new version; agreements keep the version they were explained with), with a plain-language reading hint
// and the comprehension questions to ask (P4). Organisation policy text, not client content.
import type { AppContext } from './context.js';
import { AppError } from './errors.js';
import { newId } from './ids.js';
import { actorOf, type Principal } from './principal.js';
import { authorize, orgResource } from './authorize.js';
import type { RequestMeta } from './auth.js';
import { DEFAULT_COMPREHENSION_QUESTIONS, readingEase } from '../domain/agreement/index.js';
import type { StatementTable } from '../store/schema.js';

export interface StatementView {
  id: string;
  service: string;
  version: number;
  title: string;
  body: string;
  questions: string[];
  reviewMonths: number;
  readingEase: { score: number; label: string };
  createdAt: string;
  latest: boolean;
}

export interface StatementInput {
  service: string;
  title: string;
  body: string;
  questions?: string[];
  reviewMonths?: number;
}

export function statementView(r: StatementTable, latest: boolean): StatementView {
  return {
    id: r.id,
    service: r.service,
    version: Number(r.version),
    title: r.title,
    body: r.body,
    questions: JSON.parse(r.questions) as string[],
    reviewMonths: Number(r.review_months),
    readingEase: readingEase(r.body),
    createdAt: r.created_at,
    latest,
  };
}

export async function listStatements(ctx: AppContext, p: Principal, meta: RequestMeta): Promise<StatementView[]> {
  await authorize(ctx, p, 'statement.read', orgResource(p));
  const rows = await ctx.store.db.selectFrom('statements').selectAll().where('org_id', '=', p.orgId).orderBy('service').orderBy('version', 'desc').execute();
  const seen = new Set<string>();
  const out = rows.map((r) => {
    const latest = !seen.has(r.service);
    seen.add(r.service);
    return statementView(r, latest);
  });
  await ctx.audit.record({ ...actorOf(p, meta.ip), action: 'statement.list', outcome: 'success', targetType: 'statement', details: { count: out.length } });
  return out;
}

export async function getStatementRow(ctx: AppContext, orgId: string, id: string): Promise<StatementTable | undefined> {
  return ctx.store.db.selectFrom('statements').selectAll().where('id', '=', id).where('org_id', '=', orgId).executeTakeFirst();
}

/** Saves a statement: the first for a service is version 1, every later save a new version. */
export async function saveStatement(ctx: AppContext, p: Principal, input: StatementInput, meta: RequestMeta): Promise<StatementView> {
  await authorize(ctx, p, 'statement.manage', orgResource(p));
  const questions = (input.questions ?? [...DEFAULT_COMPREHENSION_QUESTIONS]).map((q) => q.trim()).filter(Boolean);
  if (questions.length === 0) throw new AppError('validation', 'Give at least one comprehension question (P4).', { errors: [{ path: 'questions', message: 'Give at least one question to check the client understood.' }] });
  const id = newId();
  const now = ctx.now().toISOString();
  const row = await ctx.store.db.transaction().execute(async (trx) => {
    const last = await trx.selectFrom('statements').select((eb) => eb.fn.max('version').as('v')).where('org_id', '=', p.orgId).where('service', '=', input.service).executeTakeFirst();
    const version = Number(last?.v ?? 0) + 1;
    const r: StatementTable = { id, org_id: p.orgId, service: input.service, version, title: input.title.trim(), body: input.body.trim(), questions: JSON.stringify(questions), review_months: input.reviewMonths ?? 12, created_by: p.userId, created_at: now };
    await trx.insertInto('statements').values(r).execute();
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'statement.save', outcome: 'success', targetType: 'statement', targetId: id, details: { service: input.service, version } });
    return r;
  });
  return statementView(row, true);
}
