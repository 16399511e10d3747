// Concerns and escalations (issue 7 items 2, 4, 7). A concern keeps the facts a practitioner gave (CONTRACTS §1),
// the policy version, the engine's verdict and the practitioner's choice; an escalated concern goes to the
// organisation's safeguarding leads with an urgency, who may ask questions (thread) and decide.
// Plain columns hold only ids, enumerations, dates and the verdict id (needed for queues and the chronology);
// facts, the engine result, reasons, decisions and thread messages are sealed with the client's key.
// Column names follow the binding interface in the issue brief (organisation_id, *_sealed).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('concerns')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('engagement_id', 'text')
    .addColumn('note_id', 'text')
    .addColumn('raised_by', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull()) // general | colleague
    .addColumn('facts_sealed', 'text', (c) => c.notNull()) // CONTRACTS §1 facts + the plain answers
    .addColumn('policy_version', 'text', (c) => c.notNull()) // e.g. gb-iag@2026.1
    .addColumn('verdict', 'text', (c) => c.notNull()) // the engine's verdict id
    .addColumn('verdict_sealed', 'text', (c) => c.notNull()) // the whole engine result
    .addColumn('choice', 'text') // accepted | overridden (null until the practitioner chooses)
    .addColumn('choice_reason_sealed', 'text')
    .addColumn('third_party_id', 'text') // colleague concerns: the encrypted third-party record, never the name here
    .addColumn('status', 'text', (c) => c.notNull()) // open | escalated | decided | closed
    .addColumn('urgency', 'text') // routine | soon | urgent | immediate (null until escalated)
    .addColumn('escalated_at', 'text')
    .addColumn('escalated_by', 'text')
    .addColumn('escalation_sealed', 'text') // the practitioner's summary for the lead
    .addColumn('email_status', 'text') // null | sent | failed | not-configured (urgent escalations only)
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('decision_sealed', 'text') // outcome + reason
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('concerns_client').on('concerns').columns(['client_id', 'created_at']).execute();
  await db.schema.createIndex('concerns_queue').on('concerns').columns(['organisation_id', 'status']).execute();

  await db.schema
    .createTable('concern_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('concern_id', 'text', (c) => c.notNull().references('concerns.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('author_role', 'text', (c) => c.notNull()) // lead | practitioner
    .addColumn('body_sealed', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('concern_messages_concern').on('concern_messages').columns(['concern_id', 'created_at']).execute();
}

export async function down(): Promise<void> {
  throw new Error('Confidant migrations are forward-only; restore a backup to go back.');
}
