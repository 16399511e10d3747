// Concerns (issue 7 items 2 and 7; PRACTICE B1–B6, T1–T3, K1): the practitioner answers plain questions (the
// facts of CONTRACTS §1), the decision engine gives its verdict, rationale, steps and citations, and the
// practitioner accepts it or chooses otherwise with a written reason. The concern keeps the facts, the policy
// version, the verdict and the choice, sealed with the client's key (only ids, enumerations and the verdict id
// are plain, for the lead's queue and the chronology). Colleague concerns never hold the colleague's identity:
// it lives only in the encrypted third-party record the concern links to, and free text naming a known person
// is refused.
import type { AppContext } from './context.js';
import { AppError, type FieldIssue } from './errors.js';
import { newId } from './ids.js';
import { actorOf, type Principal } from './principal.js';
import type { RequestMeta } from './auth.js';
import { authorize, loadClient, type LoadedClient } from './authorize.js';
import { check, openJson, sealJson } from './case-common.js';
import { assessFacts } from './assess.js';
import { loadAgreement } from './agreements.js';
import { thirdPartiesOf } from './case-notes.js';
import { profileAad } from './clients.js';
import { getRedactor } from './deid-resources.js';
import type { Action } from '../access/index.js';
import type { AssessmentResult, Facts } from '../domain/decision/index.js';
import type { Concern, Consent, Imminence, Profession, Requester, Severity } from '../domain/decision/vocabulary.js';
import {
  colleagueConcern, colleagueOptions, suggestedUrgency, COLLEAGUE_NATURE_HELP,
  type ColleagueNature, type ColleagueOption, type ConcernKind, type EscalationUrgency,
} from '../domain/concerns/index.js';
import type { ConcernTable } from '../store/schema.js';

/** Who may be at risk, as the form asks it. */
export const AT_RISK = ['the-client', 'someone-else', 'a-child', 'an-adult-at-risk', 'no-one'] as const;
export type AtRisk = (typeof AT_RISK)[number];

export interface RaiseConcernInput {
  kind: ConcernKind;
  engagementId?: string | null;
  noteId?: string | null;
  profession: Profession;
  /** The engine's concern type; for a colleague concern it follows from `colleagueNature`. */
  concern?: Concern | null;
  colleagueNature?: ColleagueNature | null;
  /** Colleague concerns: an existing third party (relationship colleague), or a name to record as one (sealed). */
  colleagueThirdPartyId?: string | null;
  colleagueName?: string | null;
  atRisk: AtRisk;
  imminence: Imminence;
  severity: Severity;
  clientConsent: Consent;
  /** Omitted: prefilled from the engagement's agreement record. */
  limitsExplained?: boolean | null;
  requester?: Requester | null;
  identifiableVictim?: boolean | null;
  clientIsChild?: boolean | null;
  adultAtRisk?: boolean | null;
  withinCompetence?: boolean | null;
  conflictOfInterest?: boolean | null;
  /** Omitted: the client's jurisdiction, else the organisation's. */
  jurisdiction?: string | null;
  /** What was said, briefly, in the practitioner's words. */
  summary: string;
}

interface SealedFacts {
  facts: Facts;
  atRisk: AtRisk;
  summary: string;
  colleagueNature: ColleagueNature | null;
  limitsSource: string;
  jurisdictionSource: string;
}

export interface ConcernMessageView { id: string; authorId: string; authorName: string; authorRole: string; body: string; createdAt: string }

export interface ConcernView {
  id: string;
  clientId: string;
  clientReference: string;
  engagementId: string | null;
  noteId: string | null;
  kind: string;
  facts: Facts;
  atRisk: AtRisk;
  summary: string;
  colleagueNature: ColleagueNature | null;
  colleagueThirdPartyId: string | null;
  colleagueOptions: ColleagueOption[];
  limitsSource: string;
  policyVersion: string;
  verdict: string;
  engineResult: AssessmentResult;
  suggestedUrgency: EscalationUrgency;
  choice: string | null;
  choiceReason: string | null;
  status: string;
  urgency: string | null;
  escalatedAt: string | null;
  escalationNote: string | null;
  emailStatus: string | null;
  decision: { outcome: string; reason: string; decidedBy: string; decidedAt: string } | null;
  messages: ConcernMessageView[];
  createdAt: string;
  updatedAt: string;
  raisedBy: string;
  raisedByName: string;
}

