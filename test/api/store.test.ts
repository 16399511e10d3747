// Opening databases: a file that is not SQLite, someone else's database, a damaged file — each refused with
// a clear message and left untouched; PostgreSQL must run with durable settings.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, rmSync, openSync, writeSync, closeSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { openStore, StoreError } from '../../src/store/db.js';
import { DIALECTS, createTestDatabase } from '../support/databases.js';

describe('opening databases', () => {
  const dir = mkdtempSync(join(tmpdir(), 'confidant-store-'));

  test('a file that is not SQLite is refused and not modified', async () => {
    const path = join(dir, 'notes.txt');
    writeFileSync(path, 'this is a plain text file, not a database\n');
    const before = readFileSync(path);
    await assert.rejects(openStore({ kind: 'sqlite', path }), (e: unknown) => e instanceof StoreError && e.code === 'not-confidant' && /not a Confidant database/.test(e.message));
    assert.deepEqual(readFileSync(path), before);
  });

  test("someone else's SQLite database is refused and not modified", async () => {
    const path = join(dir, 'other.db');
    const other = new SQLite(path);
    other.exec('create table invoices (id integer primary key, total real); insert into invoices (total) values (12.5);');
    other.close();
    const before = readFileSync(path);
    await assert.rejects(openStore({ kind: 'sqlite', path }), (e: unknown) => e instanceof StoreError && e.code === 'not-confidant');
    assert.deepEqual(readFileSync(path), before);
  });

  test('a damaged database file is refused with a clear message', async () => {
    const path = join(dir, 'damaged.db');
    const store = await openStore({ kind: 'sqlite', path });
    for (let i = 0; i < 300; i++) await store.db.insertInto('confidant_meta').values({ key: `k${i}`, value: 'x'.repeat(500) }).execute();
    store.sqlite!.pragma('wal_checkpoint(TRUNCATE)');
    await store.close();
    // Overwrite a page in the middle of the file with garbage (not the header).
    const size = statSync(path).size;
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0xab), 0, 4096, Math.floor(size / 2 / 4096) * 4096);
    closeSync(fd);
    await assert.rejects(openStore({ kind: 'sqlite', path }), (e: unknown) => e instanceof StoreError && e.code === 'corrupt' && /damaged/.test(e.message));
  });

  test('a new SQLite database runs in WAL mode with synchronous=FULL', async () => {
    const store = await openStore({ kind: 'sqlite', path: join(dir, 'fresh', 'fresh.db') });
    assert.equal(statSync(join(dir, 'fresh', 'fresh.db')).mode & 0o777, 0o600, 'the database file is readable by its owner only');
    assert.equal(statSync(join(dir, 'fresh')).mode & 0o777, 0o700, 'the data folder is private');
    assert.equal(store.sqlite!.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(store.sqlite!.pragma('synchronous', { simple: true }), 2);
    assert.equal(store.sqlite!.pragma('foreign_keys', { simple: true }), 1);
    await store.close();
  });

  test('cleanup', () => rmSync(dir, { recursive: true, force: true }));
});

for (const dialect of DIALECTS) {
  describe(`migrations on ${dialect}`, () => {
    test('run on start, are idempotent, and mark the database as Confidant\'s', async () => {
      const tdb = await createTestDatabase(dialect);
      try {
        const a = await openStore(tdb.database);
        await a.close();
        const b = await openStore(tdb.database);
        const mark = await b.db.selectFrom('confidant_meta').select('value').where('key', '=', 'schema').executeTakeFirst();
        assert.equal(mark?.value, 'confidant');
        await b.close();
      } finally {
        await tdb.cleanup();
      }
    });
  });
}

describe('PostgreSQL', () => {
  test('an unreachable server gives a clear error naming where it looked (without the password)', async () => {
    await assert.rejects(openStore({ kind: 'postgres', url: 'postgres://someone:secret@127.0.0.1:1/nothing' }), (e: unknown) => e instanceof StoreError && e.code === 'unreachable' && /127\.0\.0\.1:1/.test(e.message) && !/secret/.test(e.message));
  });
});
