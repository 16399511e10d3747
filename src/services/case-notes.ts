// Session notes of an engagement (issue 6 §4): date, duration, mode, free text, optional structure (goals,
// actions), sealed; every edit keeps the previous version; a second editor working from an old version gets
// a clear 409 (their text is not saved over the other, and the first edit is kept). Notes can be marked as
// private process notes (never exported to third parties or shared). Third parties mentioned in notes are
// recorded with sealed names (T1, T3). Saving a note returns risk prompts (never blocks, never decides).
import type { AppContext } from './context.js';
import { AppError } from './errors.js';
import { newId } from './ids.js';
import { actorOf, type Principal } from './principal.js';
import type { RequestMeta } from './auth.js';
import { check, clientFor, openJson, pastDate, sealJson, type Q } from './case-common.js';
import { loadEngagement } from './engagements.js';
import { loadAgreement } from './agreements.js';
import { noteAad } from './notes.js';
import { canSaveNote } from '../domain/agreement/index.js';
import { detectRisk, summariseRisk } from '../domain/risk/index.js';
import type { NoteRow } from '../store/schema.js';

export const NOTE_MODES = ['in-person', 'phone', 'video', 'chat', 'email', 'other'] as const;
export type NoteMode = (typeof NOTE_MODES)[number];
export const RELATIONSHIPS = ['colleague', 'family', 'friend', 'other'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

export interface NoteStructure {
  goals?: string[];
  actions?: string[];
}

interface NoteMeta {
  structure?: NoteStructure;
  thirdPartyIds?: string[];
}

export interface SessionNoteInput {
  text: string;
  sessionDate: string;
  durationMinutes?: number | null;
  mode: NoteMode;
  private?: boolean;
  structure?: NoteStructure | null;
  thirdPartyIds?: string[];
}

export interface NoteEditInput extends Partial<Omit<SessionNoteInput, 'text'>> {
  text: string;
  /** The version the editor started from (optimistic concurrency). */
  version: number;
}

export interface SessionNoteView {
  id: string;
  engagementId: string | null;
  authorId: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  text: string;
  sessionDate: string | null;
  durationMinutes: number | null;
  mode: string | null;
  private: boolean;
  structure: NoteStructure | null;
  thirdPartyIds: string[];
}

export interface RiskPrompt {
  concern: string;
  prompt: string;
}

export async function noteView(ctx: AppContext, n: NoteRow): Promise<SessionNoteView> {
  const text = await ctx.keyring.openForClient(ctx.store.db, n.client_id, n.body_enc, noteAad(n.client_id, n.id));
  const meta = n.meta_enc ? await openJson<NoteMeta>(ctx, n.client_id, 'note-meta', n.id, n.meta_enc) : {};
  return {
    id: n.id,
    engagementId: n.engagement_id ?? null,
    authorId: n.author_id,
    createdAt: n.created_at,
    updatedAt: n.updated_at,
    version: Number(n.version),
    text,
    sessionDate: n.session_date ?? null,
    durationMinutes: n.duration_minutes === null || n.duration_minutes === undefined ? null : Number(n.duration_minutes),
    mode: n.mode ?? null,
    private: Number(n.private) === 1,
    structure: meta.structure ?? null,
    thirdPartyIds: meta.thirdPartyIds ?? [],
  };
}

function riskPrompts(text: string): RiskPrompt[] {
  const s = summariseRisk(detectRisk(text));
  return s.prompt ? s.concerns.map((c) => ({ concern: c.concern, prompt: c.prompt })) : [];
}

async function checkThirdParties(db: Q, clientId: string, ids: string[] | undefined): Promise<void> {
  if (!ids?.length) return;
  const rows = await db.selectFrom('third_parties').select('id').where('client_id', '=', clientId).where('id', 'in', ids).execute();
  if (rows.length !== new Set(ids).size) throw new AppError('validation', 'A tagged third party is not recorded for this client.', { errors: [{ path: 'thirdPartyIds', message: 'Tag only people recorded as third parties of this client.' }] });
}

function noteIssues(input: Partial<SessionNoteInput>, now: Date) {
  const issues = input.sessionDate !== undefined ? pastDate('sessionDate', input.sessionDate, now, 'of the session') : [];
  if (input.text !== undefined && !input.text.trim()) issues.push({ path: 'text', message: 'Write the note before saving.' });
  return issues;
}

/** The P3 gate for an engagement: throws 409 until the explanation (or "not ready") is recorded. */
async function gate(ctx: AppContext, clientId: string, engagementId: string): Promise<string | undefined> {
  const a = await loadAgreement(ctx, clientId, engagementId);
  const g = canSaveNote(a?.record, ctx.now());
  if (!g.allowed) throw new AppError('conflict', g.reason);
  return g.warning;
}

export async function createSessionNote(
  ctx: AppContext,
  p: Principal,
  clientId: string,
  engagementId: string,
  input: SessionNoteInput,
  meta: RequestMeta,
): Promise<{ note: SessionNoteView; warning: string | null; riskPrompts: RiskPrompt[] }> {
  await clientFor(ctx, p, clientId, 'record.write', 'note');
  const e = await loadEngagement(ctx, clientId, engagementId);
  const now = ctx.now();
  check(noteIssues(input, now));
  if (Date.parse(input.sessionDate) < Date.parse(e.opened_at.slice(0, 10))) check([{ path: 'sessionDate', message: 'The session cannot be before the engagement opened.' }]);
  if (e.status === 'closed') throw new AppError('conflict', 'This engagement is closed: notes can no longer be added to it. Open a new engagement if the work starts again.');
  const warning = await gate(ctx, clientId, engagementId);
  await checkThirdParties(ctx.store.db, clientId, input.thirdPartyIds);
  const id = newId();
  const iso = now.toISOString();
  const m: NoteMeta = { ...(input.structure ? { structure: input.structure } : {}), ...(input.thirdPartyIds?.length ? { thirdPartyIds: [...new Set(input.thirdPartyIds)] } : {}) };
  const row = await ctx.store.db.transaction().execute(async (trx) => {
    const body = await ctx.keyring.sealForClient(trx, clientId, input.text, noteAad(clientId, id));
    const metaEnc = await sealJson(ctx, trx, clientId, 'note-meta', id, m);
    const r: NoteRow = {
      id,
      client_id: clientId,
      author_id: p.userId,
      version: 1,
      body_enc: body,
      created_at: iso,
      updated_at: iso,
      engagement_id: engagementId,
      session_date: input.sessionDate.slice(0, 10),
      duration_minutes: input.durationMinutes ?? null,
      mode: input.mode,
      private: input.private ? 1 : 0,
      meta_enc: metaEnc,
    };
    await trx.insertInto('notes').values(r).execute();
    await trx.insertInto('note_versions').values({ id: newId(), note_id: id, client_id: clientId, version: 1, body_enc: await ctx.keyring.sealForClient(trx, clientId, input.text, `note-version:${clientId}:${id}:1`), meta_enc: metaEnc, author_id: p.userId, created_at: iso }).execute();
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'note.create', outcome: 'success', clientId, targetType: 'note', targetId: id, details: { length: input.text.length, private: Boolean(input.private), engagement: true, agreementIncomplete: Boolean(warning) } });
    return r;
  });
  return { note: await noteView(ctx, row), warning: warning ?? null, riskPrompts: riskPrompts(input.text) };
}