export interface ConcernListItem {
  id: string;
  kind: string;
  verdict: string;
  choice: string | null;
  status: string;
  urgency: string | null;
  createdAt: string;
  raisedBy: string;
}

export interface Prefill {
  engagementId: string | null;
  limitsExplained: boolean | null;
  limitsSource: string;
  jurisdiction: string | null;
  jurisdictionSource: string;
  colleagueNatures: { id: ColleagueNature; help: string; concern: Concern; options: ColleagueOption[] }[];
  colleagues: { id: string; relationship: string }[];
}

const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** Loads the client and decides; a refusal is recorded (access.denied) and thrown by the access module. */
export async function concernClient(ctx: AppContext, p: Principal, clientId: string, action: Action, targetId?: string, escalatedConcern = false): Promise<{ client: LoadedClient; via: string }> {
  const c = await loadClient(ctx, ctx.store.db, p, clientId);
  const via = await authorize(ctx, p, action, c ? { ...c, escalatedConcern } : undefined, { clientId, targetType: 'concern', ...(targetId ? { targetId } : {}) });
  return { client: c!, via };
}

/** A refusal to raise a concern says why (the same words for "not yours" and "no such client"). */
async function raiseAccess(ctx: AppContext, p: Principal, clientId: string): Promise<LoadedClient> {
  try {
    return (await concernClient(ctx, p, clientId, 'concern.raise')).client;
  } catch (err) {
    if (err instanceof AppError && err.code === 'forbidden') {
      throw new AppError('forbidden', 'Only the client’s assigned practitioner can raise a concern on this record. A safeguarding lead who needs to act opens the record by break-glass.');
    }
    throw err;
  }
}

async function orgJurisdiction(ctx: AppContext, orgId: string): Promise<string | null> {
  const o = await ctx.store.db.selectFrom('organisations').select('settings').where('id', '=', orgId).executeTakeFirst();
  try {
    const j = o ? (JSON.parse(o.settings) as Record<string, unknown>).jurisdiction : undefined;
    return typeof j === 'string' && j.trim() ? j.trim().toUpperCase() : null;
  } catch {
    return null;
  }
}

/** The engagement a concern belongs to: the one named (of this client), else the client's latest open one. */
async function engagementFor(ctx: AppContext, clientId: string, engagementId: string | null | undefined): Promise<{ id: string } | null> {
  if (engagementId) {
    const e = await ctx.store.db.selectFrom('engagements').select('id').where('id', '=', engagementId).where('client_id', '=', clientId).executeTakeFirst();
    if (!e) throw new AppError('validation', 'The engagement is not one of this client’s.', { errors: [{ path: 'engagementId', message: 'Choose one of this client’s engagements.' }] });
    return e;
  }
  const e = await ctx.store.db.selectFrom('engagements').select('id').where('client_id', '=', clientId).where('status', '=', 'open').orderBy('opened_at', 'desc').executeTakeFirst();
  return e ?? null;
}

async function limitsFor(ctx: AppContext, clientId: string, engagementId: string | null): Promise<{ value: boolean | null; source: string }> {
  if (!engagementId) return { value: null, source: 'The client has no open engagement, so no agreement record says whether the limits were explained: answer from what you know.' };
  const a = await loadAgreement(ctx, clientId, engagementId);
  if (!a) return { value: false, source: 'No confidentiality agreement is recorded for this engagement: the record does not show that the limits were explained.' };
  const date = a.record.explainedAt.slice(0, 10);
  if (a.record.notReady) return { value: false, source: `The agreement record (${date}) says the client was not ready, so the limits were not fully explained.` };
  return { value: true, source: `From the agreement record: limits explained on ${date} (${a.record.method}, statement version ${a.record.statementVersion}).` };
}

