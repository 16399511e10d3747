// Disclosures (issue 7 item 5; PRACTICE B1, B3, B5, D2): breaking confidentiality only when right, and provably so.
// A request states the ground (one of the engine's citations for the concern's verdict, or a written one), the
// recipient (a live directory entry or a named one), the information disclosed field by field (limited to the
// verdict's minimum-necessary categories unless a written justification is given), and whether the client was
// told before, after or not (and why not). When approval is required (the verdict says so, or there is no
// verdict to go by) a second person with authority — a safeguarding lead who is not the requester — approves
// exactly that request: the approval carries the SHA-256 of the canonical request and an approval of an older
// version is refused. Once recorded as disclosed nothing can change; only annotations are appended.
import { createHash } from 'node:crypto';
import type { AppContext } from './context.js';
import { AppError, type FieldIssue } from './errors.js';
import { newId } from './ids.js';
import { actorOf, type Principal } from './principal.js';
import type { RequestMeta } from './auth.js';
import { authorize, loadClient, orgResource } from './authorize.js';
import { check, clientFor, openJson, sealJson, type Q } from './case-common.js';
import { profileAad, type ClientProfile } from './clients.js';
import { liveEntry } from './directory.js';
import { noteView, thirdPartiesOf } from './case-notes.js';
import { getRedactor } from './deid-resources.js';
import type { DisclosureTable } from '../store/schema.js';
import type { Action } from '../access/index.js';
import type { AssessmentResult } from '../domain/decision/index.js';
import { getConcern } from './concerns.js';
import { parseRoles } from './sessions.js';

/** Fields of the client record that can be disclosed as they are, and the category each belongs to. */
export const CLIENT_FIELDS = {
  'client-name': { category: 'client-identity', label: 'Name' },
  'client-preferred-name': { category: 'client-identity', label: 'Preferred name' },
  'client-date-of-birth': { category: 'client-identity', label: 'Date of birth' },
  'client-reference': { category: 'client-identity', label: 'Client reference' },
  'client-phone': { category: 'client-contact', label: 'Phone' },
  'client-email': { category: 'client-contact', label: 'Email' },
} as const;
export type ClientFieldKey = keyof typeof CLIENT_FIELDS;
export const CLIENT_FIELD_KEYS = Object.keys(CLIENT_FIELDS) as ClientFieldKey[];

/** Categories the practitioner writes in their own words (the engine's minimum-necessary vocabulary). */
export const WRITTEN_CATEGORIES = [
  'risk-summary', 'concern-summary', 'threat-details', 'current-location', 'child-details', 'victim-identity',
  'referral-summary', 'request-details', 'what-the-order-specifies', 'information-the-client-agreed',
  'information-needed-to-prevent-harm', 'dates-of-service', 'other',
] as const;
export const NOTE_CATEGORY = 'session-notes';

export const CLIENT_TOLD = ['before', 'after', 'not'] as const;
export type ClientTold = (typeof CLIENT_TOLD)[number];

export type FieldInput = { key: ClientFieldKey } | { key: 'written'; category: string; text: string } | { key: 'note'; noteId: string };

export interface DisclosureInput {
  concernId?: string | null;
  ground?: { kind: 'citation'; source: string } | { kind: 'written'; text: string } | null;
  recipient?: { kind: 'directory'; directoryId: string } | { kind: 'named'; name: string; contact?: string | null } | null;
  fields?: FieldInput[];
  justification?: string | null;
  clientTold?: ClientTold | null;
  clientToldReason?: string | null;
  /** Ask a lead to approve even where the verdict does not require it. */
  requestApproval?: boolean;
}

export interface Ground {
  kind: 'citation' | 'written';
  source: string | null;
  text: string;
}
export interface Recipient {
  kind: 'directory' | 'named';
  directoryId: string | null;
  name: string;
  contact: string | null;
}
export interface DisclosedField {
  key: string;
  category: string;
  label: string;
  value: string;
  noteId?: string;
}

export type DisclosureStatus = 'pending' | 'ready' | 'refused' | 'disclosed';

export interface DisclosureView {
  id: string;
  clientId: string;
  concernId: string | null;
  status: DisclosureStatus;
  ground: Ground;
  recipient: Recipient;
  categories: string[];
  fields: DisclosedField[];
  justification: string | null;
  beyondMinimum: boolean;
  minimumNecessary: string[];
  approvalRequired: boolean;
  requestHash: string;
  requestVersion: number;
  requestedBy: string;
  requestedByName: string;
  approvedBy: string | null;
  approvedByName: string | null;
  approvedAt: string | null;
  approvalValid: boolean;
  refusedBy: string | null;
  refusedAt: string | null;
  refusalReason: string | null;
  clientTold: ClientTold;
  clientToldReason: string | null;
  clientToldAt: string | null;
  disclosedAt: string | null;
  createdAt: string;
  updatedAt: string;
  annotations: { id: string; authorId: string; authorName: string; text: string; createdAt: string }[];
}

