// Two app nodes on one PostgreSQL (issue 9 item 2, TEST-PLAN T31): two built server processes on loopback share
// one database. A session made on one works on the other; a few thousand concurrent audited writes through
// both keep one unbroken hash chain (`confidant audit verify` exit 0, one audit entry per write); a lock-out
// earned on one node holds on the other; signing out on one ends the session on both.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDatabase } from '../support/databases.js';
import { HttpSession, burst, checkAcked, prng, runCliAsync, seedFromEnv, seedInstallation, serverEnv, startServer, type Acked, type RunningServer } from '../reliability/harness.js';
import { halfWritten, query } from '../reliability/crash.js';

test('two app nodes on one PostgreSQL: shared sessions, one audit chain, lock-out across nodes', { timeout: process.env.CONFIDANT_LONG_RUN ? 6 * 3600_000 : 300_000 }, async (t) => {
  const db = await createTestDatabase('postgres');
  const servers: RunningServer[] = [];
  try {
    const env = serverEnv(db.database, db.dir);
    await seedInstallation(env, [
      { email: 'practitioner@example.test', roles: ['practitioner'] },
      { email: 'practitioner2@example.test', roles: ['practitioner'] },
    ]);
    servers.push(await startServer(env), await startServer(env));
    const [a, b] = servers as [RunningServer, RunningServer];
    assert.notEqual(a.url, b.url);

    // A session made on node A works on node B.
    const onA = new HttpSession(a.url);
    await onA.signIn('practitioner@example.test');
    const onB = onA.on(b.url);
    const who = await onB.req('GET', '/api/v1/auth/session');
    assert.equal(who.status, 200, who.text);
    const clients: string[] = [];
    for (let i = 0; i < 6; i++) {
      const r = await (i % 2 ? onB : onA).req('POST', '/api/v1/clients', { name: `Synthetic Two-Node Client ${i}`, jurisdiction: 'GB-ENG' });
      assert.equal(r.status, 201, r.text);
      clients.push((r.body as { client: { id: string } }).client.id);
    }

    // Concurrent audited writes through both nodes: one chain.
    const total = Number(process.env.CONFIDANT_MULTINODE_WRITES ?? 1000);
    const seed = seedFromEnv();
    t.diagnostic(`seed ${seed}, ${total} writes`);
    const before = Number((await query<{ n: string }>(db.database, 'select count(*) as n from audit_log'))[0]!.n);
    const acked: Acked[] = [];
    const ca = { sent: 0, failed: 0 };
    const cb = { sent: 0, failed: 0 };
    const notesOnly = (await import('../reliability/harness.js')).WRITE_KINDS.filter((k) => k.name === 'note');
    const t0 = performance.now();
    await Promise.all([
      burst(onA, [...clients], { concurrency: 12, rnd: prng(seed), until: () => ca.sent >= total / 2, acked, counter: ca, kinds: notesOnly }),
      burst(onB, [...clients], { concurrency: 12, rnd: prng(seed + 1), until: () => cb.sent >= total / 2, acked, counter: cb, kinds: notesOnly }),
    ]);
    const secs = (performance.now() - t0) / 1000;
    t.diagnostic(`${acked.length} writes acknowledged in ${secs.toFixed(1)} s through two nodes (${Math.round(acked.length / secs)}/s); failed ${ca.failed + cb.failed}`);
    assert.equal(ca.failed + cb.failed, 0, 'no write failed');
    assert.ok(acked.length >= total, `${acked.length} acknowledged`);
    const after = Number((await query<{ n: string }>(db.database, 'select count(*) as n from audit_log'))[0]!.n);
    assert.ok(after - before >= acked.length, 'at least one audit entry per write');
    const seqs = await query<{ n: string; lo: string; hi: string }>(db.database, 'select count(*) as n, min(seq) as lo, max(seq) as hi from audit_log');
    assert.equal(Number(seqs[0]!.hi) - Number(seqs[0]!.lo) + 1, Number(seqs[0]!.n), 'audit sequence numbers have no gaps');
    const v = await runCliAsync(['audit', 'verify'], env);
    assert.equal(v.code, 0, v.stdout + v.stderr);
    t.diagnostic(v.stdout.trim());
    assert.deepEqual(await halfWritten(db.database), []);
    assert.deepEqual(await checkAcked(onB, acked), []);

    // Lock-out across nodes: failures alternate between the nodes; the lock then holds on both.
    for (let i = 0; i < 5; i++) {
      const r = await new HttpSession(i % 2 ? b.url : a.url).req('POST', '/api/v1/auth/login', { email: 'practitioner2@example.test', password: 'wrong password attempt' });
      assert.ok(r.status === 401 || r.status === 429, `attempt ${i}: ${r.status}`);
    }
    for (const node of [a, b]) {
      const r = await new HttpSession(node.url).req('POST', '/api/v1/auth/login', { email: 'practitioner2@example.test', password: 'correct horse battery staple 42' });
      assert.equal(r.status, 429, `the right password on ${node.url} during the lock-out: ${r.status}`);
      assert.ok(r.headers.get('retry-after'));
    }

    // Signing out on B ends the session on A too.
    const cookie = onB.cookie;
    const out = await onB.req('POST', '/api/v1/auth/logout');
    assert.ok(out.status === 200 || out.status === 204, `logout ${out.status}`);
    const stale = new HttpSession(a.url);
    stale.cookie = cookie;
    assert.equal((await stale.req('GET', '/api/v1/auth/session')).status, 401, 'the signed-out session is gone on node A');
  } finally {
    for (const s of servers) await s.kill('SIGTERM');
    await db.cleanup();
  }
});

