// `confidant setup`, `confidant demo` and `confidant users` against real databases of both dialects.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { runCli } from '../../src/cli/main.js';
import { forEachDialect } from '../helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../support/databases.js';
import { DEMO_ORG } from '../../src/cli/commands/demo.js';

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += String(d)));
  stderr.on('data', (d) => (err += String(d)));
  const code = await runCli(args, { stdout, stderr, stdin: new PassThrough() });
  return { code, out, err };
}

forEachDialect('platform CLI', (dialect) => {
  let db: TestDatabase;
  let demoDb: TestDatabase;
  const saved = { ...process.env };
  const useDb = (d: TestDatabase) => {
    process.env.CONFIDANT_DATA_DIR = d.dir;
    process.env.CONFIDANT_DATABASE_URL = d.database.kind === 'sqlite' ? d.database.path : d.database.url;
    process.env.CONFIDANT_LOG_LEVEL = 'silent';
  };
  before(async () => {
    db = await createTestDatabase(dialect);
    demoDb = await createTestDatabase(dialect);
  });
  after(async () => {
    process.env = saved;
    await db.cleanup();
    await demoDb.cleanup();
  });

  test('setup creates the first admin once; demo refuses an installation with real users; users list/create/deactivate', async () => {
    useDb(db);
    writeFileSync(join(db.dir, 'pw'), 'a long and unusual admin passphrase 31\n', { mode: 0o600 });
    const weak = join(db.dir, 'weak');
    writeFileSync(weak, 'password\n', { mode: 0o600 });
    assert.equal((await cli(['setup', '--org', 'Org (fictional)', '--admin-email', 'admin@example.test', '--password-file', weak])).code, 2);
    const r = await cli(['setup', '--org', 'Org (fictional)', '--admin-email', 'admin@example.test', '--password-file', join(db.dir, 'pw')]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /TOTP/);
    const again = await cli(['setup', '--org', 'Other', '--admin-email', 'x@example.test', '--password-file', join(db.dir, 'pw')]);
    assert.equal(again.code, 1);
    const demo = await cli(['demo']);
    assert.equal(demo.code, 1);
    assert.match(demo.err, /real users/);
    const created = await cli(['users', 'create', '--email', 'p@example.test', '--roles', 'practitioner']);
    assert.equal(created.code, 0, created.err);
    assert.match(created.out, /Temporary password: \S+/);
    assert.equal((await cli(['users', 'create', '--email', 'q@example.test', '--roles', 'wizard'])).code, 2);
    const list = await cli(['users', 'list', '--json']);
    assert.deepEqual(JSON.parse(list.out).map((u: { email: string }) => u.email).sort(), ['admin@example.test', 'p@example.test']);
    assert.equal((await cli(['users', 'deactivate', '--email', 'p@example.test'])).code, 0);
    const after = JSON.parse((await cli(['users', 'list', '--json'])).out) as { email: string; active: boolean }[];
    assert.equal(after.find((u) => u.email === 'p@example.test')!.active, false);
  });

  test('demo loads the fictional organisation with one user per role and prints how to sign in', async () => {
    useDb(demoDb);
    const r = await cli(['demo']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /fictional/);
    for (const role of ['practitioner', 'supervisor', 'safeguarding-lead', 'admin', 'dpo']) assert.match(r.out, new RegExp(role));
    assert.match(r.out, /TOTP secret [A-Z2-7]{16,}/);
    const again = await cli(['demo']);
    assert.equal(again.code, 0);
    assert.match(again.out, /already loaded/);
    const list = JSON.parse((await cli(['users', 'list', '--json'])).out) as unknown[];
    assert.equal(list.length, 6);
    void DEMO_ORG;
  });
});
