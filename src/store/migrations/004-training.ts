// Training (issue 8): organisation scenarios, "ethical or unethical?" exercises, assignments, attempts and
// certificates. Kept apart from client records: no column here references a client, and nothing is sealed
// with a client key, because nothing here is about a real client (narratives are written for teaching).
// Portable types only (text, integer); scores are whole percentages.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('training_scenarios')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('narrative', 'text', (c) => c.notNull())
    .addColumn('facts', 'text', (c) => c.notNull()) // JSON, CONTRACTS §1 facts
    .addColumn('expected', 'text', (c) => c.notNull()) // JSON: the author's expected outcome
    .addColumn('notes', 'text', (c) => c.notNull()) // teaching notes
    .addColumn('tags', 'text', (c) => c.notNull()) // JSON: profession, jurisdiction, concern, difficulty
    .addColumn('engine_answer', 'text', (c) => c.notNull()) // JSON: the engine's result at save time
    .addColumn('disagrees', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('confirmed_disagreement', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('training_scenarios_org').on('training_scenarios').column('org_id').execute();

  await db.schema
    .createTable('training_exercises')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('situation', 'text', (c) => c.notNull())
    .addColumn('actions', 'text', (c) => c.notNull()) // JSON: [{ text, mark: 'ethical'|'unethical', why }]
    .addColumn('tags', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('training_exercises_org').on('training_exercises').column('org_id').execute();

  await db.schema
    .createTable('training_assignments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('items', 'text', (c) => c.notNull()) // JSON: [{ kind: 'scenario'|'exercise', id }]
    .addColumn('assignee_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('assigned_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('completed_at', 'text')
    .execute();
  await db.schema.createIndex('training_assignments_assignee').on('training_assignments').column('assignee_id').execute();
  await db.schema.createIndex('training_assignments_by').on('training_assignments').column('assigned_by').execute();

  await db.schema
    .createTable('training_attempts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('assignment_id', 'text', (c) => c.notNull()) // '' for practice outside an assignment
    .addColumn('item_kind', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('answer', 'text', (c) => c.notNull()) // JSON: the learner's answer (training content only)
    .addColumn('score', 'integer', (c) => c.notNull()) // 0-100
    .addColumn('correct', 'integer', (c) => c.notNull())
    .addColumn('profession', 'text', (c) => c.notNull())
    .addColumn('concern', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('training_attempts_once', ['user_id', 'assignment_id', 'item_kind', 'item_id'])
    .execute();
  await db.schema.createIndex('training_attempts_org').on('training_attempts').columns(['org_id', 'assignment_id']).execute();

  await db.schema
    .createTable('training_certificates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('assignment_id', 'text', (c) => c.notNull().unique())
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Confidant migrations are forward-only; restore a backup to go back.');
}