/** What the form offers: the client's fields with their values, the categories, and the concern's verdict. */
export interface DisclosureOptions {
  clientFields: { key: ClientFieldKey; category: string; label: string; value: string | null }[];
  writtenCategories: string[];
  notes: { id: string; sessionDate: string | null; createdAt: string; preview: string }[];
  concern: { id: string; verdict: string; approvalRequired: boolean; minimumNecessary: string[]; citations: { source: string; note: string }[]; recipients: string[] } | null;
}

interface VerdictFacts {
  verdict: string;
  approvalRequired: boolean;
  minimumNecessary: string[];
  citations: { source: string; note: string }[];
  recipients: string[];
}

/** The verdict of a concern about this client (its engine result), or a 400 naming `concernId`. */
export async function concernVerdict(ctx: AppContext, p: Principal, clientId: string, concernId: string): Promise<VerdictFacts> {
  const bad = (message: string) => new AppError('validation', message, { errors: [{ path: 'concernId', message }] });
  let c;
  try {
    c = await getConcern(ctx, p, clientId, concernId);
  } catch (e) {
    if (e instanceof AppError && (e.code === 'not-found' || e.code === 'forbidden')) throw bad('That concern does not exist for this client.');
    throw e;
  }
  if (!c || c.clientId !== clientId) throw bad('That concern does not exist for this client.');
  const r: Partial<AssessmentResult> = c.engineResult ?? {};
  return {
    verdict: c.verdict,
    approvalRequired: r.approvalRequired !== false,
    minimumNecessary: Array.isArray(r.minimumNecessary) ? r.minimumNecessary.map(String) : [],
    citations: Array.isArray(r.citations) ? r.citations.map((x) => ({ source: String(x.source), note: String(x.note ?? '') })) : [],
    recipients: Array.isArray(r.recipients) ? r.recipients.map(String) : [],
  };
}

