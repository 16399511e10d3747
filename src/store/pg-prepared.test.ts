import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StatementNames } from './pg-prepared.js';

test('named statements: only repeated query texts, only when enabled, bounded', () => {
  const n = new StatementNames({ max: 2, after: 2 });
  assert.equal(n.nameFor('select 1 where a = $1'), undefined, 'off until enabled');
  n.enabled = true;
  assert.equal(n.nameFor('select * from t where id = $1'), undefined, 'first sight: unnamed');
  const a = n.nameFor('select * from t where id = $1');
  assert.ok(a);
  assert.equal(n.nameFor('select * from t where id = $1'), a, 'same text, same name');
  assert.equal(n.nameFor('begin'), undefined);
  assert.equal(n.nameFor('begin'), undefined, 'transaction control is never named');
  n.nameFor('update t set x = $1');
  const b = n.nameFor('update t set x = $1');
  assert.ok(b && b !== a);
  n.nameFor('delete from t where id = $1');
  assert.equal(n.nameFor('delete from t where id = $1'), undefined, 'cap reached');
  assert.equal(n.size, 2);
});

test('named statements: a client sends named texts as { name, text, values } and leaves the rest as they were', () => {
  const calls: unknown[][] = [];
  const client = { query: (...args: unknown[]) => (calls.push(args), 'r') };
  const n = new StatementNames({ after: 1 });
  n.attach(client as never);
  client.query('select $1::int', [1]);
  n.enabled = true;
  client.query('select $1::int', [2]);
  client.query('commit', []);
  client.query({ text: 'select 1' });
  assert.deepEqual(calls, [['select $1::int', [1]], [{ name: 'confidant_1', text: 'select $1::int', values: [2] }], ['commit', []], [{ text: 'select 1' }]]);
  assert.equal(n.named, 1);
});
