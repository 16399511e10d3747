// Platform core (issue 2): a non-identifying client reference, first-sign-in password change, pending TOTP
// enrolment, TOTP replay protection, and an opaque session handle so a user can list and end their sessions
// without the API ever exposing a session id (which is the SHA-256 of the cookie token).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // SQLite allows one column per ALTER TABLE statement.
  await db.schema.alterTable('clients').addColumn('reference', 'text').execute();
  await db.schema.createIndex('clients_reference').on('clients').column('reference').unique().execute();
  await db.schema.alterTable('users').addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('users').addColumn('last_sign_in_at', 'text').execute();
  await db.schema.alterTable('users').addColumn('totp_pending_enc', 'text').execute();
  await db.schema.alterTable('users').addColumn('totp_last_counter', 'integer').execute();
  await db.schema.alterTable('sessions').addColumn('handle', 'text').execute();
  await db.schema.createIndex('sessions_handle').on('sessions').column('handle').execute();
  await db.schema.createIndex('notifications_user_read').on('notifications').columns(['user_id', 'read_at']).execute();
}

export async function down(): Promise<void> {
  throw new Error('Confidant migrations are forward-only; restore a backup to go back.');
}
