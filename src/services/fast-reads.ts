// The three reads on every request's hot path (session, client, note), as plain prepared statements on
// SQLite. Compiling them through Kysely on every request costs more CPU than running them. They are used only
// when no transaction is open on the connection (better-sqlite3 is one connection: a read issued while a
// use-case transaction is open would see its uncommitted rows), otherwise the Kysely path is taken, which
// waits for the transaction to end. PostgreSQL always uses Kysely.
import type { AppContext } from './context.js';
import type { NoteRow } from '../store/schema.js';

function idle(ctx: AppContext) {
  const raw = ctx.store.sqlite;
  return raw && !raw.inTransaction ? raw : undefined;
}

export interface SessionJoinRow {
  id: string;
  handle: string | null;
  csrf_token: string;
  stage: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  reauth_at: string | null;
  revoked_at: string | null;
  ip: string | null;
  user_id: string;
  org_id: string;
  email: string;
  display_name: string;
  roles: string;
  active: number;
  totp_enabled: number;
  must_change_password: number;
}

const SESSION_SQL = `select s.id, s.handle, s.csrf_token, s.stage, s.created_at, s.last_seen_at, s.expires_at, s.reauth_at, s.revoked_at, s.ip,
  u.id as user_id, u.org_id, u.email, u.display_name, u.roles, u.active, u.totp_enabled, u.must_change_password
  from sessions s inner join users u on u.id = s.user_id where s.id = ?`;

/** undefined = not answered here (use Kysely); null = no such row. */
export function fastSession(ctx: AppContext, id: string): SessionJoinRow | null | undefined {
  const raw = idle(ctx);
  if (!raw) return undefined;
  return (raw.prepare(SESSION_SQL).get(id) as SessionJoinRow | undefined) ?? null;
}

export interface ClientCoreRow {
  id: string;
  org_id: string;
  practitioner_id: string | null;
  status: string;
  reference: string | null;
  profile_enc: string;
  jurisdiction: string | null;
  created_at: string;
}

const CLIENT_SQL = 'select id, org_id, practitioner_id, status, reference, profile_enc, jurisdiction, created_at from clients where id = ?';

export function fastClient(ctx: AppContext, id: string): ClientCoreRow | null | undefined {
  const raw = idle(ctx);
  if (!raw) return undefined;
  return (raw.prepare(CLIENT_SQL).get(id) as ClientCoreRow | undefined) ?? null;
}

const NOTE_SQL = 'select id, client_id, author_id, version, body_enc, created_at, updated_at from notes where id = ? and client_id = ?';

export function fastNote(ctx: AppContext, noteId: string, clientId: string): NoteRow | null | undefined {
  const raw = idle(ctx);
  if (!raw) return undefined;
  return (raw.prepare(NOTE_SQL).get(noteId, clientId) as NoteRow | undefined) ?? null;
}
