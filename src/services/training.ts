// Training (issue 8; PRACTICE L1): the scenario library (shipped + the organisation's own), the two exercise
// kinds, assignments, progress, the team summary and certificates. Training data never touches client
// records: no client table is read or joined here, no client key is used, and no client-access right is
// needed (src/access/policy.ts `training.*`). Answers are scored against the same engine and packs as
// practice (assessFacts), computed at the time of answering, so training and practice never disagree.
import type { Transaction } from 'kysely';
import type { Database } from '../store/schema.js';
import type { AssessmentResult } from '../domain/decision/index.js';
import {
  compareAnswer, disagreements, markExercise, summariseByTopic,
  exerciseAnswerSchema, scenarioAnswerSchema, expectedSchema, tagsSchema,
  type Disagreement, type Exercise, type ExerciseAction, type Expected, type Tags, type TopicRow,
} from '../domain/training/index.js';
import { assessFacts } from './assess.js';
import type { AppContext } from './context.js';
import { AppError, type FieldIssue } from './errors.js';
import { authorize, orgResource } from './authorize.js';
import { actorOf, type Principal } from './principal.js';
import type { RequestMeta } from './auth.js';
import { newId } from './ids.js';
import { getTrainingLibrary } from './training-library.js';

export type ItemKind = 'scenario' | 'exercise';
export interface ItemRef { kind: ItemKind; id: string }

/** A scenario's narrative is included (never its answer), so the scenario page can show at once. */
export interface LibraryItem { kind: ItemKind; id: string; title: string; source: 'shipped' | 'organisation'; tags: Tags; narrative?: string }

export interface EngineAnswer {
  verdict: AssessmentResult['verdict'];
  informClientFirst: boolean;
  approvalRequired: boolean;
  urgency: AssessmentResult['urgency'];
  recipients: AssessmentResult['recipients'];
  minimumNecessary: string[];
  steps: { id: string; text: string }[];
  citations: { source: string; note: string }[];
  rationale: string;
  policy: { id: string; version: string };
}

const engineView = (r: AssessmentResult): EngineAnswer => ({
  verdict: r.verdict, informClientFirst: r.informClientFirst, approvalRequired: r.approvalRequired, urgency: r.urgency,
  recipients: r.recipients, minimumNecessary: r.minimumNecessary, steps: r.steps, citations: r.citations, rationale: r.rationale,
  policy: { id: r.policy.id, version: r.policy.version },
});

interface LoadedScenario { id: string; title: string; narrative: string; facts: Record<string, unknown>; expect: Expected; notes: string; tags: Tags; source: 'shipped' | 'organisation' }
interface LoadedExercise { id: string; title: string; situation: string; actions: ExerciseAction[]; tags: Tags; source: 'shipped' | 'organisation' }

type Q = AppContext['store']['db'] | Transaction<Database>;

async function loadScenario(ctx: AppContext, db: Q, p: Principal, id: string): Promise<LoadedScenario | undefined> {
  const shipped = getTrainingLibrary().scenarios.find((s) => s.id === id);
  if (shipped) return { ...shipped, source: 'shipped' };
  const row = await db.selectFrom('training_scenarios').selectAll().where('id', '=', id).where('org_id', '=', p.orgId).executeTakeFirst();
  if (!row) return undefined;
  return { id: row.id, title: row.title, narrative: row.narrative, facts: JSON.parse(row.facts), expect: JSON.parse(row.expected), notes: row.notes, tags: JSON.parse(row.tags), source: 'organisation' };
}

async function loadExercise(ctx: AppContext, db: Q, p: Principal, id: string): Promise<LoadedExercise | undefined> {
  const shipped = getTrainingLibrary().exercises.find((e) => e.id === id);
  if (shipped) return { ...shipped, source: 'shipped' };
  const row = await db.selectFrom('training_exercises').selectAll().where('id', '=', id).where('org_id', '=', p.orgId).executeTakeFirst();
  if (!row) return undefined;
  return { id: row.id, title: row.title, situation: row.situation, actions: JSON.parse(row.actions), tags: JSON.parse(row.tags), source: 'organisation' };
}

