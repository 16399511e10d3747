// Master-key rotation and crypto-shredding on both databases (TEST-PLAN T17, T18; issue 2 item 6).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Keyring, generateMasterKey, writeKeyFile, readKeyFile, pendingKeyPath, KeyMismatchError, ClientKeyDestroyedError, CryptoIntegrityError } from '../../src/crypto/index.js';
import { cli } from '../support/cli.js';
import type { Store } from '../../src/store/db.js';
import { DIALECTS, openTestStore, type TestDatabase } from '../support/databases.js';

const now = '2026-01-01T00:00:00.000Z';

async function seed(store: Store, keyring: Keyring, n: number): Promise<Map<string, string>> {
  const plain = new Map<string, string>();
  await store.db.insertInto('organisations').values({ id: 'org', name: 'Test org (synthetic)', settings: '{}', created_at: now }).execute();
  await store.db.insertInto('users').values({ id: 'u1', org_id: 'org', email: 'p@example.test', display_name: 'P', password_hash: 'x', roles: '["practitioner"]', active: 1, totp_secret_enc: null, totp_enabled: 0, recovery_codes: null, password_changed_at: now, created_at: now, deactivated_at: null }).execute();
  for (let i = 0; i < n; i++) {
    const id = `c${i}`;
    await store.db.transaction().execute(async (trx) => {
      await keyring.verifyOrInit(trx).catch(() => undefined);
      await trx.insertInto('clients').values({ id, org_id: 'org', practitioner_id: 'u1', profile_enc: 'pending', jurisdiction: null, status: 'active', legal_hold: 0, created_by: 'u1', created_at: now, updated_at: now, erased_at: null }).execute();
      await keyring.createClientKey(trx, id, now);
      const text = `Synthetic note ${i} about Testperson Alpha${i}`;
      const body = await keyring.sealForClient(trx, id, text, `note:${id}:n${i}`);
      await trx.insertInto('notes').values({ id: `n${i}`, client_id: id, author_id: 'u1', version: 1, body_enc: body, created_at: now, updated_at: now }).execute();
      plain.set(id, text);
    });
  }
  return plain;
}

async function readAll(store: Store, keyring: Keyring): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const rows = await store.db.selectFrom('notes').select(['id', 'client_id', 'body_enc']).execute();
  for (const r of rows) out.set(r.client_id, await keyring.openForClient(store.db, r.client_id, r.body_enc, `note:${r.client_id}:${r.id}`));
  return out;
}