/** Canonical JSON (object keys sorted at every level) and its SHA-256: what an approval is of. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o).filter((k) => o[k] !== undefined).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(v ?? null);
}

export function requestHashOf(req: { clientId: string; concernId: string | null; ground: Ground; recipient: Recipient; fields: DisclosedField[]; justification: string | null; clientTold: ClientTold; clientToldReason: string | null; approvalRequired: boolean }): string {
  return createHash('sha256').update(canonicalJson(req)).digest('hex');
}

const trimOrNull = (s: string | null | undefined): string | null => (s && s.trim() ? s.trim() : null);

interface Resolved {
  concernId: string | null;
  ground: Ground;
  recipient: Recipient;
  fields: DisclosedField[];
  categories: string[];
  justification: string | null;
  beyondMinimum: boolean;
  minimumNecessary: string[];
  approvalRequired: boolean;
  clientTold: ClientTold;
  clientToldReason: string | null;
  hash: string;
}

/** Validates a request and resolves every field to the value that would leave the organisation. */
async function resolveRequest(ctx: AppContext, p: Principal, clientId: string, profileEnc: string, reference: string, input: DisclosureInput): Promise<Resolved> {
  const issues: FieldIssue[] = [];
  const concernId = trimOrNull(input.concernId ?? null);
  const verdict = concernId ? await concernVerdict(ctx, p, clientId, concernId) : null;

  // Ground (B1): one of the verdict's citations, or written.
  let ground: Ground | null = null;
  const g = input.ground;
  if (!g) issues.push({ path: 'ground', message: 'A disclosure needs a ground: choose one of the citations for the concern’s verdict, or write the legal or professional basis.' });
  else if (g.kind === 'citation') {
    const c = verdict?.citations.find((x) => x.source === g.source);
    if (!c) issues.push({ path: 'ground.source', message: verdict ? 'Choose one of the citations given for the concern’s verdict, or write the ground.' : 'There is no concern verdict to cite: write the ground.' });
    else ground = { kind: 'citation', source: c.source, text: c.note };
  } else {
    const text = g.text?.trim() ?? '';
    if (text.length < 20) issues.push({ path: 'ground.text', message: 'Write the ground in a sentence or two: the law or professional basis, and why it applies.' });
    else ground = { kind: 'written', source: null, text };
  }

  // Recipient.
  let recipient: Recipient | null = null;
  const r = input.recipient;
  if (!r) issues.push({ path: 'recipient', message: 'Choose the recipient from the directory, or name them.' });
  else if (r.kind === 'named') {
    const name = r.name?.trim() ?? '';
    if (name.length < 2) issues.push({ path: 'recipient.name', message: 'Name the person or service receiving the information.' });
    else recipient = { kind: 'named', directoryId: null, name, contact: trimOrNull(r.contact ?? null) };
  }

  // When: before / after / not, and why not.
  const clientTold = input.clientTold ?? null;
  if (!clientTold || !CLIENT_TOLD.includes(clientTold)) issues.push({ path: 'clientTold', message: 'Say whether the client was (or will be) told before, after, or not at all.' });
  const clientToldReason = trimOrNull(input.clientToldReason ?? null);
  if (clientTold === 'not' && (clientToldReason?.length ?? 0) < 10) issues.push({ path: 'clientToldReason', message: 'The client is not being told: record why (e.g. telling them would put someone at risk).' });

  const fieldsIn = input.fields ?? [];
  if (!fieldsIn.length) issues.push({ path: 'fields', message: 'Choose the information to disclose, field by field.' });
  check(issues);
  if (r?.kind === 'directory') {
    const e = await liveEntry(ctx, p.orgId, r.directoryId, 'recipient.directoryId');
    recipient = { kind: 'directory', directoryId: e.id, name: e.name, contact: e.contact ?? null };
  }

  // Fields, resolved to their values now: the approval and the pack are of exactly these.
  const db = ctx.store.db;
  const profile = JSON.parse(await ctx.keyring.openForClient(db, clientId, profileEnc, profileAad(clientId))) as ClientProfile;
  const values: Record<ClientFieldKey, string | null> = {
    'client-name': profile.name,
    'client-preferred-name': profile.preferredName,
    'client-date-of-birth': profile.dateOfBirth,
    'client-reference': reference,
    'client-phone': profile.phone,
    'client-email': profile.email,
  };
  let redactNote: ((t: string) => string) | undefined;
  const fields: DisclosedField[] = [];
  const seen = new Set<string>();
  for (const [i, f] of fieldsIn.entries()) {
    const path = `fields.${i}`;
    if (f.key === 'written') {
      const text = f.text?.trim() ?? '';
      if (!(WRITTEN_CATEGORIES as readonly string[]).includes(f.category)) issues.push({ path: `${path}.category`, message: 'Choose a category for what you write.' });
      else if (text.length < 5) issues.push({ path: `${path}.text`, message: 'Write what you will share, in as few words as will do.' });
      else fields.push({ key: `written:${f.category}`, category: f.category, label: f.category.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()), value: text });
      continue;
    }
    if (f.key === 'note') {
      const row = await db.selectFrom('notes').selectAll().where('id', '=', f.noteId).where('client_id', '=', clientId).executeTakeFirst();
      if (!row) {
        issues.push({ path: `${path}.noteId`, message: 'That note does not exist for this client.' });
        continue;
      }
      if (Number(row.private) === 1) {
        issues.push({ path: `${path}.noteId`, message: 'Private process notes are never disclosed.' });
        continue;
      }
      if (seen.has(`note:${row.id}`)) continue;
      seen.add(`note:${row.id}`);
      if (!redactNote) {
        // Third parties named in a note are not the client's to disclose (T3): their names become tags.
        const third = await thirdPartiesOf(ctx, clientId);
        const known = { people: third.map((t) => ({ role: 'third-party', relationship: t.relationship, name: t.name })) };
        let pseudonyms: Record<string, string> = {};
        redactNote = (text) => {
          if (!third.length) return text;
          const out = getRedactor().redact(text, known, { pseudonyms, returnMapping: true });
          pseudonyms = (out as { mapping?: Record<string, string> }).mapping ?? pseudonyms;
          return out.text;
        };
      }
      const n = await noteView(ctx, row);
      fields.push({ key: `note:${row.id}`, category: NOTE_CATEGORY, label: `Session note of ${n.sessionDate ?? n.createdAt.slice(0, 10)}`, value: redactNote(n.text), noteId: row.id });
      continue;
    }
    const def = CLIENT_FIELDS[f.key as ClientFieldKey];
    if (!def) {
      issues.push({ path: `${path}.key`, message: 'Not a field that can be disclosed.' });
      continue;
    }
    const v = values[f.key as ClientFieldKey];
    if (!v) issues.push({ path: `${path}.key`, message: `The record has no ${def.label.toLowerCase()} to disclose.` });
    else if (!seen.has(f.key)) {
      seen.add(f.key);
      fields.push({ key: f.key, category: def.category, label: def.label, value: v });
    }
  }
  check(issues);

  // Minimum necessary (B3): categories outside the verdict's set need a written justification.
  const minimumNecessary = verdict?.minimumNecessary ?? [];
  const categories = [...new Set(fields.map((f) => f.category))];
  const beyond = categories.filter((c) => !minimumNecessary.includes(c));
  const justification = trimOrNull(input.justification ?? null);
  if (beyond.length && (justification?.length ?? 0) < 20) {
    check([{ path: 'justification', message: `${beyond.join(', ')} ${beyond.length === 1 ? 'is' : 'are'} beyond the minimum necessary${verdict ? ` for this verdict (${minimumNecessary.join(', ') || 'nothing'})` : ' (there is no concern verdict to go by)'}: justify sharing ${beyond.length === 1 ? 'it' : 'them'} in writing, or leave ${beyond.length === 1 ? 'it' : 'them'} out.` }]);
  }
  const approvalRequired = verdict ? verdict.approvalRequired || Boolean(input.requestApproval) : true;
  const resolved = { concernId, ground: ground!, recipient: recipient!, fields, justification, clientTold: clientTold!, clientToldReason: clientTold === 'not' ? clientToldReason : clientToldReason, approvalRequired };
  return { ...resolved, categories, beyondMinimum: beyond.length > 0, minimumNecessary, hash: requestHashOf({ clientId, ...resolved }) };
}

