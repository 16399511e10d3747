import { test } from 'node:test';
import assert from 'node:assert/strict';
import SQLite from 'better-sqlite3';
import { cachePreparedStatements, statement } from './sqlite-statements.js';

test('statements are cached per text, and rows-as-arrays never changes the shared statement of the same text', () => {
  const db = new SQLite(':memory:');
  cachePreparedStatements(db);
  db.exec('create table t (a, b); insert into t values (1, 2)');
  assert.equal(statement(db, 'select a, b from t'), db.prepare('select a, b from t'));
  assert.deepEqual(statement(db, 'select a, b from t', 'arrays').all(), [[1, 2]]);
  assert.deepEqual(statement(db, 'select a, b from t').all(), [{ a: 1, b: 2 }]);
  assert.deepEqual(db.prepare('select a, b from t').all(), [{ a: 1, b: 2 }]);
  db.close();
});

test('a statement busy iterating is not handed out again', () => {
  const db = new SQLite(':memory:');
  cachePreparedStatements(db);
  db.exec('create table t (a); insert into t values (1), (2)');
  const first = db.prepare('select a from t');
  const it = first.iterate();
  it.next();
  assert.notEqual(db.prepare('select a from t'), first);
  it.return?.();
  db.close();
});