for (const dialect of DIALECTS) {
  describe(`keys on ${dialect}`, () => {
    let store: Store;
    let db: TestDatabase;
    let env: Record<string, string>;
    let keyPath: string;
    let plain: Map<string, string>;

    before(async () => {
      ({ store, db } = await openTestStore(dialect));
      keyPath = join(db.dir, 'master.key');
      const mk = generateMasterKey();
      writeKeyFile(keyPath, mk);
      env = { CONFIDANT_DATA_DIR: db.dir, CONFIDANT_DATABASE_URL: db.database.kind === 'sqlite' ? db.database.path : db.database.url };
      const keyring = new Keyring(mk);
      await keyring.verifyOrInit(store.db);
      plain = await seed(store, keyring, 120);
    });
    after(async () => {
      await store.close();
      await db.cleanup();
    });

    test('the key file is created with mode 0600', () => {
      assert.equal(statSync(keyPath).mode & 0o777, 0o600);
    });

    test('rotation rewraps every data key and loses nothing', async () => {
      const oldKey = readKeyFile(keyPath);
      const r = await cli(['keys', 'rotate'], env);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /120 data keys rewrapped/);
      const newKey = readKeyFile(keyPath);
      assert.notEqual(newKey.kid, oldKey.kid);
      assert.ok(existsSync(`${keyPath}.retired-${oldKey.kid}`));
      const fresh = new Keyring(newKey);
      assert.equal(await fresh.verifyOrInit(store.db), 'verified');
      assert.deepEqual(await readAll(store, fresh), plain);
      await assert.rejects(new Keyring(oldKey).verifyOrInit(store.db), KeyMismatchError);
      const kids = await store.db.selectFrom('client_keys').select('master_kid').distinct().execute();
      assert.deepEqual(kids.map((k) => k.master_kid), [newKey.kid]);
    });

    test('a rotation interrupted after the database committed is finished by running it again', async () => {
      const current = readKeyFile(keyPath);
      const next = generateMasterKey();
      writeKeyFile(pendingKeyPath(keyPath), next);
      // Simulate the crash window: the rewrap committed, the key file was not yet replaced.
      await store.db.transaction().execute((trx) => new Keyring(current).rewrapAll(trx, next));
      await assert.rejects(new Keyring(readKeyFile(keyPath)).verifyOrInit(store.db), KeyMismatchError);
      const r = await cli(['keys', 'rotate'], env);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(readKeyFile(keyPath).kid, next.kid);
      assert.deepEqual(await readAll(store, new Keyring(next)), plain);
    });

    test('crypto-shredding one client makes its content unrecoverable and leaves the others intact', async () => {
      const keyring = new Keyring(readKeyFile(keyPath));
      await store.db.transaction().execute((trx) => keyring.destroyClientKey(trx, 'c7', now));
      const fresh = new Keyring(readKeyFile(keyPath)); // no cached keys
      const row = await store.db.selectFrom('notes').select(['id', 'body_enc']).where('client_id', '=', 'c7').executeTakeFirstOrThrow();
      await assert.rejects(fresh.openForClient(store.db, 'c7', row.body_enc, `note:c7:${row.id}`), ClientKeyDestroyedError);
      // Even with every key that remains, the ciphertext cannot be opened.
      const keys = await store.db.selectFrom('client_keys').select('client_id').where('wrapped_key', 'is not', null).execute();
      for (const k of keys.slice(0, 20)) {
        const dk = await fresh.clientKey(store.db, k.client_id);
        assert.throws(() => { const { open } = require_open(); open(dk, row.body_enc, `note:c7:${row.id}`); }, CryptoIntegrityError);
      }
      assert.equal((await fresh.openForClient(store.db, 'c8', (await store.db.selectFrom('notes').select('body_enc').where('client_id', '=', 'c8').executeTakeFirstOrThrow()).body_enc, 'note:c8:n8')), plain.get('c8'));
    });

    test('no plaintext of a known synthetic note appears in the raw database', async () => {
      if (db.database.kind === 'sqlite') {
        const raw = readFileSync(db.database.path).toString('latin1') + (existsSync(db.database.path + '-wal') ? readFileSync(db.database.path + '-wal').toString('latin1') : '');
        assert.ok(!raw.includes('Testperson Alpha1'));
      } else {
        const rows = await store.db.selectFrom('notes').selectAll().execute();
        assert.ok(!JSON.stringify(rows).includes('Testperson Alpha1'));
      }
    });

    test('rotation with a wrong current key refuses and changes nothing', async () => {
      const pendingOfWrong = pendingKeyPath(keyPath + ".wrong");
      const before = await store.db.selectFrom('client_keys').selectAll().orderBy('client_id').execute();
      writeKeyFile(keyPath + '.wrong', generateMasterKey());
      const r = await cli(['keys', 'rotate'], { ...env, CONFIDANT_MASTER_KEY_FILE: keyPath + '.wrong' });
      assert.equal(r.code, 1);
      assert.match(r.stderr, /master key does not match/);
      assert.equal(existsSync(pendingOfWrong), false, 'no pending key file is written for a wrong key');
      assert.deepEqual(await store.db.selectFrom('client_keys').selectAll().orderBy('client_id').execute(), before);
    });
  });
}

import * as envelope from '../../src/crypto/envelope.js';
function require_open() {
  return envelope;
}
