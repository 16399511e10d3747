// The three reads on every request's hot path (session, client, note), as plain prepared statements on
// SQLite. Compiling them through Kysely on every request costs more CPU than running them. They are used only
// when no transaction is open on the connection (better-sqlite3 is one connection: a read issued while a
// use-case transaction is open would see its uncommitted rows), otherwise the Kysely path is taken, which
// waits for the transaction to end. PostgreSQL always uses Kysely.
// Each statement is prepared once per connection and kept (src/store/sqlite-statements.ts).
import type { AppContext } from './context.js';
import type { NoteRow } from '../store/schema.js';
import { statement } from '../store/sqlite-statements.js';

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
  return (statement(raw, SESSION_SQL).get(id) as SessionJoinRow | undefined) ?? null;
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
  return (statement(raw, CLIENT_SQL).get(id) as ClientCoreRow | undefined) ?? null;
}

const NOTE_SQL = 'select id, client_id, author_id, version, body_enc, created_at, updated_at from notes where id = ? and client_id = ?';

export function fastNote(ctx: AppContext, noteId: string, clientId: string): NoteRow | null | undefined {
  const raw = idle(ctx);
  if (!raw) return undefined;
  return (statement(raw, NOTE_SQL).get(noteId, clientId) as NoteRow | undefined) ?? null;
}

const CASELOAD_SQL = 'select "id", "org_id", "practitioner_id", "status", "reference", "profile_enc", "jurisdiction", "created_at" from "clients" where "org_id" = ? and "practitioner_id" = ? and "status" != ?';

/** A practitioner's own clients (not erased): the caseload query of listClients. */
export function fastCaseload(ctx: AppContext, orgId: string, practitionerId: string): ClientCoreRow[] | undefined {
  const raw = idle(ctx);
  if (!raw) return undefined;
  // Rows as arrays, made into objects here: cheaper than better-sqlite3 building 100 objects column by column.
  const rows = statement(raw, CASELOAD_SQL, 'arrays').all(orgId, practitionerId, 'erased') as [string, string, string | null, string, string | null, string, string | null, string][];
  return rows.map((r) => ({ id: r[0], org_id: r[1], practitioner_id: r[2], status: r[3], reference: r[4], profile_enc: r[5], jurisdiction: r[6], created_at: r[7] }));
}

export interface CaseloadFlagRow {
  client_id: string;
  agreement_id: string | null;
  complete: number | null;
  review_due_at: string | null;
}

/** Open engagements of these clients with their agreement (if any): the case-record flags of a caseload. */
export function fastCaseloadFlagRows(ctx: AppContext, clientIds: string[]): CaseloadFlagRow[] | undefined {
  const raw = idle(ctx);
  if (!raw || clientIds.length === 0 || clientIds.length > 30_000) return undefined;
  const sql = `select "engagements"."client_id", "agreements"."id" as "agreement_id", "agreements"."complete", "agreements"."review_due_at" from "engagements" left join "agreements" on "agreements"."engagement_id" = "engagements"."id" where "engagements"."status" = ? and "engagements"."client_id" in (${clientIds.map(() => '?').join(', ')})`;
  return statement(raw, sql).all('open', ...clientIds) as CaseloadFlagRow[];
}