/** The library: shipped scenarios and exercises plus the organisation's own, filtered by tags. No answers. */
export async function listLibrary(ctx: AppContext, p: Principal, filter: Partial<Tags> & { kind?: ItemKind } = {}): Promise<LibraryItem[]> {
  await authorize(ctx, p, 'training.learn', orgResource(p));
  const lib = getTrainingLibrary();
  const items: LibraryItem[] = [
    ...lib.scenarios.map((s) => ({ kind: 'scenario' as const, id: s.id, title: s.title, source: 'shipped' as const, tags: s.tags, narrative: s.narrative })),
    ...lib.exercises.map((e) => ({ kind: 'exercise' as const, id: e.id, title: e.title, source: 'shipped' as const, tags: e.tags })),
  ];
  const own = await ctx.store.db.selectFrom('training_scenarios').select(['id', 'title', 'tags', 'narrative']).where('org_id', '=', p.orgId).orderBy('created_at').execute();
  for (const r of own) items.push({ kind: 'scenario', id: r.id, title: r.title, source: 'organisation', tags: JSON.parse(r.tags), narrative: r.narrative });
  const ownEx = await ctx.store.db.selectFrom('training_exercises').select(['id', 'title', 'tags']).where('org_id', '=', p.orgId).orderBy('created_at').execute();
  for (const r of ownEx) items.push({ kind: 'exercise', id: r.id, title: r.title, source: 'organisation', tags: JSON.parse(r.tags) });
  return items.filter((i) =>
    (!filter.kind || i.kind === filter.kind) &&
    (!filter.profession || i.tags.profession === filter.profession) &&
    (!filter.concern || i.tags.concern === filter.concern) &&
    (!filter.difficulty || i.tags.difficulty === filter.difficulty) &&
    (!filter.jurisdiction || i.tags.jurisdiction === filter.jurisdiction));
}

/** A scenario as the learner first sees it: the narrative and tags, not the answer. */
export async function getScenario(ctx: AppContext, p: Principal, id: string): Promise<{ id: string; title: string; narrative: string; tags: Tags; source: string }> {
  await authorize(ctx, p, 'training.learn', orgResource(p));
  const s = await loadScenario(ctx, ctx.store.db, p, id);
  if (!s) throw new AppError('not-found');
  return { id: s.id, title: s.title, narrative: s.narrative, tags: s.tags, source: s.source };
}

/** An exercise as the learner first sees it: the situation and the actions, without the marks. */
export async function getExercise(ctx: AppContext, p: Principal, id: string): Promise<{ id: string; title: string; situation: string; actions: string[]; tags: Tags; source: string }> {
  await authorize(ctx, p, 'training.learn', orgResource(p));
  const e = await loadExercise(ctx, ctx.store.db, p, id);
  if (!e) throw new AppError('not-found');
  return { id: e.id, title: e.title, situation: e.situation, actions: e.actions.map((a) => a.text), tags: e.tags, source: e.source };
}

// ---------------------------------------------------------------- authoring

export interface ScenarioInput { title: string; narrative: string; facts: Record<string, unknown>; expected: Expected; notes: string; difficulty: Tags['difficulty']; confirmDisagreement?: boolean }
export interface ScenarioCheckView { engine: EngineAnswer; disagreements: Disagreement[]; tags: Tags }

function runEngine(facts: unknown): { engine: AssessmentResult; jurisdiction: string; profession: Tags['profession']; concern: Tags['concern'] } {
  const out = assessFacts(facts);
  if (!out.ok) {
    const path = out.error.field === '(facts)' || out.error.field === 'policy' ? 'facts' : `facts.${out.error.field}`;
    throw new AppError('validation', `The facts cannot be assessed: ${out.error.message}`, { errors: [{ path, message: out.error.message }] });
  }
  const f = facts as { jurisdiction: string; profession: Tags['profession']; concern: Tags['concern'] };
  return { engine: out.result, jurisdiction: String(f.jurisdiction).trim().toUpperCase(), profession: f.profession, concern: f.concern };
}