async function jurisdictionFor(ctx: AppContext, p: Principal, client: LoadedClient): Promise<{ value: string | null; source: string }> {
  if (client.jurisdiction) return { value: client.jurisdiction, source: 'Where the client lives, from the client record.' };
  const org = await orgJurisdiction(ctx, p.orgId);
  if (org) return { value: org, source: 'The organisation’s jurisdiction (the client record does not say where the client lives).' };
  return { value: null, source: 'Neither the client record nor the organisation says where: choose the jurisdiction.' };
}

/** What the form shows before the practitioner answers: the limits answer and where it came from, the jurisdiction, colleague options. */
export async function concernPrefill(ctx: AppContext, p: Principal, clientId: string, engagementId: string | null | undefined, meta: RequestMeta): Promise<Prefill> {
  const client = await raiseAccess(ctx, p, clientId);
  const e = await engagementFor(ctx, clientId, engagementId);
  const limits = await limitsFor(ctx, clientId, e?.id ?? null);
  const j = await jurisdictionFor(ctx, p, client);
  const colleagues = (await ctx.store.db.selectFrom('third_parties').select(['id', 'relationship']).where('client_id', '=', clientId).where('relationship', '=', 'colleague').orderBy('created_at').execute());
  await ctx.audit.record({ ...actorOf(p, meta.ip), action: 'concern.prefill', outcome: 'success', clientId, targetType: 'concern', details: { engagement: Boolean(e) } });
  return {
    engagementId: e?.id ?? null,
    limitsExplained: limits.value,
    limitsSource: limits.source,
    jurisdiction: j.value,
    jurisdictionSource: j.source,
    colleagueNatures: (['conflict', 'harassment', 'misconduct'] as const).map((n) => ({ id: n, help: COLLEAGUE_NATURE_HELP[n], concern: colleagueConcern(n), options: [...colleagueOptions(n)] })),
    colleagues,
  };
}

async function clientName(ctx: AppContext, client: LoadedClient): Promise<{ name: string; preferredName?: string | null }> {
  return JSON.parse(await ctx.keyring.openForClient(ctx.store.db, client.id, client.profileEnc, profileAad(client.id))) as { name: string; preferredName?: string | null };
}

/**
 * Free text of a colleague concern must not name the colleague (or anyone else the record knows, other than the
 * client): the case's known names go through the de-identifier; one found is refused, naming the field.
 */
export function namesIn(text: string, people: { name: string; role: string; relationship?: string }[]): { known: string[]; detected: string[] } {
  if (!text.trim()) return { known: [], detected: [] };
  const r = getRedactor().redact(text, people.length ? { people } : undefined);
  const persons = r.entities.filter((e) => e.type === 'PERSON' && !e.replacement.startsWith('[CLIENT'));
  return { known: persons.filter((e) => e.source === 'known').map((e) => e.text), detected: persons.filter((e) => e.source !== 'known').map((e) => e.text) };
}

