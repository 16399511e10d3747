// Configuration: defaults for the two-command start, and every bad value named at once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig, ConfigError } from './config.js';

test('defaults: SQLite in ./data, key file beside it, port 3000 on loopback', () => {
  const c = loadConfig({}, '/srv/app');
  assert.deepEqual(c.database, { kind: 'sqlite', path: '/srv/app/data/confidant.db' });
  assert.deepEqual(c.masterKey, { kind: 'file', path: '/srv/app/data/master.key' });
  assert.equal(c.port, 3000);
  assert.equal(c.host, '127.0.0.1');
  assert.equal(c.trustProxy, false);
  assert.equal(c.secureCookies, false);
  assert.ok(Object.isFrozen(c));
});

test('a postgres URL selects PostgreSQL; a path selects SQLite', () => {
  assert.equal(loadConfig({ CONFIDANT_DATABASE_URL: 'postgres://u:p@db:5432/confidant' }).database.kind, 'postgres');
  assert.deepEqual(loadConfig({ CONFIDANT_DATABASE_URL: 'var/c.db' }, '/x').database, { kind: 'sqlite', path: '/x/var/c.db' });
});

test('behind a trusted proxy cookies become Secure', () => {
  const c = loadConfig({ CONFIDANT_TRUST_PROXY: '10.0.0.0/8' });
  assert.equal(c.trustProxy, '10.0.0.0/8');
  assert.equal(c.secureCookies, true);
});

test('every bad value is reported at once, each by name', () => {
  try {
    loadConfig({ CONFIDANT_PORT: 'eighty', CONFIDANT_MASTER_KEY: 'short', CONFIDANT_DATABASE_URL: 'mysql://x', CONFIDANT_SESSION_IDLE_MINUTES: '0', CONFIDANT_LOG_LEVEL: 'loud' });
    assert.fail('should have thrown');
  } catch (err) {
    assert.ok(err instanceof ConfigError);
    const text = err.message;
    for (const name of ['CONFIDANT_PORT', 'CONFIDANT_MASTER_KEY', 'CONFIDANT_DATABASE_URL', 'CONFIDANT_SESSION_IDLE_MINUTES', 'CONFIDANT_LOG_LEVEL']) assert.match(text, new RegExp(name));
    assert.equal(err.problems.length, 5);
  }
});

test('a valid base64 master key from the environment is accepted', () => {
  const key = Buffer.alloc(32, 7).toString('base64');
  assert.deepEqual(loadConfig({ CONFIDANT_MASTER_KEY: key }).masterKey, { kind: 'env', base64: key });
});
