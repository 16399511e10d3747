// Administration without content, client assignment, organisation settings, and the DPO's audit routes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { as, forEachDialect, makeTestApp, seedWorld, signIn, type Session, type TestApp, type World } from '../helpers/app.js';

forEachDialect('administration and audit', (dialect) => {
  let t: TestApp;
  let w: World;
  let admin: Session;
  let p: Session;
  let clientId: string;
  before(async () => {
    t = await makeTestApp(dialect);
    w = await seedWorld(t);
    admin = await signIn(t, w.users.admin!.email);
    p = await signIn(t, w.users.practitioner!.email);
  });
  after(async () => t.close());

  test('an admin creates a client for a practitioner and gets no name back; the practitioner is notified and sees it', async () => {
    const noName = await as(t, admin)({ method: 'POST', url: '/api/v1/clients', payload: { name: 'Harriet Nameless-Demo' } });
    assert.equal(noName.statusCode, 400);
    assert.equal(noName.json().errors[0].path, 'practitionerId');
    const notPractitioner = await as(t, admin)({ method: 'POST', url: '/api/v1/clients', payload: { name: 'Harriet Nameless-Demo', practitionerId: w.users.dpo!.id } });
    assert.equal(notPractitioner.statusCode, 400);
    const r = await as(t, admin)({ method: 'POST', url: '/api/v1/clients', payload: { name: 'Harriet Nameless-Demo', practitionerId: w.users.practitioner!.id } });
    assert.equal(r.statusCode, 201, r.body);
    assert.ok(!r.body.includes('Harriet'));
    clientId = r.json().client.id;
    assert.match(r.json().client.reference, /^C-[0-9A-Z]{6}$/);
    const list = await as(t, admin)({ method: 'GET', url: '/api/v1/clients/assignments' });
    assert.ok(!list.body.includes('Harriet'));
    assert.equal(list.json()[0].practitionerId, w.users.practitioner!.id);
    const mine = await as(t, p)({ method: 'GET', url: '/api/v1/clients?q=harriet' });
    assert.equal(mine.json().length, 1);
    assert.equal(mine.json()[0].name, 'Harriet Nameless-Demo');
    assert.equal((await as(t, p)({ method: 'GET', url: '/api/v1/clients?q=nobody-like-this' })).json().length, 0);
    const notes = (await as(t, p)({ method: 'GET', url: '/api/v1/notifications' })).json() as { kind: string }[];
    assert.ok(notes.some((n) => n.kind === 'client-assigned'));
  });

  test('reassignment moves access from one practitioner to the other', async () => {
    const r = await as(t, admin)({ method: 'POST', url: `/api/v1/clients/${clientId}/assign`, payload: { practitionerId: w.users.practitioner2!.id } });
    assert.equal(r.statusCode, 200, r.body);
    assert.equal((await as(t, p)({ method: 'GET', url: `/api/v1/clients/${clientId}` })).statusCode, 404);
    const p2 = await signIn(t, w.users.practitioner2!.email);
    assert.equal((await as(t, p2)({ method: 'GET', url: `/api/v1/clients/${clientId}` })).statusCode, 200);
  });

  test('IDOR: a note id under another client, ids swapped between clients, all give the same 404 as missing', async () => {
    const mine = (await as(t, p)({ method: 'POST', url: '/api/v1/clients', payload: { name: 'Idor Own-Client' } })).json().client.id;
    const myNote = (await as(t, p)({ method: 'POST', url: `/api/v1/clients/${mine}/notes`, payload: { text: 'own note' } })).json().note.id;
    const p2 = await signIn(t, w.users.practitioner2!.email);
    const theirs = (await as(t, p2)({ method: 'POST', url: '/api/v1/clients', payload: { name: 'Idor Other-Client' } })).json().client.id;
    const theirNote = (await as(t, p2)({ method: 'POST', url: `/api/v1/clients/${theirs}/notes`, payload: { text: 'their note' } })).json().note.id;
    const missing = await as(t, p)({ method: 'GET', url: `/api/v1/clients/${mine}/notes/00000000-0000-4000-8000-000000000000` });
    assert.equal(missing.statusCode, 404);
    for (const url of [`/api/v1/clients/${mine}/notes/${theirNote}`, `/api/v1/clients/${theirs}/notes/${theirNote}`, `/api/v1/clients/${theirs}/notes/${myNote}`, `/api/v1/clients/${theirs}/notes`, `/api/v1/clients/${theirs}`]) {
      const r = await as(t, p)({ method: 'GET', url });
      assert.equal(r.statusCode, 404, url);
      assert.equal(r.body, missing.body, url);
    }
    const write = await as(t, p)({ method: 'POST', url: `/api/v1/clients/${theirs}/notes`, payload: { text: 'sneaky' } });
    assert.equal(write.statusCode, 404);
    const count = await t.ctx.store.db.selectFrom('notes').select('id').where('client_id', '=', theirs).execute();
    assert.equal(count.length, 1);
  });

  test('organisation settings: everyone reads, only admins change; unknown fields refused', async () => {
    const r = await as(t, admin)({ method: 'PATCH', url: '/api/v1/organisation', payload: { name: 'Renamed Org (fictional)', settings: { retentionYears: 7 } } });
    assert.equal(r.statusCode, 200, r.body);
    assert.deepEqual(r.json().settings, { retentionYears: 7 });
    assert.equal((await as(t, p)({ method: 'GET', url: '/api/v1/organisation' })).json().name, 'Renamed Org (fictional)');
    assert.equal((await as(t, p)({ method: 'PATCH', url: '/api/v1/organisation', payload: { name: 'x' } })).statusCode, 403);
    assert.equal((await as(t, admin)({ method: 'PATCH', url: '/api/v1/organisation', payload: { id: 'other' } })).statusCode, 400);
    const users = await as(t, admin)({ method: 'GET', url: '/api/v1/users' });
    assert.equal(users.statusCode, 200);
    assert.ok(!users.body.includes('password'));
    const pr = (await as(t, p)({ method: 'GET', url: '/api/v1/practitioners' })).json() as { id: string }[];
    assert.deepEqual(pr.map((x) => x.id).sort(), [w.users.practitioner!.id, w.users.practitioner2!.id].sort());
  });

  test('DPO: query by client and action, page backwards, verify the chain, export JSON lines and FHIR', async () => {
    const dpo = await signIn(t, w.users.dpo!.email);
    const q = await as(t, dpo)({ method: 'GET', url: `/api/v1/audit?client=${clientId}&limit=2` });
    assert.equal(q.statusCode, 200, q.body);
    const page = q.json();
    assert.equal(page.records.length, 2);
    assert.ok(page.records.every((r: { clientId: string }) => r.clientId === clientId));
    // Who and which client, readable: the staff member's name and the client's reference, never the client's name.
    assert.ok(page.records.every((r: { clientReference: string | null }) => typeof r.clientReference === 'string' && /^C-/.test(r.clientReference)), q.body);
    assert.ok(page.records.some((r: { actorName: string | null }) => typeof r.actorName === 'string' && r.actorName.length > 0), q.body);
    assert.ok(page.nextBefore);
    const next = await as(t, dpo)({ method: 'GET', url: `/api/v1/audit?client=${clientId}&before=${page.nextBefore}` });
    assert.ok(next.json().records.every((r: { seq: number }) => r.seq < page.nextBefore));
    const byAction = await as(t, dpo)({ method: 'GET', url: '/api/v1/audit?action=auth.*' });
    assert.ok(byAction.json().records.length > 0);
    assert.ok(byAction.json().records.every((r: { action: string }) => r.action.startsWith('auth.')));
    const bad = await as(t, dpo)({ method: 'GET', url: `/api/v1/audit?action=${encodeURIComponent("' OR 1=1 --")}` });
    assert.equal(bad.statusCode, 400);
    const v = await as(t, dpo)({ method: 'GET', url: '/api/v1/audit/verify' });
    assert.equal(v.statusCode, 200, v.body);
    assert.equal(v.json().ok, true);
    assert.ok(v.json().records > 10);
    const jl = await as(t, dpo)({ method: 'GET', url: '/api/v1/audit/export?format=jsonl' });
    assert.equal(jl.statusCode, 200);
    assert.match(String(jl.headers['content-type']), /ndjson/);
    const lines = jl.body.trim().split('\n').map((l) => JSON.parse(l));
    assert.ok(lines.length > 10);
    assert.ok(!jl.body.includes('Harriet'));
    const fhir = await as(t, dpo)({ method: 'GET', url: '/api/v1/audit/export?format=fhir' });
    assert.equal(fhir.json().resourceType, 'Bundle');
    assert.equal(fhir.json().entry[0].resource.resourceType, 'AuditEvent');
    await t.ctx.audit.drain();
    const looked = await t.ctx.store.db.selectFrom('audit_log').select('action').where('actor_id', '=', w.users.dpo!.id).execute();
    const actions = new Set(looked.map((r) => r.action));
    for (const a of ['audit.query', 'audit.verify', 'audit.export']) assert.ok(actions.has(a), a);
  });
});