export async function raiseConcern(ctx: AppContext, p: Principal, clientId: string, input: RaiseConcernInput, meta: RequestMeta): Promise<ConcernView> {
  const client = await raiseAccess(ctx, p, clientId);
  const issues: FieldIssue[] = [];
  const summary = (input.summary ?? '').trim();
  if (summary.length < 10) issues.push({ path: 'summary', message: 'Say briefly what the client said or what happened (at least a sentence).' });
  let concern: Concern | null = input.concern ?? null;
  if (input.kind === 'colleague') {
    if (!input.colleagueNature) issues.push({ path: 'colleagueNature', message: 'Is it a workplace conflict, harassment, or misconduct? Choose the one that fits best.' });
    else concern = colleagueConcern(input.colleagueNature);
    if (input.colleagueName && input.colleagueThirdPartyId) issues.push({ path: 'colleagueName', message: 'Choose a colleague already recorded, or give a name, not both.' });
    if (input.colleagueName !== undefined && input.colleagueName !== null && clean(input.colleagueName).length < 2) issues.push({ path: 'colleagueName', message: 'Give the colleague’s name as the client uses it, or leave it out (it is kept only in the encrypted third-party record).' });
  } else if (!concern) {
    issues.push({ path: 'concern', message: 'Say what the concern is about (for example risk to self, risk to others, a child’s safety).' });
  } else if (concern === 'colleague-conduct' || concern === 'workplace-conflict') {
    issues.push({ path: 'kind', message: 'A concern about the client’s colleague is raised as a colleague concern (kind "colleague"), so the colleague is never named in it.' });
  }
  check(issues);
  const e = await engagementFor(ctx, clientId, input.engagementId);
  if (input.noteId) {
    const n = await ctx.store.db.selectFrom('notes').select('id').where('id', '=', input.noteId).where('client_id', '=', clientId).executeTakeFirst();
    if (!n) check([{ path: 'noteId', message: 'The note is not one of this client’s.' }]);
  }
  let colleagueId: string | null = null;
  const people: { name: string; role: string; relationship?: string }[] = [];
  if (input.kind === 'colleague') {
    const third = await thirdPartiesOf(ctx, clientId);
    for (const t of third) people.push({ role: 'third-party', relationship: t.relationship, name: t.name });
    if (input.colleagueThirdPartyId) {
      const t = third.find((x) => x.id === input.colleagueThirdPartyId);
      if (!t) check([{ path: 'colleagueThirdPartyId', message: 'Choose one of the people recorded for this client.' }]);
      colleagueId = input.colleagueThirdPartyId;
    }
    if (input.colleagueName) people.push({ role: 'third-party', relationship: 'colleague', name: clean(input.colleagueName) });
    const named = namesIn(summary, people);
    if (named.known.length) {
      check([{ path: 'summary', message: 'The summary names the colleague (or another person from the record). Write “the colleague” instead: their identity is kept only in the encrypted third-party record.' }]);
    }
    if (named.detected.length) {
      // Not a name the record knows, but the de-identifier reads it as one: the practitioner sees which word.
      check([{ path: 'summary', message: `“${named.detected[0]}” looks like a person’s name. Write “the colleague” (or describe their role) instead: a colleague concern never names anyone.` }]);
    }
  }
  const limits = await limitsFor(ctx, clientId, e?.id ?? null);
  const limitsExplained = input.limitsExplained ?? limits.value;
  if (limitsExplained === null) check([{ path: 'limitsExplained', message: 'Were the limits of confidentiality explained to the client? The record does not say: answer yes or no.' }]);
  const j = input.jurisdiction ? { value: input.jurisdiction.trim().toUpperCase(), source: 'Chosen on the form.' } : await jurisdictionFor(ctx, p, client);
  if (!j.value) check([{ path: 'jurisdiction', message: 'Choose where the client is (for example GB-ENG): neither the client record nor the organisation says.' }]);
  const facts: Record<string, unknown> = {
    jurisdiction: j.value,
    profession: input.profession,
    concern,
    imminence: input.imminence,
    severity: input.severity,
    clientConsent: input.clientConsent,
    limitsExplained,
  };
  for (const k of ['requester', 'identifiableVictim', 'clientIsChild', 'adultAtRisk', 'withinCompetence', 'conflictOfInterest'] as const) {
    if (input[k] !== undefined && input[k] !== null) facts[k] = input[k];
  }
  if (input.atRisk === 'a-child' && facts.clientIsChild === undefined && concern !== 'child-protection') facts.clientIsChild = true;
  if (input.atRisk === 'an-adult-at-risk' && facts.adultAtRisk === undefined) facts.adultAtRisk = true;
  const out = assessFacts(facts);
  if (!out.ok) throw new AppError('validation', out.error.message, { errors: [{ path: out.error.field, message: out.error.message }] });
  const result = out.result;
  const id = newId();
  const iso = ctx.now().toISOString();
  const sealedFacts: SealedFacts = {
    facts: facts as unknown as Facts,
    atRisk: input.atRisk,
    summary,
    colleagueNature: input.kind === 'colleague' ? input.colleagueNature ?? null : null,
    limitsSource: input.limitsExplained === undefined || input.limitsExplained === null ? limits.source : input.limitsExplained === limits.value ? limits.source : 'Answered by the practitioner on the form (differs from, or is not in, the agreement record).',
    jurisdictionSource: j.source,
  };
  const policyVersion = `${result.policy.id}@${result.policy.version}`;
  await ctx.store.db.transaction().execute(async (trx) => {
    if (input.kind === 'colleague' && input.colleagueName) {
      colleagueId = newId();
      await trx
        .insertInto('third_parties')
        .values({ id: colleagueId, client_id: clientId, relationship: 'colleague', name_enc: await ctx.keyring.sealForClient(trx, clientId, clean(input.colleagueName), `third-party:${clientId}:${colleagueId}`), created_by: p.userId, created_at: iso })
        .execute();
      await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'third-party.add', outcome: 'success', clientId, targetType: 'third-party', targetId: colleagueId, details: { relationship: 'colleague', via: 'concern' } });
    }
    const row: ConcernTable = {
      id,
      organisation_id: p.orgId,
      client_id: clientId,
      engagement_id: e?.id ?? null,
      note_id: input.noteId ?? null,
      raised_by: p.userId,
      kind: input.kind,
      facts_sealed: await sealJson(ctx, trx, clientId, 'concern-facts', id, sealedFacts),
      policy_version: policyVersion,
      verdict: result.verdict,
      verdict_sealed: await sealJson(ctx, trx, clientId, 'concern-verdict', id, result),
      choice: null,
      choice_reason_sealed: null,
      third_party_id: colleagueId,
      status: 'open',
      urgency: null,
      escalated_at: null,
      escalated_by: null,
      escalation_sealed: null,
      email_status: null,
      decided_by: null,
      decided_at: null,
      decision_sealed: null,
      created_at: iso,
      updated_at: iso,
    };
    await trx.insertInto('concerns').values(row).execute();
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'concern.raise', outcome: 'success', clientId, targetType: 'concern', targetId: id, details: { kind: input.kind, concern: String(concern), verdict: result.verdict, policy: policyVersion } });
  });
  return concernView(ctx, (await ctx.store.db.selectFrom('concerns').selectAll().where('id', '=', id).executeTakeFirstOrThrow()), client.reference);
}