export async function editNote(ctx: AppContext, p: Principal, clientId: string, noteId: string, input: NoteEditInput, meta: RequestMeta): Promise<{ note: SessionNoteView; riskPrompts: RiskPrompt[] }> {
  await clientFor(ctx, p, clientId, 'record.write', 'note', noteId);
  const n = await ctx.store.db.selectFrom('notes').selectAll().where('id', '=', noteId).where('client_id', '=', clientId).executeTakeFirst();
  if (!n) throw new AppError('not-found');
  const now = ctx.now();
  check(noteIssues(input, now));
  if (n.engagement_id) {
    const e = await loadEngagement(ctx, clientId, n.engagement_id);
    if (e.status === 'closed') throw new AppError('conflict', 'This engagement is closed: its notes can no longer be changed.');
  }
  if (Number(n.version) !== input.version) {
    throw new AppError('conflict', `Someone saved this note (now version ${Number(n.version)}) after you opened version ${input.version}. Your changes were not saved and nothing was overwritten: copy your text, reload the note and add your changes again.`);
  }
  await checkThirdParties(ctx.store.db, clientId, input.thirdPartyIds);
  const old = await noteView(ctx, n);
  const m: NoteMeta = {
    ...((input.structure !== undefined ? input.structure : old.structure) ? { structure: (input.structure !== undefined ? input.structure : old.structure)! } : {}),
    ...((input.thirdPartyIds ?? old.thirdPartyIds).length ? { thirdPartyIds: [...new Set(input.thirdPartyIds ?? old.thirdPartyIds)] } : {}),
  };
  const next = input.version + 1;
  const iso = now.toISOString();
  const row = await ctx.store.db.transaction().execute(async (trx) => {
    const body = await ctx.keyring.sealForClient(trx, clientId, input.text, noteAad(clientId, noteId));
    const metaEnc = await sealJson(ctx, trx, clientId, 'note-meta', noteId, m);
    const set = {
      version: next,
      body_enc: body,
      meta_enc: metaEnc,
      updated_at: iso,
      ...(input.sessionDate !== undefined ? { session_date: input.sessionDate.slice(0, 10) } : {}),
      ...(input.durationMinutes !== undefined ? { duration_minutes: input.durationMinutes } : {}),
      ...(input.mode !== undefined ? { mode: input.mode } : {}),
      ...(input.private !== undefined ? { private: input.private ? 1 : 0 } : {}),
    };
    // A note written before versions were kept gets its earlier text recorded first.
    const had = await trx.selectFrom('note_versions').select('id').where('note_id', '=', noteId).limit(1).executeTakeFirst();
    if (!had) {
      await trx.insertInto('note_versions').values({ id: newId(), note_id: noteId, client_id: clientId, version: input.version, body_enc: await ctx.keyring.sealForClient(trx, clientId, old.text, `note-version:${clientId}:${noteId}:${input.version}`), meta_enc: n.meta_enc, author_id: n.author_id, created_at: n.updated_at }).execute();
    }
    // Compare-and-set on the version: of two concurrent editors exactly one wins, the other gets the 409.
    const res = await trx.updateTable('notes').set(set).where('id', '=', noteId).where('version', '=', input.version).executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw new AppError('conflict', 'Someone saved this note after you opened it. Your changes were not saved and nothing was overwritten: copy your text, reload the note and add your changes again.');
    await trx.insertInto('note_versions').values({ id: newId(), note_id: noteId, client_id: clientId, version: next, body_enc: await ctx.keyring.sealForClient(trx, clientId, input.text, `note-version:${clientId}:${noteId}:${next}`), meta_enc: metaEnc, author_id: p.userId, created_at: iso }).execute();
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'note.update', outcome: 'success', clientId, targetType: 'note', targetId: noteId, details: { version: next, length: input.text.length } });
    return { ...n, ...set } as NoteRow;
  });
  return { note: await noteView(ctx, row), riskPrompts: riskPrompts(input.text) };
}