function checkInput(input: ScenarioInput): ScenarioCheckView {
  const exp = expectedSchema.safeParse(input.expected);
  if (!exp.success) throw new AppError('validation', 'The expected outcome is not valid.', { errors: exp.error.issues.map((i) => ({ path: ['expected', ...i.path].join('.'), message: i.message })) });
  const { engine, jurisdiction, profession, concern } = runEngine(input.facts);
  const tags = tagsSchema.safeParse({ profession, jurisdiction, concern, difficulty: input.difficulty });
  if (!tags.success) throw new AppError('validation', 'The tags are not valid.', { errors: tags.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) });
  return { engine: engineView(engine), disagreements: disagreements(exp.data, engine), tags: tags.data };
}

/** What the engine says about a draft scenario, and where it disagrees with the author. Saves nothing. */
export async function checkScenarioDraft(ctx: AppContext, p: Principal, input: ScenarioInput): Promise<ScenarioCheckView> {
  await authorize(ctx, p, 'training.author', orgResource(p));
  return checkInput(input);
}

export interface AuthoredScenario { id: string; title: string; tags: Tags; expected: Expected; engine: EngineAnswer; disagrees: boolean; confirmedDisagreement: boolean; createdAt: string }

/**
 * Saves an organisation scenario. The engine is run first; if it disagrees with the author's expected
 * outcome, nothing is saved unless the author has seen the disagreement and confirms it (409 otherwise).
 * A confirmed disagreement stays visible in the authored list: a finding worth reviewing, not hidden.
 */
export async function createScenario(ctx: AppContext, p: Principal, input: ScenarioInput, meta: RequestMeta): Promise<AuthoredScenario> {
  await authorize(ctx, p, 'training.author', orgResource(p));
  const check = checkInput(input);
  if (check.disagreements.length && !input.confirmDisagreement) {
    const errors: FieldIssue[] = check.disagreements.map((d) => ({ path: `expected.${d.field}`, message: `You expected ${d.expected}; the decision engine says ${d.engine}.` }));
    throw new AppError('conflict', 'The decision engine disagrees with the expected outcome. Review its answer, then fix the scenario or confirm the disagreement.', { errors });
  }
  const id = newId();
  const now = ctx.now().toISOString();
  return ctx.store.db.transaction().execute(async (trx) => {
    await trx.insertInto('training_scenarios').values({
      id, org_id: p.orgId, title: input.title, narrative: input.narrative, facts: JSON.stringify(input.facts), expected: JSON.stringify(input.expected),
      notes: input.notes, tags: JSON.stringify(check.tags), engine_answer: JSON.stringify(check.engine), disagrees: check.disagreements.length ? 1 : 0,
      confirmed_disagreement: check.disagreements.length ? 1 : 0, author_id: p.userId, created_at: now, updated_at: now,
    }).execute();
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'training.scenario-create', outcome: 'success', targetType: 'training-scenario', targetId: id, details: { disagrees: check.disagreements.length > 0 } });
    return { id, title: input.title, tags: check.tags, expected: input.expected, engine: check.engine, disagrees: check.disagreements.length > 0, confirmedDisagreement: check.disagreements.length > 0, createdAt: now };
  });
}

export async function listAuthored(ctx: AppContext, p: Principal): Promise<AuthoredScenario[]> {
  await authorize(ctx, p, 'training.author', orgResource(p));
  const rows = await ctx.store.db.selectFrom('training_scenarios').selectAll().where('org_id', '=', p.orgId).orderBy('created_at', 'desc').execute();
  return rows.map((r) => ({ id: r.id, title: r.title, tags: JSON.parse(r.tags), expected: JSON.parse(r.expected), engine: JSON.parse(r.engine_answer), disagrees: r.disagrees === 1, confirmedDisagreement: r.confirmed_disagreement === 1, createdAt: r.created_at }));
}

