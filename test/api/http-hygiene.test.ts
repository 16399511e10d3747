// The HTTP edge: CSRF (T8), security headers (T7), problem details for bad input (T22), generic 5xx (T29),
// logs without client content, and no plaintext client content in the database files (D3).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { as, forEachDialect, makeTestApp, seedWorld, signIn, type Session, type TestApp, type World } from '../helpers/app.js';

const CANARY_NAME = 'Quillon Marrowfax-Canary';
const CANARY_NOTE = 'CANARY-NOTE-7f3a: spoke about the allotment and the quarrel with the neighbour';
const CANARY_Q = 'Marrowfax';

forEachDialect('http hygiene', (dialect) => {
  let t: TestApp;
  let w: World;
  let p: Session;
  let clientId: string;
  let noteId: string;
  before(async () => {
    t = await makeTestApp(dialect);
    w = await seedWorld(t);
    p = await signIn(t, w.users.practitioner!.email);
    const c = await as(t, p)({ method: 'POST', url: '/api/v1/clients', payload: { name: CANARY_NAME, email: 'quillon@example.test' } });
    clientId = c.json().client.id;
    const n = await as(t, p)({ method: 'POST', url: `/api/v1/clients/${clientId}/notes`, payload: { text: CANARY_NOTE } });
    noteId = n.json().note.id;
  });
  after(async () => t.close());

  const countNotes = async () => (await t.ctx.store.db.selectFrom('notes').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;

  test('CSRF: no token, a wrong token, a foreign Origin, cross-site fetch metadata → 403 and no state change', async () => {
    const before = Number(await countNotes());
    const url = `/api/v1/clients/${clientId}/notes`;
    const cases = [
      { cookie: p.cookie },
      { cookie: p.cookie, 'x-csrf-token': 'wrong' },
      { cookie: p.cookie, 'x-csrf-token': p.csrf, origin: 'https://evil.example' },
      { cookie: p.cookie, 'x-csrf-token': p.csrf, 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of cases) {
      const r = await t.app.inject({ method: 'POST', url, headers, payload: { text: 'forged' } });
      assert.equal(r.statusCode, 403, JSON.stringify(headers));
      assert.equal(r.json().code, 'csrf');
    }
    // A same-origin Origin is fine.
    const ok = await t.app.inject({ method: 'POST', url, headers: { cookie: p.cookie, 'x-csrf-token': p.csrf, origin: 'http://localhost' }, payload: { text: 'fine' } });
    assert.equal(ok.statusCode, 201, ok.body);
    assert.equal(Number(await countNotes()), before + 1);
  });

  test('form and text content types are refused (415), also for sign-in; GET never changes state', async () => {
    const url = `/api/v1/clients/${clientId}/notes`;
    for (const ct of ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x']) {
      const r = await t.app.inject({ method: 'POST', url, headers: { cookie: p.cookie, 'x-csrf-token': p.csrf, 'content-type': ct }, payload: 'text=forged' });
      assert.equal(r.statusCode, 415, ct);
      const l = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': ct }, payload: 'email=a&password=b' });
      assert.equal(l.statusCode, 415, ct);
    }
    const g = await t.app.inject({ method: 'GET', url: '/api/v1/auth/logout', headers: { cookie: p.cookie } });
    assert.equal(g.statusCode, 404);
    assert.equal((await as(t, p)({ method: 'GET', url: '/api/v1/auth/session' })).statusCode, 200);
  });

  const checkHeaders = (r: { headers: Record<string, unknown> }, what: string) => {
    const csp = String(r.headers['content-security-policy']);
    assert.match(csp, /frame-ancestors 'none'/, what);
    assert.match(csp, /script-src 'self'/, what);
    assert.equal(r.headers['x-content-type-options'], 'nosniff', what);
    assert.match(String(r.headers['strict-transport-security']), /max-age=31536000/, what);
    assert.equal(r.headers['cache-control'], 'no-store', what);
  };

  test('security headers on 200, 401, 404, 413 and 500 responses', async () => {
    checkHeaders(await t.app.inject({ method: 'GET', url: '/api/health' }), '200');
    checkHeaders(await t.app.inject({ method: 'GET', url: '/api/v1/clients' }), '401');
    checkHeaders(await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' }), '404');
    const big = await as(t, p)({ method: 'POST', url: `/api/v1/clients/${clientId}/notes`, payload: { text: 'x'.repeat(1024 * 1024) } });
    assert.equal(big.statusCode, 413);
    checkHeaders(big, '413');
  });

  test('problem details: malformed JSON, wrong types, unknown fields, oversized body, bad ids', async () => {
    const url = `/api/v1/clients/${clientId}/notes`;
    const raw = (payload: string) => t.app.inject({ method: 'POST', url, headers: { cookie: p.cookie, 'x-csrf-token': p.csrf, 'content-type': 'application/json' }, payload });
    const bad = await raw('{"text": "unterminated');
    assert.equal(bad.statusCode, 400);
    assert.match(String(bad.headers['content-type']), /^application\/problem\+json/);
    assert.equal(bad.json().code, 'malformed-json');
    const wrongType = await raw('{"text": 42}');
    assert.equal(wrongType.statusCode, 400);
    assert.deepEqual(wrongType.json().errors.map((e: { path: string }) => e.path), ['text']);
    const unknown = await raw('{"text": "hi", "authorId": "someone-else"}');
    assert.equal(unknown.statusCode, 400);
    assert.deepEqual(unknown.json().errors.map((e: { path: string }) => e.path), ['authorId']);
    const proto = await raw('{"text": "hi", "__proto__": {"admin": true}}');
    assert.equal(proto.statusCode, 400);
    const big = await raw(JSON.stringify({ text: 'y'.repeat(1024 * 1024) }));
    assert.equal(big.statusCode, 413);
    assert.equal(big.json().code, 'body-too-large');
    for (const r of [bad, wrongType, unknown, big]) {
      const b = r.json();
      assert.equal(typeof b.type, 'string');
      assert.equal(typeof b.title, 'string');
      assert.equal(b.status, r.statusCode);
    }
    const badId = await as(t, p)({ method: 'GET', url: `/api/v1/clients/${encodeURIComponent("' OR 1=1--")}` });
    assert.equal(badId.statusCode, 400);
    const email = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'not-an-email', password: 'x' } });
    assert.equal(email.statusCode, 400);
    assert.equal(email.json().errors[0].path, 'email');
  });

  test('a server fault is a generic 500 with an errorId; the detail is only in the log, and an integrity failure is audited', async () => {
    // Tamper with the note's ciphertext: opening it fails its integrity check.
    const row = await t.ctx.store.db.selectFrom('notes').select('body_enc').where('id', '=', noteId).executeTakeFirstOrThrow();
    const parts = row.body_enc.split('.');
    parts[3] = parts[3]!.slice(0, -2) + (parts[3]!.endsWith('AA') ? 'BB' : 'AA');
    await t.ctx.store.db.updateTable('notes').set({ body_enc: parts.join('.') }).where('id', '=', noteId).execute();
    const r = await as(t, p)({ method: 'GET', url: `/api/v1/clients/${clientId}/notes/${noteId}` });
    assert.equal(r.statusCode, 500);
    const body = r.json();
    assert.equal(body.title, 'Something went wrong');
    assert.match(body.errorId, /^[0-9a-f-]{36}$/);
    assert.deepEqual(Object.keys(body).sort(), ['code', 'errorId', 'status', 'title', 'type']);
    checkHeaders(r, '500');
    assert.ok(t.logs.some((l) => l.includes(body.errorId)), 'errorId in the log');
    await t.ctx.audit.drain();
    const integ = await t.ctx.store.db.selectFrom('audit_log').select('action').where('action', '=', 'integrity.failure').execute();
    assert.equal(integ.length, 1);
    await t.ctx.store.db.updateTable('notes').set({ body_enc: row.body_enc }).where('id', '=', noteId).execute();
  });

  test('logs never contain client content, search text, passwords or cookies', async () => {
    await as(t, p)({ method: 'GET', url: `/api/v1/clients?q=${CANARY_Q}` });
    await as(t, p)({ method: 'GET', url: `/api/v1/clients/${clientId}` });
    await as(t, p)({ method: 'GET', url: `/api/v1/clients/${clientId}/notes` });
    await as(t, p)({ method: 'POST', url: `/api/v1/clients/${clientId}/notes`, payload: { text: CANARY_NOTE, extra: CANARY_NAME } });
    await as(t, p)({ method: 'POST', url: `/api/v1/clients/${clientId}/notes`, headers: { 'content-type': 'application/json' }, payload: `{"text": "${CANARY_NOTE}` as unknown as object });
    const all = t.logs.join('\n');
    assert.ok(all.length > 0, 'something was logged');
    assert.ok(all.includes('"route":"/api/v1/clients/:id"'), 'route patterns are logged');
    for (const secret of [CANARY_NAME, CANARY_NOTE, CANARY_Q, 'correct horse', p.csrf, p.cookie.split('=')[1]!]) {
      assert.ok(!all.includes(secret), `log contains ${secret.slice(0, 12)}…`);
    }
  });

  test('no plaintext client name or note in the database', async () => {
    await t.ctx.audit.drain();
    if (dialect === 'sqlite') {
      t.ctx.store.sqlite!.pragma('wal_checkpoint(FULL)');
      const dir = t.db.dir;
      for (const f of readdirSync(dir).filter((f) => f.startsWith('confidant.db'))) {
        const bytes = readFileSync(join(dir, f));
        for (const s of [CANARY_NAME, 'Marrowfax', 'CANARY-NOTE-7f3a', 'quillon@example.test']) assert.equal(bytes.indexOf(Buffer.from(s, 'utf8')), -1, `${s} found in ${f}`);
      }
    } else {
      const c = new pg.Client({ connectionString: (t.db.database as { url: string }).url });
      await c.connect();
      const tables = (await c.query(`select table_name from information_schema.tables where table_schema = 'public'`)).rows.map((r) => r.table_name as string);
      for (const table of tables) {
        const rows = (await c.query(`select * from "${table}"`)).rows;
        const text = JSON.stringify(rows);
        for (const s of [CANARY_NAME, 'Marrowfax', 'CANARY-NOTE-7f3a', 'quillon@example.test']) assert.ok(!text.includes(s), `${s} found in ${table}`);
      }
      await c.end();
    }
  });

  test('OpenAPI 3.1 document lists the API', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    assert.equal(r.statusCode, 200);
    const doc = r.json();
    assert.equal(doc.openapi, '3.1.0');
    assert.ok(doc.paths['/api/v1/clients/{id}/notes/{noteId}']);
    assert.ok(doc.paths['/api/v1/auth/login'].post.requestBody);
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs' });
    assert.ok(docs.statusCode === 200 || docs.statusCode === 302);
    // Every API route the app registers is in the document, with its method (the docs UI's own routes aside).
    const missing: string[] = [];
    let checked = 0;
    for (const route of t.routes) {
      const path = route.url.replace(/:(\w+)/g, '{$1}');
      if (!path.startsWith('/api/') || path.startsWith('/api/docs') || path === '/api/openapi.json') continue;
      for (const m of ([] as string[]).concat(route.method)) {
        if (m === 'HEAD' || m === 'OPTIONS') continue;
        checked++;
        if (!doc.paths[path]?.[m.toLowerCase()]) missing.push(`${m} ${path}`);
      }
    }
    assert.ok(checked > 100, `only ${checked} routes seen`);
    assert.deepEqual(missing, [], 'routes missing from the OpenAPI document');
  });
});
