// The parallel verifier (worker threads over seq ranges of a SQLite log) finds the same problems as the
// single pass, including a record deleted exactly at the boundary between two ranges.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { openStore, type Store } from '../../src/store/db.js';
import { AuditLog, loadAuditSigner, verifyAudit, type AuditSigner } from '../../src/audit/index.js';

describe('parallel audit verification (SQLite)', () => {
  let dir: string;
  let signer: AuditSigner;
  const N = 2000;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'confidant-verify-'));
    const store = await openStore({ kind: 'sqlite', path: join(dir, 'base.db') });
    signer = loadAuditSigner(join(dir, 'audit.key'), true)!;
    const audit = new AuditLog(store, { signer, checkpointEvery: 1e9 });
    await Promise.all(Array.from({ length: N }, (_, i) => audit.record({ action: 'note.read', outcome: 'success', actorId: `u${i % 3}`, clientId: `c${i % 11}` })));
    await audit.checkpoint();
    store.sqlite!.pragma('wal_checkpoint(TRUNCATE)');
    await store.close();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  async function withCopy(change: (s: Store) => Promise<void>) {
    const path = join(dir, `copy-${Math.random().toString(36).slice(2)}.db`);
    copyFileSync(join(dir, 'base.db'), path);
    const store = await openStore({ kind: 'sqlite', path }, { migrate: false });
    try {
      await change(store);
      const parallel = await verifyAudit(store, { publicKey: signer.publicKey, parallelThreshold: 1 });
      const single = await verifyAudit(store, { publicKey: signer.publicKey, parallelThreshold: Number.MAX_SAFE_INTEGER });
      return { parallel, single };
    } finally {
      await store.close();
    }
  }

  test('an intact log verifies in parallel', async () => {
    assert.ok(availableParallelism() >= 1);
    const { parallel, single } = await withCopy(async () => undefined);
    assert.equal(parallel.ok, true, JSON.stringify(parallel.problems));
    assert.equal(parallel.records, N);
    assert.deepEqual(single.ok, true);
  });

  for (const [name, seq, change] of [
    ['altered', 1500, (s: Store) => s.db.updateTable('audit_log').set({ client_id: 'c-other' }).where('seq', '=', 1500).execute()],
    ['deleted at the range boundary', Math.ceil(N / Math.min(Math.max(availableParallelism(), 1), 4)), (s: Store) => s.db.deleteFrom('audit_log').where('seq', '=', Math.ceil(N / Math.min(Math.max(availableParallelism(), 1), 4))).execute()],
    ['deleted after the boundary', 1001, (s: Store) => s.db.deleteFrom('audit_log').where('seq', '=', 1001).execute()],
  ] as const) {
    test(`a record ${name} is named in parallel as in a single pass`, async () => {
      const { parallel, single } = await withCopy(async (s) => { await change(s); });
      assert.equal(parallel.ok, false);
      assert.equal(parallel.firstBad?.seq, seq);
      assert.equal(single.firstBad?.seq, seq);
    });
  }
});