export interface ExerciseInput { title: string; situation: string; actions: ExerciseAction[]; tags: Tags }

/** Saves an organisation "Ethical or unethical?" exercise: a situation and the adviser's actions, each with its mark and why. */
export async function createExercise(ctx: AppContext, p: Principal, input: ExerciseInput, meta: RequestMeta): Promise<{ id: string; title: string; tags: Tags; actions: number }> {
  await authorize(ctx, p, 'training.author', orgResource(p));
  const tags = tagsSchema.safeParse({ ...input.tags, jurisdiction: String(input.tags.jurisdiction ?? '').trim().toUpperCase() });
  if (!tags.success) throw new AppError('validation', 'The tags are not valid.', { errors: tags.error.issues.map((i) => ({ path: ['tags', ...i.path.map(String)].join('.'), message: i.message })) });
  if (!input.actions.some((a) => a.mark === 'ethical') || !input.actions.some((a) => a.mark === 'unethical')) {
    throw new AppError('validation', 'Include at least one ethical and one unethical action.', { errors: [{ path: 'actions', message: 'Include at least one ethical and one unethical action.' }] });
  }
  const id = newId();
  const now = ctx.now().toISOString();
  await ctx.store.db.transaction().execute(async (trx) => {
    await trx.insertInto('training_exercises').values({ id, org_id: p.orgId, title: input.title, situation: input.situation, actions: JSON.stringify(input.actions), tags: JSON.stringify(tags.data), author_id: p.userId, created_at: now }).execute();
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'training.exercise-create', outcome: 'success', targetType: 'training-exercise', targetId: id, details: { actions: input.actions.length } });
  });
  return { id, title: input.title, tags: tags.data, actions: input.actions.length };
}

// ---------------------------------------------------------------- answering

export type AnswerInput = { kind: 'scenario'; id: string; assignmentId?: string; answer: unknown } | { kind: 'exercise'; id: string; assignmentId?: string; answer: unknown };

export type AnswerResult =
  | { kind: 'scenario'; recorded: boolean; score: number; correct: boolean; parts: { verdict: boolean; informClientFirst: boolean; approvalRequired: boolean; recipients: number }; yours: unknown; engine: EngineAnswer; notes: string; assignmentCompleted: boolean }
  | { kind: 'exercise'; recorded: boolean; score: number; correct: boolean; items: { text: string; mark: string; expected: string; right: boolean; why: string }[]; assignmentCompleted: boolean };

function issues(prefix: string, list: readonly { path: PropertyKey[]; message: string }[]): FieldIssue[] {
  return list.map((i) => ({ path: [prefix, ...i.path.map(String)].join('.'), message: i.message }));
}

/**
 * Scores an answer. Within an assignment it is recorded once per learner and item: a second submission
 * is refused with a clear 409 (a unique constraint backs this up against races). Outside an assignment
 * (free practice) the answer is scored and shown but not recorded.
 */
