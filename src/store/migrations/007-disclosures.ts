// Disclosures (issue 7 items 5, 6): a request to share information about a client without (or beyond) their
// consent, its second-person approval or refusal, the recorded disclosure, and append-only annotations.
// Plain columns hold only ids, enumerations, flags, dates and the request hash (queues, accounting and the
// chronology need them); the ground, recipient name, the information disclosed field by field, the
// justification, refusal reasons and annotations are sealed with the client's key.
// concern_id deliberately has NO foreign key (the concerns table belongs to another migration); the
// service checks that the concern exists and is about the same client.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('disclosures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('concern_id', 'text') // no FK by design (see above)
    .addColumn('requested_by', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull()) // pending | ready | refused | disclosed
    .addColumn('ground_sealed', 'text', (c) => c.notNull()) // { kind: citation | written, source?, text }
    .addColumn('recipient_directory_id', 'text') // a directory entry (its name is also sealed in recipient_sealed)
    .addColumn('recipient_sealed', 'text', (c) => c.notNull()) // { kind, directoryId?, name }
    .addColumn('categories', 'text', (c) => c.notNull()) // JSON array of category keys (not content): accounting
    .addColumn('fields_sealed', 'text', (c) => c.notNull()) // [{ key, category, label, value }]
    .addColumn('justification_sealed', 'text') // why more than the minimum necessary
    .addColumn('beyond_minimum', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('approval_required', 'integer', (c) => c.notNull())
    .addColumn('request_hash', 'text', (c) => c.notNull()) // sha-256 of the canonical request
    .addColumn('request_version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('approved_by', 'text')
    .addColumn('approved_at', 'text')
    .addColumn('approved_hash', 'text') // the request hash the approval was given for
    .addColumn('refused_by', 'text')
    .addColumn('refused_at', 'text')
    .addColumn('refusal_sealed', 'text')
    .addColumn('client_told', 'text', (c) => c.notNull()) // before | after | not
    .addColumn('client_told_reason_sealed', 'text') // required when 'not'
    .addColumn('client_told_at', 'text')
    .addColumn('disclosed_at', 'text')
    .addColumn('recorded_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('disclosures_client').on('disclosures').columns(['client_id', 'created_at']).execute();
  await db.schema.createIndex('disclosures_queue').on('disclosures').columns(['organisation_id', 'status']).execute();

  await db.schema
    .createTable('disclosure_annotations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('disclosure_id', 'text', (c) => c.notNull().references('disclosures.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('body_sealed', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('disclosure_annotations_disclosure').on('disclosure_annotations').columns(['disclosure_id', 'created_at']).execute();
}

export async function down(): Promise<void> {
  throw new Error('Confidant migrations are forward-only; restore a backup to go back.');
}
