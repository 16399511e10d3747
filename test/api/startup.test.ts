// Start-up refuses a wrong or missing master key and writes nothing (the key is checked before migrations).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.js';
import { createContext } from '../../src/services/context.js';
import { generateMasterKey, KeyMismatchError } from '../../src/crypto/index.js';
import { forEachDialect, TEST_ARGON2 } from '../helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../support/databases.js';
import { runSetup } from '../../src/services/setup.js';
import { PASSWORD } from '../helpers/app.js';

forEachDialect('start-up key checks', (dialect) => {
  let db: TestDatabase;
  before(async () => {
    db = await createTestDatabase(dialect);
  });
  after(async () => db.cleanup());

  const env = () => ({ CONFIDANT_DATA_DIR: db.dir, CONFIDANT_DATABASE_URL: db.database.kind === 'sqlite' ? db.database.path : db.database.url, CONFIDANT_LOG_LEVEL: 'silent' });
  const fingerprint = async (): Promise<string> => {
    if (db.database.kind === 'sqlite') return createHash('sha256').update(readFileSync(db.database.path)).digest('hex');
    const ctxless = await import('pg');
    const c = new ctxless.default.Client({ connectionString: db.database.url });
    await c.connect();
    const r = await c.query('select (select count(*) from kysely_migration) as m, (select count(*) from confidant_meta) as k, (select count(*) from audit_log) as a, (select count(*) from users) as u');
    await c.end();
    return JSON.stringify(r.rows);
  };

  test('a new database creates the key file; a wrong or missing key is refused with nothing written', async () => {
    const config = loadConfig(env(), db.dir);
    const ctx = await createContext(config, { argon2: TEST_ARGON2 });
    assert.ok(existsSync(join(db.dir, 'master.key')));
    await runSetup(ctx, { organisation: 'Org (fictional)', displayName: 'A', email: 'a@example.test', password: PASSWORD }, { ip: null, userAgent: null }, { session: false });
    await ctx.close();
    const good = readFileSync(join(db.dir, 'master.key'));
    if (db.database.kind === 'sqlite') {
      // Fold the WAL into the main file so that the fingerprint covers everything.
      const SQLite = (await import('better-sqlite3')).default;
      const raw = new SQLite(db.database.path);
      raw.pragma('wal_checkpoint(TRUNCATE)');
      raw.close();
    }
    const before = await fingerprint();
    writeFileSync(join(db.dir, 'master.key'), generateMasterKey().key.toString('base64') + '\n', { mode: 0o600 });
    await assert.rejects(createContext(loadConfig(env(), db.dir), { argon2: TEST_ARGON2 }), KeyMismatchError);
    rmSync(join(db.dir, 'master.key'));
    await assert.rejects(createContext(loadConfig(env(), db.dir), { argon2: TEST_ARGON2 }), /missing/);
    assert.ok(!existsSync(join(db.dir, 'master.key')), 'a missing key is not replaced by a new one');
    assert.equal(await fingerprint(), before, 'nothing written');
    writeFileSync(join(db.dir, 'master.key'), good, { mode: 0o600 });
    const again = await createContext(loadConfig(env(), db.dir), { argon2: TEST_ARGON2 });
    await again.close();
  });
});