export async function submitAnswer(ctx: AppContext, p: Principal, input: AnswerInput, meta: RequestMeta): Promise<AnswerResult> {
  await authorize(ctx, p, 'training.learn', orgResource(p));
  const db = ctx.store.db;
  let result: AnswerResult;
  let topic: { profession: string; concern: string };
  // What is kept: the structured choices only. The free-text "minimum to share" is shown back but never
  // stored, so nothing a learner types (however careless) stays in the training tables.
  let stored: unknown;
  if (input.kind === 'scenario') {
    const s = await loadScenario(ctx, db, p, input.id);
    if (!s) throw new AppError('not-found');
    const a = scenarioAnswerSchema.safeParse(input.answer);
    if (!a.success) throw new AppError('validation', 'The answer is not complete.', { errors: issues('answer', a.error.issues as never) });
    const out = assessFacts(s.facts);
    if (!out.ok) throw new AppError('conflict', 'This scenario can no longer be assessed by the decision engine; ask an administrator to review it.');
    const cmp = compareAnswer(out.result, a.data);
    stored = { verdict: a.data.verdict, informClientFirst: a.data.informClientFirst, approvalRequired: a.data.approvalRequired, recipients: a.data.recipients };
    result = { kind: 'scenario', recorded: false, score: cmp.score, correct: cmp.correct, parts: cmp.parts, yours: a.data, engine: engineView(out.result), notes: s.notes, assignmentCompleted: false };
    topic = { profession: s.tags.profession, concern: s.tags.concern };
  } else {
    const e = await loadExercise(ctx, db, p, input.id);
    if (!e) throw new AppError('not-found');
    const a = exerciseAnswerSchema.safeParse(input.answer);
    if (!a.success) throw new AppError('validation', 'Mark every action as ethical or unethical.', { errors: issues('answer', a.error.issues as never) });
    if (a.data.marks.length !== e.actions.length) throw new AppError('validation', `Mark all ${e.actions.length} actions.`, { errors: [{ path: 'answer.marks', message: `Mark all ${e.actions.length} actions (got ${a.data.marks.length}).` }] });
    const m = markExercise(e, a.data);
    stored = a.data;
    result = { kind: 'exercise', recorded: false, score: m.score, correct: m.correct, items: m.items.map((it, i) => ({ ...it, text: e.actions[i]!.text })), assignmentCompleted: false };
    topic = { profession: e.tags.profession, concern: e.tags.concern };
  }
  if (!input.assignmentId) return result;

  const assignmentId = input.assignmentId;
  return db.transaction().execute(async (trx) => {
    const asg = await trx.selectFrom('training_assignments').selectAll().where('id', '=', assignmentId).where('assignee_id', '=', p.userId).where('org_id', '=', p.orgId).executeTakeFirst();
    if (!asg) throw new AppError('not-found');
    const items = JSON.parse(asg.items) as ItemRef[];
    if (!items.some((i) => i.kind === input.kind && i.id === input.id)) throw new AppError('validation', 'This item is not part of that assignment.', { errors: [{ path: 'id', message: 'Not part of the assignment.' }] });
    const already = await trx.selectFrom('training_attempts').select('id').where('user_id', '=', p.userId).where('assignment_id', '=', assignmentId).where('item_kind', '=', input.kind).where('item_id', '=', input.id).executeTakeFirst();
    if (already) throw new AppError('conflict', 'You have already answered this item in this assignment; your first answer stands.');
    const now = ctx.now().toISOString();
    const attemptId = newId();
    await trx.insertInto('training_attempts').values({
      id: attemptId, org_id: p.orgId, user_id: p.userId, assignment_id: assignmentId, item_kind: input.kind, item_id: input.id,
      answer: JSON.stringify(stored), score: result.score, correct: result.correct ? 1 : 0, profession: topic.profession, concern: topic.concern, created_at: now,
    }).execute();
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'training.answer', outcome: 'success', targetType: 'training-assignment', targetId: assignmentId, details: { kind: input.kind, item: input.id, score: result.score } });
    const done = await trx.selectFrom('training_attempts').select(['score']).where('user_id', '=', p.userId).where('assignment_id', '=', assignmentId).execute();
    let completed = false;
    if (done.length >= items.length && !asg.completed_at) {
      completed = true;
      const score = Math.round(done.reduce((n, d) => n + d.score, 0) / done.length);
      await trx.updateTable('training_assignments').set({ completed_at: now }).where('id', '=', assignmentId).execute();
      await trx.insertInto('training_certificates').values({ id: newId(), org_id: p.orgId, user_id: p.userId, assignment_id: assignmentId, score, issued_at: now }).execute();
      await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'training.complete', outcome: 'success', targetType: 'training-assignment', targetId: assignmentId, details: { score } });
    }
    return { ...result, recorded: true, assignmentCompleted: completed };
  }).catch((e: unknown) => {
    // Two submissions racing past the check: the unique constraint refuses the second.
    if (!(e instanceof AppError) && /unique|duplicate/i.test(String((e as Error)?.message))) throw new AppError('conflict', 'You have already answered this item in this assignment; your first answer stands.');
    throw e;
  });
}