interface Sealed {
  ground: Ground;
  recipient: Recipient;
  fields: DisclosedField[];
  justification: string | null;
  minimumNecessary: string[];
}

async function sealRequest(ctx: AppContext, db: Q, clientId: string, id: string, r: Resolved) {
  return {
    ground_sealed: await sealJson(ctx, db, clientId, 'disclosure-ground', id, r.ground),
    recipient_sealed: await sealJson(ctx, db, clientId, 'disclosure-recipient', id, r.recipient),
    fields_sealed: await sealJson(ctx, db, clientId, 'disclosure-fields', id, { fields: r.fields, minimumNecessary: r.minimumNecessary }),
    justification_sealed: r.justification ? await sealJson(ctx, db, clientId, 'disclosure-justification', id, r.justification) : null,
    client_told_reason_sealed: r.clientToldReason ? await sealJson(ctx, db, clientId, 'disclosure-told', id, r.clientToldReason) : null,
    recipient_directory_id: r.recipient.directoryId,
    categories: JSON.stringify(r.categories),
    beyond_minimum: r.beyondMinimum ? 1 : 0,
    approval_required: r.approvalRequired ? 1 : 0,
    request_hash: r.hash,
    client_told: r.clientTold,
    concern_id: r.concernId,
  };
}

async function openSealed(ctx: AppContext, row: DisclosureTable): Promise<Sealed> {
  const c = row.client_id;
  const f = await openJson<{ fields: DisclosedField[]; minimumNecessary: string[] }>(ctx, c, 'disclosure-fields', row.id, row.fields_sealed);
  return {
    ground: await openJson<Ground>(ctx, c, 'disclosure-ground', row.id, row.ground_sealed),
    recipient: await openJson<Recipient>(ctx, c, 'disclosure-recipient', row.id, row.recipient_sealed),
    fields: f.fields,
    minimumNecessary: f.minimumNecessary,
    justification: row.justification_sealed ? await openJson<string>(ctx, c, 'disclosure-justification', row.id, row.justification_sealed) : null,
  };
}

