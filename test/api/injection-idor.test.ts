// Hostile input on both dialects (issue 9 item 4; TEST-PLAN T2, T10). SQL-injection strings are stored and
// returned literally in every free-text field, search finds nothing extra, the schema is unchanged. IDOR: a
// note id of another practitioner's client, nested under one's own client (and the reverse), and ids in
// other encodings, give the same 404 as a missing id, byte for byte. (The full route × role × target matrix
// is test/api/access-matrix.test.ts; CSRF and session fixation are in http-hygiene.test.ts and auth.test.ts.)
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { as, forEachDialect, makeTestApp, seedWorld, signIn, type Session, type TestApp } from '../helpers/app.js';
import { NAUGHTY } from '../reliability/openapi-fuzz.js';

const SQLI = ["' OR 1=1--", "'; DROP TABLE notes;--", "Robert'); DROP TABLE clients;--", '" OR ""="', '‘ OR ‘1’=‘1', "a'||(select password_hash from users limit 1)||'", '1; SELECT pg_sleep(5)--', "\\'; DELETE FROM audit_log; --", 'x\u0000y'];

async function tables(t: TestApp): Promise<string[]> {
  const r = t.ctx.store.dialect === 'sqlite'
    ? await sql<{ name: string }>`select name from sqlite_master where type = 'table' order by name`.execute(t.ctx.store.db)
    : await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema() order by table_name`.execute(t.ctx.store.db);
  return r.rows.map((x) => x.name);
}

forEachDialect('injection and IDOR', (dialect) => {
  let t: TestApp;
  let a: Session;
  let b: Session;
  before(async () => {
    t = await makeTestApp(dialect);
    await seedWorld(t);
    a = await signIn(t, 'practitioner@example.test');
    b = await signIn(t, 'practitioner2@example.test');
  });
  after(async () => t.close());

  test('SQL-injection strings are stored and returned literally; search finds nothing extra; schema unchanged', async () => {
    const schemaBefore = await tables(t);
    const countBefore = Number((await t.ctx.store.db.selectFrom('clients').select((e) => e.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    for (const s of SQLI) {
      const name = `Synthetic ${s}`.replace(/\u0000/g, '');
      const c = await as(t, a)({ method: 'POST', url: '/api/v1/clients', payload: { name, preferredName: s, phone: s.slice(0, 40), language: s.slice(0, 40) } });
      assert.ok(c.statusCode === 201 || c.statusCode === 400, `${JSON.stringify(s)}: ${c.statusCode} ${c.body}`);
      if (c.statusCode !== 201) continue;
      const id = c.json().client.id as string;
      const got = await as(t, a)({ method: 'GET', url: `/api/v1/clients/${id}` });
      assert.equal(got.statusCode, 200);
      assert.equal(got.json().name, name);
      assert.equal(got.json().preferredName, s.trim());
      const n = await as(t, a)({ method: 'POST', url: `/api/v1/clients/${id}/notes`, payload: { text: s } });
      assert.equal(n.statusCode, 201, n.body);
      const list = await as(t, a)({ method: 'GET', url: `/api/v1/clients/${id}/notes` });
      assert.deepEqual(list.json().map((x: { text: string }) => x.text), [s]);
      // Search with the string: no error, and never someone else's clients.
      const q = await as(t, b)({ method: 'GET', url: `/api/v1/clients?q=${encodeURIComponent(s)}` });
      assert.ok(q.statusCode === 200 || q.statusCode === 400, `search ${JSON.stringify(s)}: ${q.statusCode}`);
      if (q.statusCode === 200) assert.deepEqual(q.json(), [], `practitioner 2 found practitioner 1's clients with ${JSON.stringify(s)}`);
    }
    for (const s of NAUGHTY) {
      const q = await as(t, a)({ method: 'GET', url: `/api/v1/clients?q=${encodeURIComponent(s.slice(0, 200))}` });
      assert.ok(q.statusCode < 500, `search ${JSON.stringify(s.slice(0, 20))}: ${q.statusCode}`);
    }
    assert.deepEqual(await tables(t), schemaBefore);
    const countAfter = Number((await t.ctx.store.db.selectFrom('clients').select((e) => e.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    assert.ok(countAfter > countBefore);
  });

  test('IDOR: another client\'s note under one\'s own client, swapped and re-encoded ids → the same 404 as a missing id', async () => {
    const mk = async (s: Session, name: string) => {
      const c = await as(t, s)({ method: 'POST', url: '/api/v1/clients', payload: { name } });
      const id = c.json().client.id as string;
      const n = await as(t, s)({ method: 'POST', url: `/api/v1/clients/${id}/notes`, payload: { text: `Synthetic private note of ${name}` } });
      return { id, note: n.json().note.id as string };
    };
    const ca = await mk(a, 'Synthetic IDOR A');
    const cb = await mk(b, 'Synthetic IDOR B');
    const missing = '00000000-0000-4000-8000-000000000000';
    const ref = await as(t, b)({ method: 'GET', url: `/api/v1/clients/${cb.id}/notes/${missing}` });
    assert.equal(ref.statusCode, 404);
    const attempts = [
      `/api/v1/clients/${cb.id}/notes/${ca.note}`, // A's note under B's own client
      `/api/v1/clients/${ca.id}/notes/${ca.note}`,
      `/api/v1/clients/${ca.id}/notes/${cb.note}`, // B's own note under A's client
      `/api/v1/clients/${ca.id.toUpperCase()}/notes/${ca.note.toUpperCase()}`,
      `/api/v1/clients/${encodeURIComponent(ca.id)}/notes/${encodeURIComponent(ca.note)}`,
      `/api/v1/clients/${cb.id}/notes/${ca.note}%00`,
    ];
    for (const url of attempts) {
      const r = await as(t, b)({ method: 'GET', url });
      assert.ok(r.statusCode === 404 || r.statusCode === 400, `${url}: ${r.statusCode}`);
      assert.ok(!r.body.includes('Synthetic private note of Synthetic IDOR A'), `${url} leaked`);
      if (r.statusCode === 404) assert.equal(r.body, ref.body, `${url}: "not yours" must look exactly like "missing"`);
    }
    for (const url of [`/api/v1/clients/${ca.id}`, `/api/v1/clients/${ca.id}/notes`]) {
      const r = await as(t, b)({ method: 'GET', url });
      const m = await as(t, b)({ method: 'GET', url: url.replace(ca.id, missing) });
      assert.equal(r.statusCode, 404);
      assert.equal(r.body, m.body);
    }
    const w = await as(t, b)({ method: 'POST', url: `/api/v1/clients/${ca.id}/notes`, payload: { text: 'Synthetic write attempt' } });
    assert.equal(w.statusCode, 404);
    const list = await as(t, a)({ method: 'GET', url: `/api/v1/clients/${ca.id}/notes` });
    assert.equal(list.json().length, 1, 'the IDOR write stored nothing');
  });
});