// ---------------------------------------------------------------- assignments

export interface AssignmentInput { title: string; items: ItemRef[]; assigneeIds: string[]; dueAt: string }

/** Assigns a set to staff. Every assignee must be an active member of the organisation; all or nothing. */
export async function createAssignments(ctx: AppContext, p: Principal, input: AssignmentInput, meta: RequestMeta): Promise<{ ids: string[] }> {
  await authorize(ctx, p, 'training.assign', orgResource(p));
  const errors: FieldIssue[] = [];
  const db = ctx.store.db;
  const seen = new Set<string>();
  for (const [i, it] of input.items.entries()) {
    const key = `${it.kind}:${it.id}`;
    if (seen.has(key)) errors.push({ path: `items.${i}`, message: 'This item is listed twice.' });
    seen.add(key);
    const found = it.kind === 'scenario' ? await loadScenario(ctx, db, p, it.id) : await loadExercise(ctx, db, p, it.id);
    if (!found) errors.push({ path: `items.${i}.id`, message: `There is no ${it.kind} "${it.id}" in the library.` });
  }
  if (Number.isNaN(Date.parse(input.dueAt))) errors.push({ path: 'dueAt', message: 'Give a due date such as 2026-12-31.' });
  else if (Date.parse(input.dueAt) < ctx.now().getTime() - 86_400_000) errors.push({ path: 'dueAt', message: 'The due date is in the past.' });
  const unique = [...new Set(input.assigneeIds)];
  const users = unique.length ? await db.selectFrom('users').select(['id', 'display_name', 'active']).where('org_id', '=', p.orgId).where('id', 'in', unique).execute() : [];
  input.assigneeIds.forEach((uid, i) => {
    const u = users.find((x) => x.id === uid);
    if (!u) errors.push({ path: `assigneeIds.${i}`, message: 'No such member of your organisation.' });
    else if (u.active !== 1) errors.push({ path: `assigneeIds.${i}`, message: `${u.display_name} is deactivated and cannot be assigned training.` });
  });
  if (errors.length) throw new AppError('validation', 'The assignment was not saved.', { errors });
  const now = ctx.now().toISOString();
  const due = new Date(input.dueAt).toISOString();
  const ids: string[] = [];
  await db.transaction().execute(async (trx) => {
    for (const uid of unique) {
      const id = newId();
      ids.push(id);
      await trx.insertInto('training_assignments').values({ id, org_id: p.orgId, title: input.title, items: JSON.stringify(input.items), assignee_id: uid, assigned_by: p.userId, due_at: due, created_at: now, completed_at: null }).execute();
      await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'training.assign', outcome: 'success', targetType: 'training-assignment', targetId: id, details: { assignee: uid, items: input.items.length } });
    }
  });
  return { ids };
}

export interface AssignmentView {
  id: string; title: string; dueAt: string; createdAt: string; completedAt: string | null; total: number; answered: number; averageScore: number | null; overdue: boolean; certificate: boolean;
}
export interface AssignmentDetail extends AssignmentView { items: (ItemRef & { title: string; answered: boolean; score: number | null })[] }

