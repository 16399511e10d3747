// Consultations with a supervisor without names (issue 7 item 3; PRACTICE.md U1, U2).
// A practitioner's draft (summary, chosen notes snapshotted, span decisions) is sealed with the client's key.
// The packet a supervisor reads (`packet_text`) is stored in the clear only once it is sent, and only after a
// strict identifier check of the final text has passed (src/services/consultations.ts). The pseudonym→name
// mapping is never stored: it is recomputed from the sealed draft for the author. `concern_id` has no database
// foreign key (the concerns table belongs to another migration); the service checks it.
// Thread messages are stored in the clear: the supervisor's never contain what they were not told, and the
// practitioner's pass the same strict identifier check before they are saved.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('consultations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('concern_id', 'text') // no FK on purpose (see above)
    .addColumn('practitioner_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('supervisor_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('status', 'text', (c) => c.notNull()) // draft | sent | closed
    .addColumn('draft_sealed', 'text', (c) => c.notNull()) // client key: summary, note snapshots, marks, unmarks
    .addColumn('packet_text', 'text') // de-identified, set at send after the strict check
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('closed_at', 'text')
    .execute();
  await db.schema.createIndex('consultations_client').on('consultations').columns(['client_id', 'created_at']).execute();
  await db.schema.createIndex('consultations_supervisor').on('consultations').columns(['supervisor_id', 'status']).execute();
  await db.schema.createIndex('consultations_practitioner').on('consultations').columns(['practitioner_id', 'created_at']).execute();

  await db.schema
    .createTable('consultation_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('consultation_id', 'text', (c) => c.notNull().references('consultations.id'))
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('author_role', 'text', (c) => c.notNull()) // practitioner | supervisor
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('consultation_messages_thread').on('consultation_messages').columns(['consultation_id', 'created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('consultation_messages').execute();
  await db.schema.dropTable('consultations').execute();
}