async function userNames(ctx: AppContext, ids: (string | null)[]): Promise<Map<string, string>> {
  const want = [...new Set(ids.filter((x): x is string => Boolean(x)))];
  if (!want.length) return new Map();
  const rows = await ctx.store.db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', want).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

/** An approval stands only for the exact request it was given for. */
const approvalValid = (row: DisclosureTable): boolean => Boolean(row.approved_by && row.approved_hash === row.request_hash);

async function view(ctx: AppContext, row: DisclosureTable): Promise<DisclosureView> {
  const s = await openSealed(ctx, row);
  const c = row.client_id;
  const ann = await ctx.store.db.selectFrom('disclosure_annotations').selectAll().where('disclosure_id', '=', row.id).orderBy('created_at').orderBy('id').execute();
  const names = await userNames(ctx, [row.requested_by, row.approved_by, ...ann.map((a) => a.author_id)]);
  return {
    id: row.id,
    clientId: c,
    concernId: row.concern_id,
    status: row.status as DisclosureStatus,
    ground: s.ground,
    recipient: s.recipient,
    categories: JSON.parse(row.categories) as string[],
    fields: s.fields,
    justification: s.justification,
    beyondMinimum: Number(row.beyond_minimum) === 1,
    minimumNecessary: s.minimumNecessary,
    approvalRequired: Number(row.approval_required) === 1,
    requestHash: row.request_hash,
    requestVersion: Number(row.request_version),
    requestedBy: row.requested_by,
    requestedByName: names.get(row.requested_by) ?? '',
    approvedBy: row.approved_by,
    approvedByName: row.approved_by ? (names.get(row.approved_by) ?? '') : null,
    approvedAt: row.approved_at,
    approvalValid: approvalValid(row),
    refusedBy: row.refused_by,
    refusedAt: row.refused_at,
    refusalReason: row.refusal_sealed ? await openJson<string>(ctx, c, 'disclosure-refusal', row.id, row.refusal_sealed) : null,
    clientTold: row.client_told as ClientTold,
    clientToldReason: row.client_told_reason_sealed ? await openJson<string>(ctx, c, 'disclosure-told', row.id, row.client_told_reason_sealed) : null,
    clientToldAt: row.client_told_at,
    disclosedAt: row.disclosed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    annotations: await Promise.all(ann.map(async (a) => ({ id: a.id, authorId: a.author_id, authorName: names.get(a.author_id) ?? '', text: await openJson<string>(ctx, c, 'disclosure-annotation', a.id, a.body_sealed), createdAt: a.created_at }))),
  };
}

/** In-app notices (no case content: the client's reference only). */
async function notifyLeads(ctx: AppContext, db: Q, p: Principal, clientId: string, iso: string): Promise<number> {
  const ref = (await db.selectFrom('clients').select('reference').where('id', '=', clientId).executeTakeFirst())?.reference ?? '';
  const users = await db.selectFrom('users').select(['id', 'roles']).where('org_id', '=', p.orgId).where('active', '=', 1).execute();
  const leads = users.filter((u) => u.id !== p.userId && parseRoles(u.roles).includes('safeguarding-lead'));
  const message = `A disclosure about client ${ref} awaits a safeguarding lead’s approval: open it from “Disclosures awaiting approval” on your Safeguarding page.`;
  for (const l of leads) await db.insertInto('notifications').values({ id: newId(), org_id: p.orgId, user_id: l.id, kind: 'disclosure-approval', client_id: null, message, created_at: iso, read_at: null }).execute();
  return leads.length;
}

async function notifyRequester(ctx: AppContext, db: Q, p: Principal, row: { client_id: string; requested_by: string }, outcome: 'approved' | 'refused', iso: string): Promise<void> {
  if (row.requested_by === p.userId) return;
  const ref = (await db.selectFrom('clients').select('reference').where('id', '=', row.client_id).executeTakeFirst())?.reference ?? '';
  await db.insertInto('notifications').values({ id: newId(), org_id: p.orgId, user_id: row.requested_by, kind: 'disclosure-decided', client_id: row.client_id, message: `A safeguarding lead ${outcome} the disclosure you requested for client ${ref}.`, created_at: iso, read_at: null }).execute();
}

/** Loads a disclosure by id and checks the action on its client; unknown and not-yours look the same (404). */
async function loadFor(ctx: AppContext, p: Principal, id: string, action: Action): Promise<DisclosureTable> {
  const row = await ctx.store.db.selectFrom('disclosures').selectAll().where('id', '=', id).executeTakeFirst();
  const client = row ? await loadClient(ctx, ctx.store.db, p, row.client_id) : undefined;
  await authorize(ctx, p, action, row && row.organisation_id === p.orgId ? client : undefined, { clientId: row?.client_id ?? '', targetType: 'disclosure', targetId: id });
  return row!;
}

export async function disclosureOptions(ctx: AppContext, p: Principal, clientId: string, concernId: string | null, meta: RequestMeta): Promise<DisclosureOptions> {
  void meta;
  const { client } = await clientFor(ctx, p, clientId, 'disclosure.request', 'disclosure');
  const db = ctx.store.db;
  const profile = JSON.parse(await ctx.keyring.openForClient(db, clientId, client.profileEnc, profileAad(clientId))) as ClientProfile;
  const values: Record<ClientFieldKey, string | null> = { 'client-name': profile.name, 'client-preferred-name': profile.preferredName, 'client-date-of-birth': profile.dateOfBirth, 'client-reference': client.reference, 'client-phone': profile.phone, 'client-email': profile.email };
  const noteRows = await db.selectFrom('notes').selectAll().where('client_id', '=', clientId).where('private', '=', 0).orderBy('created_at', 'desc').limit(50).execute();
  const notes = await Promise.all(noteRows.map(async (r) => {
    const n = await noteView(ctx, r);
    return { id: r.id, sessionDate: n.sessionDate, createdAt: n.createdAt, preview: n.text.slice(0, 120) };
  }));
  const concern = concernId ? { id: concernId, ...(await concernVerdict(ctx, p, clientId, concernId)) } : null;
  return { clientFields: CLIENT_FIELD_KEYS.map((k) => ({ key: k, ...CLIENT_FIELDS[k], value: values[k] })), writtenCategories: [...WRITTEN_CATEGORIES], notes, concern };
}

export async function requestDisclosure(ctx: AppContext, p: Principal, clientId: string, input: DisclosureInput, meta: RequestMeta): Promise<DisclosureView> {
  const { client } = await clientFor(ctx, p, clientId, 'disclosure.request', 'disclosure');
  const r = await resolveRequest(ctx, p, clientId, client.profileEnc, client.reference, input);
  const id = newId();
  const iso = ctx.now().toISOString();
  await ctx.store.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('disclosures')
      .values({ id, organisation_id: p.orgId, client_id: clientId, requested_by: p.userId, status: r.approvalRequired ? 'pending' : 'ready', request_version: 1, approved_by: null, approved_at: null, approved_hash: null, refused_by: null, refused_at: null, refusal_sealed: null, client_told_at: null, disclosed_at: null, recorded_by: null, created_at: iso, updated_at: iso, ...(await sealRequest(ctx, trx, clientId, id, r)) })
      .execute();
    const notified = r.approvalRequired ? await notifyLeads(ctx, trx, p, clientId, iso) : 0;
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'disclosure.request', outcome: 'success', clientId, targetType: 'disclosure', targetId: id, details: { categories: r.categories.join(','), approvalRequired: r.approvalRequired, beyondMinimum: r.beyondMinimum, groundKind: r.ground.kind, concern: Boolean(r.concernId), requestHash: r.hash, notified } });
  });
  return getDisclosure(ctx, p, id, meta, false);
}