export interface NoteVersionView {
  version: number;
  text: string;
  authorId: string;
  /** The author's display name (members of the organisation only). */
  authorName: string | null;
  createdAt: string;
}

async function namesOf(ctx: AppContext, orgId: string, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await ctx.store.db.selectFrom('users').select(['id', 'display_name']).where('org_id', '=', orgId).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

/** Every saved version of a note, newest first, with who saved it and when. */
export async function listNoteVersions(ctx: AppContext, p: Principal, clientId: string, noteId: string, meta: RequestMeta): Promise<NoteVersionView[]> {
  const { via } = await clientFor(ctx, p, clientId, 'record.read', 'note', noteId);
  const rows = await ctx.store.db.selectFrom('note_versions').selectAll().where('note_id', '=', noteId).where('client_id', '=', clientId).orderBy('version', 'desc').execute();
  let out: Omit<NoteVersionView, 'authorName'>[];
  if (!rows.length) {
    // A note written before versions were kept has one version: its current text.
    const n = await ctx.store.db.selectFrom('notes').selectAll().where('id', '=', noteId).where('client_id', '=', clientId).executeTakeFirst();
    if (!n) throw new AppError('not-found');
    const v = await noteView(ctx, n);
    out = [{ version: v.version, text: v.text, authorId: v.authorId, createdAt: v.updatedAt }];
  } else {
    out = await Promise.all(rows.map(async (r) => ({ version: Number(r.version), text: await ctx.keyring.openForClient(ctx.store.db, clientId, r.body_enc, `note-version:${clientId}:${noteId}:${Number(r.version)}`), authorId: r.author_id, createdAt: r.created_at })));
  }
  const names = await namesOf(ctx, p.orgId, out.map((v) => v.authorId));
  await ctx.audit.record({ ...actorOf(p, meta.ip), action: 'note.versions', outcome: 'success', clientId, targetType: 'note', targetId: noteId, details: { count: out.length, via } });
  return out.map((v) => ({ ...v, authorName: names.get(v.authorId) ?? null }));
}

export interface NoteListOptions {
  /** At most this many notes (newest first); without it, every note (the original behaviour). */
  limit?: number;
  /** The id of the last note of the previous page: the notes after it in the list's order. */
  cursor?: string;
}

/**
 * The client's notes, newest first (created_at, then id, both descending). Paged by keyset: `cursor` is the id of
 * the last note already shown, so only the notes of the page asked for are opened (decrypted).
 */
export async function listSessionNotes(ctx: AppContext, p: Principal, clientId: string, meta: RequestMeta, opts: NoteListOptions = {}): Promise<SessionNoteView[]> {
  const { via } = await clientFor(ctx, p, clientId, 'record.read', 'note');
  const db = ctx.store.db;
  let q = db.selectFrom('notes').selectAll().where('client_id', '=', clientId);
  if (opts.cursor) {
    const c = await db.selectFrom('notes').select(['id', 'created_at']).where('id', '=', opts.cursor).where('client_id', '=', clientId).executeTakeFirst();
    if (!c) throw new AppError('validation', 'The cursor does not name a note of this client; start again from the first page.', { errors: [{ path: 'cursor', message: 'Use the id of the last note of the previous page.' }] });
    q = q.where((eb) => eb.or([eb('created_at', '<', c.created_at), eb.and([eb('created_at', '=', c.created_at), eb('id', '<', c.id)])]));
  }
  q = q.orderBy('created_at', 'desc').orderBy('id', 'desc');
  if (opts.limit !== undefined) q = q.limit(opts.limit);
  const rows = await q.execute();
  const out = await Promise.all(rows.map((r) => noteView(ctx, r)));
  await ctx.audit.record({ ...actorOf(p, meta.ip), action: 'note.list', outcome: 'success', clientId, targetType: 'note', details: { count: out.length, via, ...(opts.cursor || opts.limit !== undefined ? { paged: true } : {}) } });
  return out;
}

// --- Third parties (T1, T3).
export interface ThirdPartyView {
  id: string;
  name: string;
  relationship: string;
  createdAt: string;
}

export async function addThirdParty(ctx: AppContext, p: Principal, clientId: string, input: { name: string; relationship: Relationship }, meta: RequestMeta): Promise<ThirdPartyView> {
  await clientFor(ctx, p, clientId, 'record.write', 'third-party');
  check(input.name.trim().length < 2 ? [{ path: 'name', message: 'Give the name as the client uses it (it is stored encrypted and never shown outside your own view).' }] : []);
  const id = newId();
  const iso = ctx.now().toISOString();
  await ctx.store.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('third_parties')
      .values({ id, client_id: clientId, relationship: input.relationship, name_enc: await ctx.keyring.sealForClient(trx, clientId, input.name.trim(), `third-party:${clientId}:${id}`), created_by: p.userId, created_at: iso })
      .execute();
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'third-party.add', outcome: 'success', clientId, targetType: 'third-party', targetId: id, details: { relationship: input.relationship } });
  });
  return { id, name: input.name.trim(), relationship: input.relationship, createdAt: iso };
}

/** Third parties of a client with their names opened (the practitioner's own view only). */
export async function thirdPartiesOf(ctx: AppContext, clientId: string): Promise<ThirdPartyView[]> {
  const rows = await ctx.store.db.selectFrom('third_parties').selectAll().where('client_id', '=', clientId).orderBy('created_at').execute();
  return Promise.all(rows.map(async (r) => ({ id: r.id, name: await ctx.keyring.openForClient(ctx.store.db, clientId, r.name_enc, `third-party:${clientId}:${r.id}`), relationship: r.relationship, createdAt: r.created_at })));
}