// The audit append on PostgreSQL is one statement that moves the head only from the head this process last
// saw (src/audit/audit-log.ts). Three AuditLog instances on three connection pools stand in for three nodes:
// group-committed records, appends inside use-case transactions and rolled-back transactions, all at once,
// must leave one unbroken chain with every committed record and none of the rolled-back ones.
test('audit appends from three processes at once (PostgreSQL): one chain, no lost or forked record, rollbacks leave no trace', async () => {
  const { openStore } = await import('../../src/store/db.js');
  const { AuditLog, verifyAudit } = await import('../../src/audit/index.js');
  const db = await createTestDatabase('postgres');
  const stores = [await openStore(db.database, { migrate: true })];
  try {
    stores.push(await openStore(db.database, { migrate: false }), await openStore(db.database, { migrate: false }));
    const logs = stores.map((s) => new AuditLog(s));
    const rnd = prng(seedFromEnv());
    const committed: string[] = [];
    const rolledBack: string[] = [];
    const work: Promise<unknown>[] = [];
    for (let i = 0; i < 600; i++) {
      const n = Math.floor(rnd() * 3);
      const log = logs[n]!;
      const store = stores[n]!;
      const id = `t${i}`;
      const kind = rnd();
      if (kind < 0.6) {
        work.push(log.record({ action: 'test.read', outcome: 'success', targetId: id }).then(() => committed.push(id)));
      } else if (kind < 0.9) {
        work.push(store.db.transaction().execute(async (trx) => log.append(trx, { action: 'test.write', outcome: 'success', targetId: id })).then(() => committed.push(id)));
      } else {
        work.push(
          store.db
            .transaction()
            .execute(async (trx) => {
              await log.append(trx, { action: 'test.undone', outcome: 'success', targetId: id });
              throw new Error('rolled back on purpose');
            })
            .catch(() => rolledBack.push(id)),
        );
      }
      if (i % 50 === 49) await Promise.all(work.splice(0));
    }
    await Promise.all(work);
    for (const l of logs) await l.drain();
    const rows = await query<{ target_id: string }>(db.database, "select target_id from audit_log where action like 'test.%'");
    const stored = new Set(rows.map((r) => r.target_id));
    assert.equal(rows.length, committed.length, 'every committed record once');
    for (const id of committed) assert.ok(stored.has(id), `committed record ${id} is in the log`);
    for (const id of rolledBack) assert.ok(!stored.has(id), `rolled-back record ${id} is not in the log`);
    assert.ok(rolledBack.length > 0);
    const v = await verifyAudit(stores[0]!);
    assert.equal(v.ok, true, JSON.stringify(v.firstBad));
    assert.equal(v.records, v.lastSeq);
    // The appends above ran as named (prepared) statements (src/store/pg-prepared.ts), the hot path on PostgreSQL.
    assert.ok(stores.every((s) => (s.statements?.named ?? 0) > 0), 'the audit appends used named statements');
  } finally {
    for (const s of stores) await s.close();
    await db.cleanup();
  }
});