/** Changes a request that is not yet recorded. A changed request needs a fresh approval (its hash changed). */
export async function amendDisclosure(ctx: AppContext, p: Principal, id: string, input: DisclosureInput, meta: RequestMeta): Promise<DisclosureView> {
  const row = await loadFor(ctx, p, id, 'disclosure.request');
  if (row.status === 'disclosed') {
    await ctx.audit.record({ ...actorOf(p, meta.ip), action: 'disclosure.amend', outcome: 'denied', clientId: row.client_id, targetType: 'disclosure', targetId: id, reason: 'recorded' });
    throw new AppError('conflict', 'This disclosure is recorded and cannot be changed; add an annotation instead.');
  }
  const client = (await loadClient(ctx, ctx.store.db, p, row.client_id))!;
  const r = await resolveRequest(ctx, p, row.client_id, client.profileEnc, client.reference, { ...input, concernId: input.concernId === undefined ? row.concern_id : input.concernId });
  const iso = ctx.now().toISOString();
  const changed = r.hash !== row.request_hash;
  await ctx.store.db.transaction().execute(async (trx) => {
    const cur = await trx.selectFrom('disclosures').select(['status', 'request_version']).where('id', '=', id).executeTakeFirstOrThrow();
    if (cur.status === 'disclosed') throw new AppError('conflict', 'This disclosure is recorded and cannot be changed; add an annotation instead.');
    await trx
      .updateTable('disclosures')
      .set({
        ...(await sealRequest(ctx, trx, row.client_id, id, r)),
        ...(changed ? { request_version: Number(cur.request_version) + 1, status: r.approvalRequired ? 'pending' : 'ready', refused_by: null, refused_at: null, refusal_sealed: null } : {}),
        updated_at: iso,
      })
      .where('id', '=', id)
      .execute();
    if (changed && r.approvalRequired) await notifyLeads(ctx, trx, p, row.client_id, iso);
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'disclosure.amend', outcome: 'success', clientId: row.client_id, targetType: 'disclosure', targetId: id, details: { changed, categories: r.categories.join(','), requestHash: r.hash, approvalVoided: changed && Boolean(row.approved_by) } });
  });
  return getDisclosure(ctx, p, id, meta, false);
}

export async function getDisclosure(ctx: AppContext, p: Principal, id: string, meta: RequestMeta, audit = true): Promise<DisclosureView> {
  const row = await loadFor(ctx, p, id, 'disclosure.read');
  if (audit) await ctx.audit.record({ ...actorOf(p, meta.ip), action: 'disclosure.read', outcome: 'success', clientId: row.client_id, targetType: 'disclosure', targetId: id });
  return view(ctx, row);
}

/** A refusal found inside a transaction: audited after the transaction ends (never while it holds the lock). */
class Denied extends Error {
  constructor(readonly detail: string, readonly reason: string, readonly clientId: string) {
    super(detail);
  }
}

async function deniedAudited(ctx: AppContext, p: Principal, action: string, id: string, meta: RequestMeta, fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (e) {
    if (!(e instanceof Denied)) throw e;
    await ctx.audit.record({ ...actorOf(p, meta.ip), action, outcome: 'denied', clientId: e.clientId, targetType: 'disclosure', targetId: id, reason: e.reason });
    throw new AppError('conflict', e.detail);
  }
}

async function refuseOwn(ctx: AppContext, p: Principal, row: DisclosureTable, action: string, meta: RequestMeta): Promise<void> {
  if (row.requested_by !== p.userId) return;
  await ctx.audit.record({ ...actorOf(p, meta.ip), action, outcome: 'denied', clientId: row.client_id, targetType: 'disclosure', targetId: row.id, reason: 'own-request' });
  throw new AppError('forbidden', 'You asked for this disclosure: a second person with authority must decide on it, not you.');
}

export async function approveDisclosure(ctx: AppContext, p: Principal, id: string, requestHash: string, meta: RequestMeta): Promise<DisclosureView> {
  const row = await loadFor(ctx, p, id, 'disclosure.approve');
  await refuseOwn(ctx, p, row, 'disclosure.approve', meta);
  const iso = ctx.now().toISOString();
  await deniedAudited(ctx, p, 'disclosure.approve', id, meta, () => ctx.store.db.transaction().execute(async (trx) => {
    const cur = await trx.selectFrom('disclosures').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    let problem: string | null = null;
    if (cur.status !== 'pending') problem = cur.status === 'disclosed' ? 'This disclosure is already recorded.' : cur.status === 'refused' ? 'This request was refused; the requester must change it before it can be approved.' : 'This request does not need an approval, or is already approved.';
    else if (requestHash !== cur.request_hash) problem = 'The request changed after you opened it: this approval is of an older version. Reload it, read it again, and approve what it says now.';
    if (problem) throw new Denied(problem, requestHash !== cur.request_hash ? 'stale-request' : `status-${cur.status}`, cur.client_id);
    await trx.updateTable('disclosures').set({ status: 'ready', approved_by: p.userId, approved_at: iso, approved_hash: requestHash, updated_at: iso }).where('id', '=', id).where('request_hash', '=', requestHash).execute();
    await notifyRequester(ctx, trx, p, cur, 'approved', iso);
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'disclosure.approve', outcome: 'success', clientId: cur.client_id, targetType: 'disclosure', targetId: id, details: { requestHash } });
  }));
  return getDisclosure(ctx, p, id, meta, false);
}