async function userNames(ctx: AppContext, ids: string[]): Promise<Map<string, string>> {
  const uniq = [...new Set(ids)];
  if (!uniq.length) return new Map();
  const rows = await ctx.store.db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', uniq).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

/** Opens a concern row into its view (the caller has decided access). */
export async function concernView(ctx: AppContext, r: ConcernTable, clientReference: string): Promise<ConcernView> {
  const f = await openJson<SealedFacts>(ctx, r.client_id, 'concern-facts', r.id, r.facts_sealed);
  const engineResult = await openJson<AssessmentResult>(ctx, r.client_id, 'concern-verdict', r.id, r.verdict_sealed);
  const choiceReason = r.choice_reason_sealed ? await openJson<string>(ctx, r.client_id, 'concern-choice', r.id, r.choice_reason_sealed) : null;
  const escalationNote = r.escalation_sealed ? await openJson<string>(ctx, r.client_id, 'concern-escalation', r.id, r.escalation_sealed) : null;
  const decision = r.decision_sealed ? await openJson<{ outcome: string; reason: string }>(ctx, r.client_id, 'concern-decision', r.id, r.decision_sealed) : null;
  const msgRows = await ctx.store.db.selectFrom('concern_messages').selectAll().where('concern_id', '=', r.id).orderBy('created_at').orderBy('id').execute();
  const names = await userNames(ctx, [r.raised_by, ...msgRows.map((m) => m.author_id)]);
  const messages = await Promise.all(msgRows.map(async (m) => ({ id: m.id, authorId: m.author_id, authorName: names.get(m.author_id) ?? '', authorRole: m.author_role, body: await openJson<string>(ctx, r.client_id, 'concern-message', m.id, m.body_sealed), createdAt: m.created_at })));
  return {
    id: r.id,
    clientId: r.client_id,
    clientReference,
    engagementId: r.engagement_id,
    noteId: r.note_id,
    kind: r.kind,
    facts: f.facts,
    atRisk: f.atRisk,
    summary: f.summary,
    colleagueNature: f.colleagueNature,
    colleagueThirdPartyId: r.third_party_id,
    colleagueOptions: f.colleagueNature ? [...colleagueOptions(f.colleagueNature)] : [],
    limitsSource: f.limitsSource,
    policyVersion: r.policy_version,
    verdict: r.verdict,
    engineResult,
    suggestedUrgency: suggestedUrgency(engineResult.urgency),
    choice: r.choice,
    choiceReason,
    status: r.status,
    urgency: r.urgency,
    escalatedAt: r.escalated_at,
    escalationNote,
    emailStatus: r.email_status,
    decision: decision && r.decided_by && r.decided_at ? { ...decision, decidedBy: r.decided_by, decidedAt: r.decided_at } : null,
    messages,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    raisedBy: r.raised_by,
    raisedByName: names.get(r.raised_by) ?? '',
  };
}

/** A concern row of this client, or 404 (after access has been decided). */
export async function loadConcern(ctx: AppContext, clientId: string, concernId: string): Promise<ConcernTable | undefined> {
  return ctx.store.db.selectFrom('concerns').selectAll().where('id', '=', concernId).where('client_id', '=', clientId).executeTakeFirst();
}

export const isEscalated = (r: Pick<ConcernTable, 'status'> | undefined): boolean => r !== undefined && (r.status === 'escalated' || r.status === 'decided');

export async function getConcern(ctx: AppContext, p: Principal, clientId: string, concernId: string, meta: RequestMeta = { ip: null, userAgent: null }): Promise<ConcernView> {
  const r = await loadConcern(ctx, clientId, concernId);
  const { client, via } = await concernClient(ctx, p, clientId, 'concern.read', concernId, isEscalated(r));
  if (!r) throw new AppError('not-found');
  await ctx.audit.record({ ...actorOf(p, meta.ip), action: 'concern.read', outcome: 'success', clientId, targetType: 'concern', targetId: concernId, details: { via } });
  return concernView(ctx, r, client.reference);
}

export async function listConcerns(ctx: AppContext, p: Principal, clientId: string, meta: RequestMeta = { ip: null, userAgent: null }): Promise<ConcernListItem[]> {
  const { via } = await concernClient(ctx, p, clientId, 'concern.list');
  const rows = await ctx.store.db.selectFrom('concerns').select(['id', 'kind', 'verdict', 'choice', 'status', 'urgency', 'created_at', 'raised_by']).where('client_id', '=', clientId).orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
  await ctx.audit.record({ ...actorOf(p, meta.ip), action: 'concern.list', outcome: 'success', clientId, targetType: 'concern', details: { count: rows.length, via } });
  return rows.map((r) => ({ id: r.id, kind: r.kind, verdict: r.verdict, choice: r.choice, status: r.status, urgency: r.urgency, createdAt: r.created_at, raisedBy: r.raised_by }));
}

export interface ChoiceInput {
  choice: 'accepted' | 'overridden';
  reason?: string | null;
}

/** The practitioner accepts the verdict, or chooses otherwise with a written reason. Made once. */
export async function chooseOnConcern(ctx: AppContext, p: Principal, clientId: string, concernId: string, input: ChoiceInput, meta: RequestMeta): Promise<ConcernView> {
  const { client } = await concernClient(ctx, p, clientId, 'concern.write', concernId);
  const reason = (input.reason ?? '').trim();
  if (input.choice === 'overridden' && reason.length < 10) check([{ path: 'reason', message: 'You are choosing otherwise than the verdict: write your reason (at least a sentence). It is kept with the concern.' }]);
  const iso = ctx.now().toISOString();
  await ctx.store.db.transaction().execute(async (trx) => {
    const r = await trx.selectFrom('concerns').select(['id', 'choice']).where('id', '=', concernId).where('client_id', '=', clientId).executeTakeFirst();
    if (!r) throw new AppError('not-found');
    if (r.choice) throw new AppError('conflict', 'A choice is already recorded for this concern; raise a new concern if the situation has changed.');
    const sealedReason = reason ? await sealJson(ctx, trx, clientId, 'concern-choice', concernId, reason) : null;
    await trx.updateTable('concerns').set({ choice: input.choice, choice_reason_sealed: sealedReason, updated_at: iso }).where('id', '=', concernId).execute();
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'concern.choose', outcome: 'success', clientId, targetType: 'concern', targetId: concernId, details: { choice: input.choice } });
  });
  return concernView(ctx, (await loadConcern(ctx, clientId, concernId))!, client.reference);
}
