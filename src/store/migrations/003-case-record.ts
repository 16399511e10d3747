// The confidential case record (issue 6): engagements, limits-of-confidentiality statements (versioned per
// service), agreements and their yearly reviews, consents, the directory of services, referrals, conflicts of
// interest, third parties, note versions and note metadata, retention schedules, legal hold and erasure.
// Case content and anything identifying is sealed per client (`*_enc`); plain columns hold only ids, dates,
// enumerations and flags that the caseload and retention queries need.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('engagements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('service', 'text', (c) => c.notNull()) // a service key of the organisation, e.g. careers-guidance
    .addColumn('status', 'text', (c) => c.notNull()) // open | closed
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('close_reason', 'text') // goals-met | client-choice | referred-on | code-of-conduct | other
    .addColumn('commissioned', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('data_enc', 'text', (c) => c.notNull()) // commissioning organisation, what it was told, closing summary
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('engagements_client').on('engagements').columns(['client_id', 'status']).execute();

  await db.schema
    .createTable('statements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('service', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull()) // the organisation's own policy text: not client content
    .addColumn('questions', 'text', (c) => c.notNull()) // JSON array of comprehension questions
    .addColumn('review_months', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('statements_service_version').on('statements').columns(['org_id', 'service', 'version']).unique().execute();

  await db.schema
    .createTable('agreements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('engagement_id', 'text', (c) => c.notNull().references('engagements.id'))
    .addColumn('statement_id', 'text', (c) => c.notNull())
    .addColumn('statement_version', 'integer', (c) => c.notNull())
    .addColumn('explained_at', 'text', (c) => c.notNull())
    .addColumn('complete', 'integer', (c) => c.notNull())
    .addColumn('not_ready', 'integer', (c) => c.notNull())
    .addColumn('review_due_at', 'text', (c) => c.notNull())
    .addColumn('data_enc', 'text', (c) => c.notNull()) // method, acknowledgement, comprehension answers, client's questions
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('agreements_engagement').on('agreements').column('engagement_id').unique().execute();
  await db.schema.createIndex('agreements_client').on('agreements').column('client_id').execute();

  await db.schema
    .createTable('agreement_reviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agreement_id', 'text', (c) => c.notNull().references('agreements.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('reviewed_at', 'text', (c) => c.notNull())
    .addColumn('data_enc', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('agreement_reviews_agreement').on('agreement_reviews').column('agreement_id').execute();

  await db.schema
    .createTable('directory')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull()) // provider | specialist | mental-health | helpline | employer | other
    .addColumn('name', 'text', (c) => c.notNull()) // services and organisations, not clients
    .addColumn('description', 'text')
    .addColumn('contact', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('removed_at', 'text')
    .execute();
  await db.schema.createIndex('directory_org').on('directory').columns(['org_id', 'removed_at']).execute();

  await db.schema
    .createTable('consents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('directory_id', 'text')
    .addColumn('given_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text')
    .addColumn('withdrawn_at', 'text')
    .addColumn('data_enc', 'text', (c) => c.notNull()) // categories, recipient, purpose, method, withdrawal note
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('consents_client').on('consents').column('client_id').execute();

  await db.schema
    .createTable('referrals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('engagement_id', 'text')
    .addColumn('directory_id', 'text')
    .addColumn('consent_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull()) // referral | signposting
    .addColumn('data_enc', 'text', (c) => c.notNull()) // reason, outcome, alternatives offered
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('referrals_client').on('referrals').column('client_id').execute();

  await db.schema
    .createTable('conflicts_of_interest')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('engagement_id', 'text')
    .addColumn('data_enc', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('conflicts_client').on('conflicts_of_interest').column('client_id').execute();

  await db.schema
    .createTable('third_parties')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('relationship', 'text', (c) => c.notNull()) // colleague | family | friend | other
    .addColumn('name_enc', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('third_parties_client').on('third_parties').column('client_id').execute();

  await db.schema
    .createTable('note_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('note_id', 'text', (c) => c.notNull().references('notes.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('body_enc', 'text', (c) => c.notNull())
    .addColumn('meta_enc', 'text')
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('note_versions_note').on('note_versions').columns(['note_id', 'version']).unique().execute();

  // SQLite allows one column per ALTER TABLE statement.
  await db.schema.alterTable('notes').addColumn('engagement_id', 'text').execute();
  await db.schema.alterTable('notes').addColumn('session_date', 'text').execute();
  await db.schema.alterTable('notes').addColumn('duration_minutes', 'integer').execute();
  await db.schema.alterTable('notes').addColumn('mode', 'text').execute();
  await db.schema.alterTable('notes').addColumn('private', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('notes').addColumn('meta_enc', 'text').execute(); // structure (goals, actions), third-party tags

  await db.schema
    .createTable('retention_schedules')
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('service', 'text', (c) => c.notNull())
    .addColumn('months', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('retention_schedules_pk', ['org_id', 'service'])
    .execute();

  await db.schema.alterTable('clients').addColumn('legal_hold_at', 'text').execute();
}

export async function down(): Promise<void> {
  throw new Error('Confidant migrations are forward-only; restore a backup to go back.');
}