export async function refuseDisclosure(ctx: AppContext, p: Principal, id: string, reason: string, meta: RequestMeta): Promise<DisclosureView> {
  const row = await loadFor(ctx, p, id, 'disclosure.approve');
  await refuseOwn(ctx, p, row, 'disclosure.refuse', meta);
  if (reason.trim().length < 10) check([{ path: 'reason', message: 'Say why you refuse this disclosure, so the practitioner knows what to do next.' }]);
  const iso = ctx.now().toISOString();
  await ctx.store.db.transaction().execute(async (trx) => {
    const cur = await trx.selectFrom('disclosures').select(['status', 'client_id', 'requested_by']).where('id', '=', id).executeTakeFirstOrThrow();
    if (cur.status === 'disclosed' || cur.status === 'refused') throw new AppError('conflict', cur.status === 'disclosed' ? 'This disclosure is already recorded; add an annotation instead.' : 'This request is already refused.');
    await trx.updateTable('disclosures').set({ status: 'refused', refused_by: p.userId, refused_at: iso, refusal_sealed: await sealJson(ctx, trx, cur.client_id, 'disclosure-refusal', id, reason.trim()), approved_by: null, approved_at: null, approved_hash: null, updated_at: iso }).where('id', '=', id).execute();
    await notifyRequester(ctx, trx, p, cur, 'refused', iso);
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'disclosure.refuse', outcome: 'success', clientId: cur.client_id, targetType: 'disclosure', targetId: id });
  });
  return getDisclosure(ctx, p, id, meta, false);
}

/** Records that the information was disclosed. From then on the record is immutable (annotations only). */
export async function recordDisclosure(ctx: AppContext, p: Principal, id: string, input: { disclosedAt?: string | null; clientToldAt?: string | null }, meta: RequestMeta): Promise<DisclosureView> {
  const row = await loadFor(ctx, p, id, 'disclosure.request');
  const now = ctx.now();
  const issues: FieldIssue[] = [];
  const at = input.disclosedAt ? Date.parse(input.disclosedAt) : now.getTime();
  if (Number.isNaN(at) || at > now.getTime() + 5 * 60_000) issues.push({ path: 'disclosedAt', message: 'Give when the information was disclosed (not in the future).' });
  const toldAt = input.clientToldAt ? Date.parse(input.clientToldAt) : null;
  if (toldAt !== null && (Number.isNaN(toldAt) || toldAt > now.getTime() + 5 * 60_000)) issues.push({ path: 'clientToldAt', message: 'Give when the client was told (not in the future).' });
  if (toldAt !== null && row.client_told === 'not') issues.push({ path: 'clientToldAt', message: 'The request says the client is not told; change the request first.' });
  check(issues);
  const iso = now.toISOString();
  await deniedAudited(ctx, p, 'disclosure.record', id, meta, () => ctx.store.db.transaction().execute(async (trx) => {
    const cur = await trx.selectFrom('disclosures').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    let problem: string | null = null;
    if (cur.status === 'disclosed') problem = 'This disclosure is already recorded and cannot be changed; add an annotation instead.';
    else if (cur.status === 'refused') problem = 'This request was refused: it cannot be recorded as disclosed.';
    else if (cur.status === 'pending' || (Number(cur.approval_required) === 1 && !approvalValid(cur))) problem = 'This disclosure needs a second person’s approval of the request as it stands before it is made.';
    if (problem) throw new Denied(problem, `status-${cur.status}`, cur.client_id);
    await trx.updateTable('disclosures').set({ status: 'disclosed', disclosed_at: new Date(at).toISOString(), client_told_at: toldAt !== null ? new Date(toldAt).toISOString() : null, recorded_by: p.userId, updated_at: iso }).where('id', '=', id).where('status', '=', 'ready').execute();
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'disclosure.record', outcome: 'success', clientId: cur.client_id, targetType: 'disclosure', targetId: id, details: { categories: JSON.parse(cur.categories).join(','), clientTold: cur.client_told, approved: Boolean(cur.approved_by), requestHash: cur.request_hash } });
  }));
  return getDisclosure(ctx, p, id, meta, false);
}

export async function annotateDisclosure(ctx: AppContext, p: Principal, id: string, text: string, meta: RequestMeta): Promise<DisclosureView> {
  const row = await loadFor(ctx, p, id, 'disclosure.annotate');
  if (text.trim().length < 3) check([{ path: 'text', message: 'Write the annotation.' }]);
  const aid = newId();
  const iso = ctx.now().toISOString();
  await ctx.store.db.transaction().execute(async (trx) => {
    await trx.insertInto('disclosure_annotations').values({ id: aid, disclosure_id: id, client_id: row.client_id, author_id: p.userId, body_sealed: await sealJson(ctx, trx, row.client_id, 'disclosure-annotation', aid, text.trim()), created_at: iso }).execute();
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'disclosure.annotate', outcome: 'success', clientId: row.client_id, targetType: 'disclosure', targetId: id });
  });
  return getDisclosure(ctx, p, id, meta, false);
}

