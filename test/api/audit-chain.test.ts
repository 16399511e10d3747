// The audit log on both databases: appends in the use-case's transaction, group commit for concurrent
// reads, signed checkpoints, and `verify` catching every kind of tampering (TEST-PLAN T15).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { sql } from 'kysely';
import { AuditLog, verifyAudit, loadAuditSigner, chainHash, type AuditSigner } from '../../src/audit/index.js';
import type { Store } from '../../src/store/db.js';
import { DIALECTS, openTestStore, type TestDatabase } from '../support/databases.js';

for (const dialect of DIALECTS) {
  describe(`audit chain on ${dialect}`, () => {
    let store: Store;
    let db: TestDatabase;
    let signer: AuditSigner;
    let audit: AuditLog;
    let cpFile: string;

    before(async () => {
      ({ store, db } = await openTestStore(dialect));
      signer = loadAuditSigner(join(db.dir, 'audit-signing.key'), true)!;
      cpFile = join(db.dir, 'audit-checkpoints.jsonl');
      audit = new AuditLog(store, { signer, checkpointFile: cpFile, checkpointEvery: 100000 });
    });
    after(async () => {
      await store.close();
      await db.cleanup();
    });

    const verify = () => verifyAudit(store, { publicKey: signer.publicKey, checkpointFile: cpFile });

    test('records appended in transactions and by group commit form one verified chain', async () => {
      await store.db.transaction().execute(async (trx) => {
        await audit.append(trx, { action: 'client.create', outcome: 'success', actorId: 'u1', clientId: 'c1' });
      });
      // A transaction that fails takes its audit record with it.
      await assert.rejects(
        store.db.transaction().execute(async (trx) => {
          await audit.append(trx, { action: 'note.create', outcome: 'success', actorId: 'u1' });
          throw new Error('use-case failed');
        }),
      );
      const seqs = await Promise.all(Array.from({ length: 300 }, (_, i) => audit.record({ action: 'note.read', outcome: 'success', actorId: 'u' + (i % 7), clientId: 'c1', ip: '127.0.0.1' })));
      assert.equal(new Set(seqs).size, 300);
      assert.deepEqual([...seqs].sort((a, b) => a - b), Array.from({ length: 300 }, (_, i) => i + 2));
      await audit.checkpoint();
      for (let i = 0; i < 20; i++) await audit.record({ action: 'note.read', outcome: 'success', actorId: 'u1', clientId: 'c2' });
      await audit.checkpoint();
      const r = await verify();
      assert.equal(r.ok, true, JSON.stringify(r.problems));
      assert.equal(r.records, 321);
      assert.equal(r.checkpoints, 2);
    });

    test('a field that contains a newline stays inside one record', async () => {
      const seq = await audit.record({ action: 'auth.login.failed', outcome: 'failure', reason: 'x\n{"action":"forged"}' });
      const row = await store.db.selectFrom('audit_log').selectAll().where('seq', '=', seq).executeTakeFirstOrThrow();
      assert.equal(row.action, 'auth.login.failed');
      assert.equal(row.reason, 'x\n{"action":"forged"}');
      await audit.checkpoint();
      assert.equal((await verify()).ok, true);
    });

    // Each tampering runs inside a transaction that is rolled back afterwards, so the cases are independent.
    async function tampered(change: (trx: any) => Promise<void>): Promise<Awaited<ReturnType<typeof verify>>> {
      const sentinel = new Error('rollback');
      let result: Awaited<ReturnType<typeof verify>> | undefined;
      const saved = store.db;
      await assert.rejects(
        saved.transaction().execute(async (trx) => {
          await change(trx);
          (store as { db: unknown }).db = trx;
          try {
            result = await verifyAudit(store, { publicKey: signer.publicKey, checkpointFile: cpFile });
          } finally {
            (store as { db: unknown }).db = saved;
          }
          throw sentinel;
        }),
        (e) => e === sentinel,
      );
      return result!;
    }

    test('an altered field is caught at that record', async () => {
      const r = await tampered(async (trx) => {
        await trx.updateTable('audit_log').set({ actor_id: 'someone-else' }).where('seq', '=', 50).execute();
      });
      assert.equal(r.ok, false);
      assert.equal(r.firstBad?.seq, 50);
    });

    test('a deleted record is caught', async () => {
      const r = await tampered(async (trx) => {
        await trx.deleteFrom('audit_log').where('seq', '=', 77).execute();
      });
      assert.equal(r.ok, false);
      assert.equal(r.firstBad?.seq, 77);
    });

    test('two swapped records are caught', async () => {
      const r = await tampered(async (trx) => {
        const a = await trx.selectFrom('audit_log').selectAll().where('seq', '=', 10).executeTakeFirstOrThrow();
        const b = await trx.selectFrom('audit_log').selectAll().where('seq', '=', 11).executeTakeFirstOrThrow();
        await trx.updateTable('audit_log').set({ ...b, seq: 10 }).where('seq', '=', 10).execute();
        await trx.updateTable('audit_log').set({ ...a, seq: 11 }).where('seq', '=', 11).execute();
      });
      assert.equal(r.ok, false);
      assert.equal(r.firstBad?.seq, 10);
    });

    test('a truncated tail is caught, even with the head row moved back', async () => {
      const r = await tampered(async (trx) => {
        const keep = await trx.selectFrom('audit_log').select(['seq', 'hash']).where('seq', '=', 310).executeTakeFirstOrThrow();
        await trx.deleteFrom('audit_log').where('seq', '>', 310).execute();
        await trx.deleteFrom('audit_checkpoints').where('seq', '>', 310).execute();
        await trx.updateTable('audit_head').set({ seq: keep.seq, hash: keep.hash }).where('id', '=', 1).execute();
      });
      assert.equal(r.ok, false);
      assert.equal(r.firstBad?.seq, 311);
    });

    test('a whole chain rewritten without the signing key is caught', async () => {
      const r = await tampered(async (trx) => {
        const rows = await trx.selectFrom('audit_log').selectAll().orderBy('seq').execute();
        let prev = '0'.repeat(64);
        for (const row of rows) {
          const changed = Number(row.seq) === 5 ? { ...row, action: 'note.create' } : row;
          const hash = chainHash(prev, { ...changed, seq: Number(changed.seq) });
          await trx.updateTable('audit_log').set({ action: changed.action, prev_hash: prev, hash }).where('seq', '=', row.seq).execute();
          prev = hash;
        }
        await trx.updateTable('audit_head').set({ hash: prev }).where('id', '=', 1).execute();
        // The rewriter also drops the database copies of the checkpoints; the external file still has them.
        await trx.deleteFrom('audit_checkpoints').execute();
      });
      assert.equal(r.ok, false);
      assert.ok(r.problems.some((p) => /rewritten/.test(p.problem)), JSON.stringify(r.problems));
      assert.equal(r.firstBad?.seq, 1);
    });

    test('the untouched log still verifies', async () => {
      const r = await verify();
      assert.equal(r.ok, true, JSON.stringify(r.problems));
      const n = await sql<{ n: number }>`select count(*) as n from audit_log`.execute(store.db);
      assert.equal(Number(n.rows[0]!.n), r.records);
    });
  });
}
