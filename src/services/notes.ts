// Case notes: sealed with the client's data key, the AAD binding each envelope to its client and note,
// so a ciphertext moved to another row or client fails to open.
import type { AppContext } from './context.js';
import { AppError } from './errors.js';
import { newId } from './ids.js';
import { actorOf, type Principal } from './principal.js';
import { authorize, loadClient } from './authorize.js';
import type { RequestMeta } from './auth.js';
import type { NoteRow } from '../store/schema.js';
import { fastNote } from './fast-reads.js';
import { loadAgreement } from './agreements.js';
import { canSaveNote } from '../domain/agreement/index.js';

export interface NoteView {
  id: string;
  authorId: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  text: string;
}

export const noteAad = (clientId: string, noteId: string): string => `note:${clientId}:${noteId}`;

async function openNote(ctx: AppContext, n: NoteRow): Promise<NoteView> {
  const text = await ctx.keyring.openForClient(ctx.store.db, n.client_id, n.body_enc, noteAad(n.client_id, n.id));
  return { id: n.id, authorId: n.author_id, createdAt: n.created_at, updatedAt: n.updated_at, version: Number(n.version), text };
}

export async function createNote(ctx: AppContext, p: Principal, clientId: string, text: string, meta: RequestMeta): Promise<NoteView> {
  const c = await loadClient(ctx, ctx.store.db, p, clientId);
  await authorize(ctx, p, 'note.create', c, { clientId, targetType: 'note' });
  // P3 (issue 6): once the client has an open engagement, a note belongs to it and passes its agreement gate.
  const open = await ctx.store.db.selectFrom('engagements').select('id').where('client_id', '=', clientId).where('status', '=', 'open').orderBy('opened_at', 'desc').executeTakeFirst();
  if (open) {
    const a = await loadAgreement(ctx, clientId, open.id);
    const gate = canSaveNote(a?.record, ctx.now());
    if (!gate.allowed) throw new AppError('conflict', gate.reason);
  }
  const id = newId();
  const now = ctx.now().toISOString();
  await ctx.store.db.transaction().execute(async (trx) => {
    const body = await ctx.keyring.sealForClient(trx, clientId, text, noteAad(clientId, id));
    await trx.insertInto('notes').values({ id, client_id: clientId, author_id: p.userId, version: 1, body_enc: body, created_at: now, updated_at: now, engagement_id: open?.id ?? null, session_date: open ? now.slice(0, 10) : null }).execute();
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'note.create', outcome: 'success', clientId, targetType: 'note', targetId: id, details: { length: text.length } });
  });
  return { id, authorId: p.userId, createdAt: now, updatedAt: now, version: 1, text };
}

export async function listNotes(ctx: AppContext, p: Principal, clientId: string, meta: RequestMeta): Promise<NoteView[]> {
  const c = await loadClient(ctx, ctx.store.db, p, clientId);
  const via = await authorize(ctx, p, 'note.list', c, { clientId, targetType: 'note' });
  const rows = await ctx.store.db.selectFrom('notes').selectAll().where('client_id', '=', clientId).orderBy('created_at', 'desc').orderBy('id').execute();
  const notes = await Promise.all(rows.map((r) => openNote(ctx, r)));
  await ctx.audit.record({ ...actorOf(p, meta.ip), action: 'note.list', outcome: 'success', clientId, targetType: 'note', details: { count: notes.length, via } });
  return notes;
}

export async function getNote(ctx: AppContext, p: Principal, clientId: string, noteId: string, meta: RequestMeta): Promise<NoteView> {
  const c = await loadClient(ctx, ctx.store.db, p, clientId);
  const via = await authorize(ctx, p, 'note.read', c, { clientId, targetType: 'note', targetId: noteId });
  const fast = fastNote(ctx, noteId, clientId);
  const row = fast !== undefined ? (fast ?? undefined) : await ctx.store.db.selectFrom('notes').selectAll().where('id', '=', noteId).where('client_id', '=', clientId).executeTakeFirst();
  if (!row) throw new AppError('not-found');
  const note = await openNote(ctx, row);
  await ctx.audit.record({ ...actorOf(p, meta.ip), action: 'note.read', outcome: 'success', clientId, targetType: 'note', targetId: noteId, details: { via } });
  return note;
}
