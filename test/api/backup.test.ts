// Backup and restore on both databases (issue 9 item 3; TEST-PLAN T18, T20): a seeded organisation
// round-trips record for record with its audit chain; a backup taken during writes is consistent; a wrong
// key or a damaged file is refused and writes nothing; an erasure made after the backup survives restore.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Keyring, generateMasterKey, writeKeyFile, readKeyFile } from '../../src/crypto/index.js';
import { AuditLog, loadAuditSigner } from '../../src/audit/index.js';
import { openStore, type Store } from '../../src/store/db.js';
import { recordErasure } from '../../src/store/erasure-ledger.js';
import { DIALECTS, createTestDatabase, type TestDatabase } from '../support/databases.js';
import { cli } from '../support/cli.js';

const TABLES = ['organisations', 'users', 'clients', 'client_keys', 'notes', 'audit_log', 'audit_head', 'audit_checkpoints', 'confidant_meta'] as const;

async function dump(store: Store): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of TABLES) {
    const rows = await store.db.selectFrom(t).selectAll().execute();
    out[t] = rows.map((r) => JSON.stringify(Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])))).sort();
  }
  return out;
}

const now = '2026-03-01T10:00:00.000Z';

for (const dialect of DIALECTS) {
  describe(`backup and restore on ${dialect}`, () => {
    let db: TestDatabase;
    let target: TestDatabase | undefined;
    let env: Record<string, string>;
    let snapshot: Record<string, unknown[]>;
    const backupFile = () => join(db.dir, 'first.backup');

    before(async () => {
      db = await createTestDatabase(dialect);
      const keyPath = join(db.dir, 'master.key');
      const mk = generateMasterKey();
      writeKeyFile(keyPath, mk);
      env = { CONFIDANT_DATA_DIR: db.dir, CONFIDANT_DATABASE_URL: db.database.kind === 'sqlite' ? db.database.path : db.database.url };
      const store = await openStore(db.database);
      const keyring = new Keyring(mk);
      await keyring.verifyOrInit(store.db);
      const signer = loadAuditSigner(join(db.dir, 'audit-signing.key'), true)!;
      const audit = new AuditLog(store, { signer, checkpointFile: join(db.dir, 'audit-checkpoints.jsonl') });
      await store.db.insertInto('organisations').values({ id: 'org', name: 'Backup test org (synthetic)', settings: '{}', created_at: now }).execute();
      await store.db.insertInto('users').values({ id: 'u1', org_id: 'org', email: 'p@example.test', display_name: 'P', password_hash: '$argon2id$x', roles: '["practitioner"]', active: 1, totp_secret_enc: null, totp_enabled: 0, recovery_codes: null, password_changed_at: now, created_at: now, deactivated_at: null }).execute();
      for (let i = 0; i < 40; i++) {
        await store.db.transaction().execute(async (trx) => {
          const id = `c${i}`;
          await trx.insertInto('clients').values({ id, org_id: 'org', practitioner_id: 'u1', profile_enc: 'x', jurisdiction: 'GB-ENG', status: 'active', legal_hold: 0, created_by: 'u1', created_at: now, updated_at: now, erased_at: null }).execute();
          await keyring.createClientKey(trx, id, now);
          for (let j = 0; j < 3; j++) {
            const nid = `n${i}-${j}`;
            await trx.insertInto('notes').values({ id: nid, client_id: id, author_id: 'u1', version: 1, body_enc: await keyring.sealForClient(trx, id, `Synthetic note ${j} for client ${i}`, `note:${id}:${nid}`), created_at: now, updated_at: now }).execute();
          }
          await audit.append(trx, { action: 'client.create', outcome: 'success', actorId: 'u1', clientId: id });
        });
      }
      await audit.checkpoint();
      snapshot = await dump(store);
      await store.close();
    });
    after(async () => {
      await db.cleanup();
      await target?.cleanup();
    });

    test('backup writes an encrypted file with no plaintext in it', async () => {
      const r = await cli(['backup', '--out', backupFile()], env);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /Backup written/);
      const bytes = readFileSync(backupFile()).toString('latin1');
      assert.ok(bytes.startsWith('CONFIDANT-BACKUP\n'));
      for (const s of ['Backup test org', 'p@example.test', 'client.create', 'SQLite format']) assert.ok(!bytes.includes(s), `found ${s}`);
    });

    test('restore with the wrong key is refused and writes nothing', async () => {
      const wrong = join(db.dir, 'wrong.key');
      writeKeyFile(wrong, generateMasterKey());
      const fresh = await createTestDatabase(dialect);
      try {
        const freshEnv = { ...env, CONFIDANT_DATA_DIR: fresh.dir, CONFIDANT_DATABASE_URL: fresh.database.kind === 'sqlite' ? fresh.database.path : fresh.database.url };
        const r = await cli(['restore', backupFile(), '--key-file', wrong], freshEnv);
        assert.equal(r.code, 1);
        assert.match(r.stderr, /master key/);
        if (fresh.database.kind === 'sqlite') assert.equal(existsSync(fresh.database.path), false);
        else {
          const s = await openStore(fresh.database, { migrate: false });
          const has = await s.db.selectFrom('confidant_meta').select('key').execute().then(() => true, () => false);
          await s.close();
          assert.equal(has, false);
        }
      } finally {
        await fresh.cleanup();
      }
    });

    test('a damaged backup is refused', async () => {
      const damaged = join(db.dir, 'damaged.backup');
      const bytes = readFileSync(backupFile());
      bytes[bytes.length - 100] = bytes[bytes.length - 100]! ^ 0x40;
      writeFileSync(damaged, bytes);
      const fresh = await createTestDatabase(dialect);
      try {
        const r = await cli(['restore', damaged], { ...env, CONFIDANT_DATA_DIR: fresh.dir, CONFIDANT_DATABASE_URL: fresh.database.kind === 'sqlite' ? fresh.database.path : fresh.database.url, CONFIDANT_MASTER_KEY_FILE: join(db.dir, 'master.key') });
        assert.equal(r.code, 1);
        assert.match(r.stderr, /integrity check/);
      } finally {
        await fresh.cleanup();
      }
    });

    test('restore brings back every record and a verifying audit chain; erasures since the backup stay erased', async () => {
      target = await createTestDatabase(dialect);
      // The organisation erased client c5 after the backup was made.
      recordErasure(target.dir, 'c5', now);
      const targetEnv = { CONFIDANT_DATA_DIR: target.dir, CONFIDANT_DATABASE_URL: target.database.kind === 'sqlite' ? target.database.path : target.database.url, CONFIDANT_MASTER_KEY_FILE: join(db.dir, 'master.key'), CONFIDANT_AUDIT_KEY_FILE: join(db.dir, 'audit-signing.key') };
      const r = await cli(['restore', backupFile()], targetEnv);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /1 client\(s\) erased since the backup were erased again/);
      const store = await openStore(target.database, { migrate: false });
      try {
        const restored = await dump(store);
        for (const t of ['organisations', 'users', 'clients', 'notes', 'audit_checkpoints'] as const) assert.deepEqual(restored[t], snapshot[t], t);
        // Audit: the restored chain holds every record of the snapshot, followed by the backup and restore events.
        assert.deepEqual(restored.audit_log!.filter((x) => !/"action":"backup\./.test(String(x))), snapshot.audit_log);
        const keys = await store.db.selectFrom('client_keys').select(['client_id', 'wrapped_key']).execute();
        assert.equal(keys.find((k) => k.client_id === 'c5')!.wrapped_key, null);
        assert.equal(keys.filter((k) => k.wrapped_key !== null).length, 39);
        const keyring = new Keyring(readKeyFile(join(db.dir, 'master.key')));
        const note = await store.db.selectFrom('notes').selectAll().where('id', '=', 'n7-2').executeTakeFirstOrThrow();
        assert.equal(await keyring.openForClient(store.db, 'c7', note.body_enc, 'note:c7:n7-2'), 'Synthetic note 2 for client 7');
      } finally {
        await store.close();
      }
      const v = await cli(['audit', 'verify'], targetEnv);
      assert.equal(v.code, 0, v.stdout + v.stderr);
    });

    test('a backup taken while writes continue is consistent and verifies', async () => {
      const store = await openStore(db.database);
      const signer = loadAuditSigner(join(db.dir, 'audit-signing.key'), false)!;
      const audit = new AuditLog(store, { signer });
      let stop = false;
      const writer = (async () => {
        let n = 0;
        while (!stop) {
          await audit.record({ action: 'note.read', outcome: 'success', actorId: 'u1', clientId: `c${n++ % 40}` });
        }
        return n;
      })();
      const out = join(db.dir, 'during-writes.backup');
      const r = await cli(['backup', '--out', out], env);
      stop = true;
      const written = await writer;
      await store.close();
      assert.equal(r.code, 0, r.stderr);
      assert.ok(written > 0);
      const again = await createTestDatabase(dialect);
      try {
        const e2 = { CONFIDANT_DATA_DIR: again.dir, CONFIDANT_DATABASE_URL: again.database.kind === 'sqlite' ? again.database.path : again.database.url, CONFIDANT_MASTER_KEY_FILE: join(db.dir, 'master.key'), CONFIDANT_AUDIT_KEY_FILE: join(db.dir, 'audit-signing.key') };
        const rr = await cli(['restore', out], e2);
        assert.equal(rr.code, 0, rr.stderr);
        const v = await cli(['audit', 'verify'], e2);
        assert.equal(v.code, 0, v.stdout);
      } finally {
        await again.cleanup();
      }
      rmSync(out);
    });
  });
}
