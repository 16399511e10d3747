import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { forEachDialect, makeTestApp, seedWorld, signIn, as, type TestApp, type World } from '../helpers/app.js';

forEachDialect('smoke', (dialect) => {
  let t: TestApp;
  let w: World;
  before(async () => {
    t = await makeTestApp(dialect);
    w = await seedWorld(t);
  });
  after(async () => t.close());

  test('health', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/health' });
    assert.equal(r.statusCode, 200);
    assert.equal(r.json().database, dialect);
  });

  test('practitioner creates a client, writes and reads a note', async () => {
    const s = await signIn(t, w.users.practitioner!.email);
    const call = as(t, s);
    const c = await call({ method: 'POST', url: '/api/v1/clients', payload: { name: 'Zed Example' } });
    assert.equal(c.statusCode, 201, c.body);
    const id = c.json().client.id;
    const n = await call({ method: 'POST', url: `/api/v1/clients/${id}/notes`, payload: { text: 'hello note' } });
    assert.equal(n.statusCode, 201, n.body);
    const g = await call({ method: 'GET', url: `/api/v1/clients/${id}/notes/${n.json().note.id}` });
    assert.equal(g.statusCode, 200, g.body);
    assert.equal(g.json().note.text, 'hello note');
    const admin = await signIn(t, w.users.admin!.email);
    const a = await as(t, admin)({ method: 'GET', url: `/api/v1/clients/${id}` });
    assert.equal(a.statusCode, 404);
  });
});

forEachDialect('engines over HTTP', (dialect) => {
  let t: TestApp;
  let w: World;
  before(async () => {
    t = await makeTestApp(dialect);
    w = await seedWorld(t);
  });
  after(async () => t.close());

  test('POST /api/v1/redact de-identifies a known client name; POST /api/v1/assess answers or names the bad field', async () => {
    const s = await signIn(t, w.users.practitioner!.email);
    const r = await as(t, s)({ method: 'POST', url: '/api/v1/redact', payload: { text: 'Met Alexandra Testperson at the library.', known: { people: [{ role: 'client', name: 'Alexandra Testperson' }] } } });
    assert.equal(r.statusCode, 200, r.body);
    assert.ok(!r.json().text.includes('Alexandra'));
    const bad = await as(t, s)({ method: 'POST', url: '/api/v1/redact', payload: { text: 'x', extra: 1 } });
    assert.equal(bad.statusCode, 400);
    const a = await as(t, s)({ method: 'POST', url: '/api/v1/assess', payload: { jurisdiction: 'GB-ENG', profession: 'iag', concern: 'nonsense-value', imminence: 'foreseeable', severity: 'serious', clientConsent: 'refused', limitsExplained: true } });
    assert.equal(a.statusCode, 400, a.body);
    assert.equal(a.json().errors[0].path, 'concern');
    const ok = await as(t, s)({ method: 'POST', url: '/api/v1/assess', payload: { jurisdiction: 'GB-ENG', profession: 'iag', concern: 'risk-to-self', imminence: 'foreseeable', severity: 'serious', clientConsent: 'refused', limitsExplained: true } });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal((await t.app.inject({ method: 'POST', url: '/api/v1/redact', payload: { text: 'x' } })).statusCode, 401);
  });
});