async function viewOf(ctx: AppContext, p: Principal, rows: Database['training_assignments'][]): Promise<AssignmentView[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const attempts = await ctx.store.db.selectFrom('training_attempts').select(['assignment_id', 'score']).where('user_id', '=', p.userId).where('assignment_id', 'in', ids).execute();
  const certs = await ctx.store.db.selectFrom('training_certificates').select('assignment_id').where('user_id', '=', p.userId).where('assignment_id', 'in', ids).execute();
  const now = ctx.now().toISOString();
  return rows.map((r) => {
    const mine = attempts.filter((a) => a.assignment_id === r.id);
    return {
      id: r.id, title: r.title, dueAt: r.due_at, createdAt: r.created_at, completedAt: r.completed_at, total: (JSON.parse(r.items) as ItemRef[]).length, answered: mine.length,
      averageScore: mine.length ? Math.round(mine.reduce((n, a) => n + a.score, 0) / mine.length) : null, overdue: !r.completed_at && r.due_at < now, certificate: certs.some((c) => c.assignment_id === r.id),
    };
  });
}

export async function listMyAssignments(ctx: AppContext, p: Principal): Promise<AssignmentView[]> {
  await authorize(ctx, p, 'training.learn', orgResource(p));
  const rows = await ctx.store.db.selectFrom('training_assignments').selectAll().where('assignee_id', '=', p.userId).where('org_id', '=', p.orgId).orderBy('due_at').execute();
  return viewOf(ctx, p, rows);
}

export async function getMyAssignment(ctx: AppContext, p: Principal, id: string): Promise<AssignmentDetail> {
  await authorize(ctx, p, 'training.learn', orgResource(p));
  const row = await ctx.store.db.selectFrom('training_assignments').selectAll().where('id', '=', id).where('assignee_id', '=', p.userId).where('org_id', '=', p.orgId).executeTakeFirst();
  if (!row) throw new AppError('not-found');
  const [view] = await viewOf(ctx, p, [row]);
  const attempts = await ctx.store.db.selectFrom('training_attempts').select(['item_kind', 'item_id', 'score']).where('user_id', '=', p.userId).where('assignment_id', '=', id).execute();
  const items = [];
  for (const it of JSON.parse(row.items) as ItemRef[]) {
    const found = it.kind === 'scenario' ? await loadScenario(ctx, ctx.store.db, p, it.id) : await loadExercise(ctx, ctx.store.db, p, it.id);
    const a = attempts.find((x) => x.item_kind === it.kind && x.item_id === it.id);
    items.push({ ...it, title: found?.title ?? '(removed from the library)', answered: !!a, score: a ? a.score : null });
  }
  return { ...view!, items };
}

export interface IssuedView { title: string; dueAt: string; createdAt: string; assignees: number; completed: number; items: number }

/** Sets this person assigned, grouped: counts only, no names (the shared view never singles anyone out). */
export async function listIssued(ctx: AppContext, p: Principal): Promise<IssuedView[]> {
  await authorize(ctx, p, 'training.assign', orgResource(p));
  const rows = await ctx.store.db.selectFrom('training_assignments').select(['title', 'due_at', 'created_at', 'completed_at', 'items']).where('assigned_by', '=', p.userId).where('org_id', '=', p.orgId).orderBy('created_at', 'desc').execute();
  const groups = new Map<string, IssuedView>();
  for (const r of rows) {
    const key = `${r.created_at}\0${r.title}\0${r.due_at}`;
    const g = groups.get(key) ?? { title: r.title, dueAt: r.due_at, createdAt: r.created_at, assignees: 0, completed: 0, items: (JSON.parse(r.items) as ItemRef[]).length };
    g.assignees++;
    if (r.completed_at) g.completed++;
    groups.set(key, g);
  }
  return [...groups.values()];
}

/** Active members one may assign training to (names only: no roles beyond that, no client data). */
export async function listLearners(ctx: AppContext, p: Principal): Promise<{ id: string; displayName: string }[]> {
  await authorize(ctx, p, 'training.assign', orgResource(p));
  const rows = await ctx.store.db.selectFrom('users').select(['id', 'display_name']).where('org_id', '=', p.orgId).where('active', '=', 1).orderBy('display_name').execute();
  return rows.map((r) => ({ id: r.id, displayName: r.display_name }));
}

// ---------------------------------------------------------------- progress and team

export interface ProgressView { assignments: number; completed: number; answered: number; averageScore: number | null; byTopic: TopicRow[] }