/** The accounting line of one disclosure (D2): date, recipient, ground, categories, by whom, why. */
export interface AccountingEntry {
  id: string;
  status: DisclosureStatus;
  concernId: string | null;
  requestedAt: string;
  disclosedAt: string | null;
  recipient: string;
  ground: string;
  categories: string[];
  requestedBy: string;
  approvedBy: string | null;
  clientTold: ClientTold;
  clientToldReason: string | null;
  clientToldAt: string | null;
}

/** Every disclosure about a client, newest first (no access check: callers check). */
export async function accountingOf(ctx: AppContext, clientId: string, onlyDisclosed = false): Promise<AccountingEntry[]> {
  let q = ctx.store.db.selectFrom('disclosures').selectAll().where('client_id', '=', clientId);
  if (onlyDisclosed) q = q.where('status', '=', 'disclosed');
  const rows = await q.orderBy('created_at', 'desc').execute();
  const names = await userNames(ctx, rows.flatMap((r) => [r.requested_by, r.approved_by]));
  return Promise.all(rows.map(async (r) => {
    const ground = await openJson<Ground>(ctx, clientId, 'disclosure-ground', r.id, r.ground_sealed);
    const recipient = await openJson<Recipient>(ctx, clientId, 'disclosure-recipient', r.id, r.recipient_sealed);
    return {
      id: r.id,
      status: r.status as DisclosureStatus,
      concernId: r.concern_id,
      requestedAt: r.created_at,
      disclosedAt: r.disclosed_at,
      recipient: recipient.name,
      ground: ground.source ? `${ground.source}: ${ground.text}` : ground.text,
      categories: JSON.parse(r.categories) as string[],
      requestedBy: names.get(r.requested_by) ?? '',
      approvedBy: r.approved_by && r.approved_hash === r.request_hash ? (names.get(r.approved_by) ?? '') : null,
      clientTold: r.client_told as ClientTold,
      clientToldReason: r.client_told_reason_sealed ? await openJson<string>(ctx, clientId, 'disclosure-told', r.id, r.client_told_reason_sealed) : null,
      clientToldAt: r.client_told_at,
    };
  }));
}

export async function listDisclosures(ctx: AppContext, p: Principal, clientId: string, meta: RequestMeta): Promise<AccountingEntry[]> {
  await clientFor(ctx, p, clientId, 'record.read', 'disclosure');
  const list = await accountingOf(ctx, clientId);
  await ctx.audit.record({ ...actorOf(p, meta.ip), action: 'disclosure.list', outcome: 'success', clientId, targetType: 'client', targetId: clientId, details: { count: list.length } });
  return list;
}

export interface QueueItem {
  id: string;
  clientId: string;
  clientReference: string;
  concernId: string | null;
  categories: string[];
  requestedBy: string;
  requestedByName: string;
  requestedAt: string;
  updatedAt: string;
  ownRequest: boolean;
}

/** Requests awaiting a safeguarding lead's approval, oldest first. No client content: reference and categories. */
export async function pendingApprovals(ctx: AppContext, p: Principal, meta: RequestMeta): Promise<QueueItem[]> {
  await authorize(ctx, p, 'disclosure.queue', orgResource(p));
  void meta;
  const rows = await ctx.store.db
    .selectFrom('disclosures')
    .innerJoin('clients', 'clients.id', 'disclosures.client_id')
    .select(['disclosures.id', 'disclosures.client_id', 'disclosures.concern_id', 'disclosures.categories', 'disclosures.requested_by', 'disclosures.created_at', 'disclosures.updated_at', 'clients.reference', 'clients.status as client_status'])
    .where('disclosures.organisation_id', '=', p.orgId)
    .where('disclosures.status', '=', 'pending')
    .orderBy('disclosures.created_at')
    .execute();
  const live = rows.filter((r) => r.client_status !== 'erased');
  const names = await userNames(ctx, live.map((r) => r.requested_by));
  return live.map((r) => ({ id: r.id, clientId: r.client_id, clientReference: r.reference ?? '', concernId: r.concern_id, categories: JSON.parse(r.categories) as string[], requestedBy: r.requested_by, requestedByName: names.get(r.requested_by) ?? '', requestedAt: r.created_at, updatedAt: r.updated_at, ownRequest: r.requested_by === p.userId }));
}

/** For the pack: a disclosure the caller may read, with its approval standing. */
export async function disclosureForPack(ctx: AppContext, p: Principal, id: string): Promise<{ view: DisclosureView; reference: string }> {
  const row = await loadFor(ctx, p, id, 'disclosure.read');
  if (row.status === 'refused' || row.status === 'pending' || (Number(row.approval_required) === 1 && !approvalValid(row))) {
    throw new AppError('conflict', 'There is no pack for a request that is not approved (or was refused).');
  }
  const client = await ctx.store.db.selectFrom('clients').select(['reference']).where('id', '=', row.client_id).executeTakeFirstOrThrow();
  return { view: await view(ctx, row), reference: client.reference ?? '' };
}
