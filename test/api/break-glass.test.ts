// Break-glass (TEST-PLAN T4): reason required, fresh re-authentication, time limit, notifications, audit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { as, forEachDialect, makeTestApp, seedWorld, signIn, totpCode, PASSWORD, type Session, type TestApp, type World } from '../helpers/app.js';

const REASON = 'Police welfare call: immediate risk reported tonight';

forEachDialect('break-glass', (dialect) => {
  let t: TestApp;
  let w: World;
  let p: Session;
  let sl: Session;
  let clientId: string;
  let noteId: string;
  before(async () => {
    t = await makeTestApp(dialect);
    w = await seedWorld(t);
    p = await signIn(t, w.users.practitioner!.email);
    const c = await as(t, p)({ method: 'POST', url: '/api/v1/clients', payload: { name: 'Bryony Testcase' } });
    clientId = c.json().client.id;
    noteId = (await as(t, p)({ method: 'POST', url: `/api/v1/clients/${clientId}/notes`, payload: { text: 'session one' } })).json().note.id;
    sl = await signIn(t, w.users['safeguarding-lead']!.email);
  });
  after(async () => t.close());

  const slCall = () => as(t, sl);
  const open = (reason = REASON) => slCall()({ method: 'POST', url: `/api/v1/clients/${clientId}/break-glass`, payload: { reason } });

  test('without break-glass the safeguarding lead gets the same 404 as for a missing client', async () => {
    const a = await slCall()({ method: 'GET', url: `/api/v1/clients/${clientId}` });
    const b = await slCall()({ method: 'GET', url: '/api/v1/clients/00000000-0000-4000-8000-000000000000' });
    assert.equal(a.statusCode, 404);
    assert.equal(a.body, b.body);
  });

  test('a reason of at least 20 characters is required', async () => {
    const r = await open('too short');
    assert.equal(r.statusCode, 400);
    assert.equal(r.json().errors[0].path, 'reason');
  });

  test('a fresh re-authentication (within 5 minutes) is required', async () => {
    t.clock.advance(6 * 60_000);
    const r = await open();
    assert.equal(r.statusCode, 403);
    assert.equal(r.json().code, 'reauth-required');
    const noCode = await slCall()({ method: 'POST', url: '/api/v1/auth/reauth', payload: { password: PASSWORD } });
    assert.equal(noCode.statusCode, 401, 'TOTP users confirm with their code too');
    t.clock.advance(30_000);
    const re = await slCall()({ method: 'POST', url: '/api/v1/auth/reauth', payload: { password: PASSWORD, code: totpCode(t) } });
    assert.equal(re.statusCode, 204, re.body);
  });

  test('other roles cannot open break-glass (404: no probing)', async () => {
    const p2 = await signIn(t, w.users.practitioner2!.email);
    const r = await as(t, p2)({ method: 'POST', url: `/api/v1/clients/${clientId}/break-glass`, payload: { reason: REASON } });
    assert.equal(r.statusCode, 404);
  });

  test('opened: time-limited read access, flagged in responses, notes readable but not writable', async () => {
    const r = await open();
    assert.equal(r.statusCode, 201, r.body);
    const { expiresAt } = r.json();
    assert.equal(Date.parse(expiresAt) - t.clock.t, 60 * 60_000);
    const c = await slCall()({ method: 'GET', url: `/api/v1/clients/${clientId}` });
    assert.equal(c.statusCode, 200);
    assert.equal(c.json().name, 'Bryony Testcase');
    assert.deepEqual(c.json().breakGlass, { expiresAt });
    const list = await slCall()({ method: 'GET', url: '/api/v1/clients' });
    assert.deepEqual(list.json().map((x: { flags: string[] }) => x.flags), [['break-glass']]);
    assert.equal((await slCall()({ method: 'GET', url: `/api/v1/clients/${clientId}/notes/${noteId}` })).statusCode, 200);
    assert.equal((await slCall()({ method: 'POST', url: `/api/v1/clients/${clientId}/notes`, payload: { text: 'x' } })).statusCode, 404);
  });

  test('the assigned practitioner and every DPO are notified, without the reason', async () => {
    const pn = (await as(t, p)({ method: 'GET', url: '/api/v1/notifications' })).json() as { kind: string; message: string; id: string; clientId: string }[];
    const bg = pn.filter((n) => n.kind === 'break-glass');
    assert.equal(bg.length, 1);
    assert.equal(bg[0]!.clientId, clientId);
    assert.ok(!bg[0]!.message.includes('Police'));
    const dpo = await signIn(t, w.users.dpo!.email);
    const dn = (await as(t, dpo)({ method: 'GET', url: '/api/v1/notifications' })).json() as { kind: string }[];
    assert.equal(dn.filter((n) => n.kind === 'break-glass').length, 1);
    assert.equal((await as(t, p)({ method: 'POST', url: `/api/v1/notifications/${bg[0]!.id}/read` })).statusCode, 204);
    assert.equal((await as(t, dpo)({ method: 'POST', url: `/api/v1/notifications/${bg[0]!.id}/read` })).statusCode, 404, 'not their notification');
  });

  test('audited (open and each read), the reason stored encrypted', async () => {
    await t.ctx.audit.drain();
    const rows = await t.ctx.store.db.selectFrom('audit_log').selectAll().where('client_id', '=', clientId).where('actor_id', '=', w.users['safeguarding-lead']!.id).execute();
    const actions = rows.map((r) => `${r.action}:${r.outcome}`);
    assert.ok(actions.includes('breakglass.open:success'));
    assert.ok(actions.includes('breakglass.open:denied'));
    assert.ok(actions.includes('client.read:success'));
    assert.ok(!JSON.stringify(rows).includes('Police'));
    const bg = await t.ctx.store.db.selectFrom('break_glass').select('reason_enc').execute();
    assert.ok(bg.every((b) => !b.reason_enc.includes('Police')));
  });

  test('expires at its time limit: 404 again', async () => {
    t.clock.advance(61 * 60_000);
    sl = await signIn(t, w.users['safeguarding-lead']!.email);
    assert.equal((await slCall()({ method: 'GET', url: `/api/v1/clients/${clientId}` })).statusCode, 404);
    assert.deepEqual((await slCall()({ method: 'GET', url: '/api/v1/clients' })).json(), []);
  });
});