export async function myProgress(ctx: AppContext, p: Principal): Promise<ProgressView> {
  await authorize(ctx, p, 'training.learn', orgResource(p));
  const attempts = await ctx.store.db.selectFrom('training_attempts').select(['profession', 'concern', 'score', 'correct']).where('user_id', '=', p.userId).where('org_id', '=', p.orgId).execute();
  const asg = await ctx.store.db.selectFrom('training_assignments').select(['completed_at']).where('assignee_id', '=', p.userId).where('org_id', '=', p.orgId).execute();
  return {
    assignments: asg.length, completed: asg.filter((a) => a.completed_at).length, answered: attempts.length,
    averageScore: attempts.length ? Math.round(attempts.reduce((n, a) => n + a.score, 0) / attempts.length) : null,
    byTopic: summariseByTopic(attempts.map((a) => ({ ...a, correct: a.correct === 1 }))),
  };
}

export interface TeamView { learners: number; assignments: number; completed: number; overdue: number; answered: number; averageScore: number | null; byTopic: TopicRow[]; smallGroup: boolean }

/**
 * The team's results by topic (concern and profession): counts and rates, weakest first, never names.
 * A supervisor's team is the people they assigned training to; an admin sees the whole organisation.
 * Topics answered by fewer than 3 learners are still shown, but flagged, since small counts can point
 * at a person.
 */
export async function teamSummary(ctx: AppContext, p: Principal): Promise<TeamView> {
  await authorize(ctx, p, 'training.team', orgResource(p));
  let aq = ctx.store.db.selectFrom('training_assignments').select(['id', 'assignee_id', 'completed_at', 'due_at']).where('org_id', '=', p.orgId);
  if (!p.roles.includes('admin')) aq = aq.where('assigned_by', '=', p.userId);
  const asg = await aq.execute();
  const ids = asg.map((a) => a.id);
  const attempts = ids.length ? await ctx.store.db.selectFrom('training_attempts').select(['profession', 'concern', 'score', 'correct']).where('org_id', '=', p.orgId).where('assignment_id', 'in', ids).execute() : [];
  const learners = new Set(asg.map((a) => a.assignee_id)).size;
  const now = ctx.now().toISOString();
  return {
    learners, assignments: asg.length, completed: asg.filter((a) => a.completed_at).length, overdue: asg.filter((a) => !a.completed_at && a.due_at < now).length,
    answered: attempts.length, averageScore: attempts.length ? Math.round(attempts.reduce((n, a) => n + a.score, 0) / attempts.length) : null,
    byTopic: summariseByTopic(attempts.map((a) => ({ ...a, correct: a.correct === 1 }))), smallGroup: learners < 3,
  };
}

// ---------------------------------------------------------------- certificate

export async function certificateData(ctx: AppContext, p: Principal, assignmentId: string): Promise<{ name: string; organisation: string; title: string; score: number; items: number; issuedAt: string; id: string }> {
  await authorize(ctx, p, 'training.learn', orgResource(p));
  const c = await ctx.store.db.selectFrom('training_certificates').selectAll().where('assignment_id', '=', assignmentId).where('user_id', '=', p.userId).where('org_id', '=', p.orgId).executeTakeFirst();
  if (!c) throw new AppError('not-found');
  const a = await ctx.store.db.selectFrom('training_assignments').select(['title', 'items']).where('id', '=', assignmentId).executeTakeFirstOrThrow();
  const org = await ctx.store.db.selectFrom('organisations').select('name').where('id', '=', p.orgId).executeTakeFirstOrThrow();
  await ctx.audit.record({ ...actorOf(p), action: 'training.certificate', outcome: 'success', targetType: 'training-assignment', targetId: assignmentId });
  return { name: p.displayName, organisation: org.name, title: a.title, score: c.score, items: (JSON.parse(a.items) as unknown[]).length, issuedAt: c.issued_at, id: c.id };
}

export type { Exercise };
