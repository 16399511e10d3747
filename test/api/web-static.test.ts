// The built web app is served from its folder with a single-page-app fallback; /api paths never fall back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { forEachDialect, makeTestApp, type TestApp } from '../helpers/app.js';

forEachDialect('web app serving', (dialect) => {
  let t: TestApp;
  const web = mkdtempSync(join(tmpdir(), 'confidant-web-'));
  before(async () => {
    mkdirSync(join(web, 'assets'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>Confidant</title><div id="root"></div>');
    writeFileSync(join(web, 'assets', 'app-1234.js'), 'console.log(1)');
    t = await makeTestApp(dialect, { webRoot: web });
  });
  after(async () => {
    await t.close();
    rmSync(web, { recursive: true, force: true });
  });

  test('index, assets and SPA fallback; API 404 stays a problem; headers everywhere', async () => {
    const root = await t.app.inject({ method: 'GET', url: '/' });
    assert.equal(root.statusCode, 200);
    assert.match(root.body, /<div id="root">/);
    const deep = await t.app.inject({ method: 'GET', url: '/clients/some-id/notes' });
    assert.equal(deep.statusCode, 200);
    assert.match(String(deep.headers['content-type']), /text\/html/);
    assert.match(deep.body, /<div id="root">/);
    assert.match(String(deep.headers['content-security-policy']), /frame-ancestors 'none'/);
    const asset = await t.app.inject({ method: 'GET', url: '/assets/app-1234.js' });
    assert.equal(asset.statusCode, 200);
    assert.notEqual(asset.headers['cache-control'], 'no-store');
    const api = await t.app.inject({ method: 'GET', url: '/api/v1/no-such-thing' });
    assert.equal(api.statusCode, 404);
    assert.equal(api.json().code, 'not-found');
    const post = await t.app.inject({ method: 'POST', url: '/clients', payload: {} });
    assert.equal(post.statusCode, 404);
  });
});
