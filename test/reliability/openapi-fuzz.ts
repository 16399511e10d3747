// OpenAPI-driven fuzzing (issue 9 item 4, TEST-PLAN T23): requests for every route in /api/openapi.json,
// generated with fast-check from the route's own JSON Schemas (valid values, boundary values, naughty strings,
// SQL-injection strings, wrong types, missing and extra fields, random JSON), sent in-process with app.inject
// as several actors. Checked for every response: no 5xx; no response carries another practitioner's client
// content (canary strings); a rejected (4xx) state-changing request changes no record (database digest).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { sql } from 'kysely';
import { as, makeTestApp, seedWorld, signIn, type Session, type TestApp } from '../helpers/app.js';
import type { DialectName } from '../support/databases.js';

type Schema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
  pattern?: string;
};

export const NAUGHTY = [
  "' OR 1=1--",
  "'; DROP TABLE notes;--",
  '" OR ""="',
  "Robert'); DROP TABLE clients;--",
  '\u0000',
  'a\u0000b',
  '‘ OR ‘1’=‘1',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '{{7*7}}',
  '${7*7}',
  '../../../../etc/passwd',
  '%00',
  '\uFEFF',
  '𝕿𝖊𝖘𝖙 👩🏽‍⚕️',
  'ＡＢＣ',
  '\u202Etxt.exe',
  '__proto__',
  'constructor',
  'null',
  'NaN',
  '-1',
  '9'.repeat(40),
  ' ',
  '',
  'x'.repeat(5000),
];

function pick<T>(xs: T[]): fc.Arbitrary<T> {
  return fc.constantFrom(...xs);
}

/** An arbitrary for a JSON Schema (as fastify-type-provider-zod emits it), biased towards valid values. */
export function arb(schema: Schema | undefined, ids: string[], depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 4) return fc.jsonValue({ maxDepth: 2 });
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return pick(schema.enum);
  const alts = schema.anyOf ?? schema.oneOf;
  if (alts?.length) return fc.oneof(...alts.map((s) => arb(s, ids, depth + 1)));
  const type = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (type.length > 1) return fc.oneof(...type.map((t) => arb({ ...schema, type: t }, ids, depth + 1)));
  switch (type[0]) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.oneof(fc.integer({ min: schema.minimum ?? -10, max: schema.maximum ?? 1000 }), pick([0, -1, 2 ** 31, Number.MAX_SAFE_INTEGER]));
    case 'number':
      return fc.oneof(fc.double({ noNaN: true, min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6 }), pick([0, -1, 1e308]));
    case 'array':
      return fc.array(arb(schema.items, ids, depth + 1), { maxLength: 4 });
    case 'object': {
      const props = schema.properties ?? {};
      const keys = Object.keys(props);
      const required = new Set(schema.required ?? []);
      const rec: Record<string, fc.Arbitrary<unknown>> = {};
      for (const k of keys) rec[k] = arb(props[k], ids, depth + 1);
      return fc.record(rec, { requiredKeys: keys.filter((k) => required.has(k)) });
    }
    case 'string':
    default: {
      const min = schema.minLength ?? 0;
      const max = Math.min(schema.maxLength ?? 300, 300);
      const str: fc.Arbitrary<string>[] = [fc.string({ minLength: min, maxLength: Math.max(min, max) }), pick(NAUGHTY)];
      if (schema.format === 'uuid' || /id$/i.test(schema.pattern ?? '')) str.push(pick(ids));
      if (schema.format === 'email') str.push(fc.emailAddress(), pick(['practitioner@example.test', 'admin@example.test', 'nobody@example.test']));
      if (schema.format === 'date-time' || schema.format === 'date') str.push(fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, schema.format === 'date' ? 10 : 24)));
      if (schema.pattern) str.push(pick(['GB-ENG', 'US-CA', '2020-01-01', 'ab']));
      str.push(pick(ids));
      return fc.oneof(...str);
    }
  }
}

/** Mutations of a valid-looking body: drop a field, add an unknown one, swap in a wrong type or random JSON. */
function mutate(body: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 6, arbitrary: body },
    { weight: 1, arbitrary: fc.tuple(body, fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 1 })).map(([b, k, v]) => (b && typeof b === 'object' && !Array.isArray(b) ? { ...(b as object), [k || 'role']: v } : b)) },
    { weight: 1, arbitrary: body.map((b) => (b && typeof b === 'object' && !Array.isArray(b) ? Object.fromEntries(Object.entries(b as object).slice(1)) : b)) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    { weight: 1, arbitrary: pick([{ __proto__: { admin: true } }, JSON.parse('{"__proto__":{"x":1}}'), { constructor: { prototype: { x: 1 } } }, [], 'text', 42, null]) },
  );
}

interface Operation {
  method: string;
  path: string;
  params: { name: string; in: string; schema: Schema; required?: boolean }[];
  body?: Schema;
}

function operations(doc: { paths: Record<string, Record<string, { parameters?: Operation['params']; requestBody?: { content?: Record<string, { schema: Schema }> } }>> }): Operation[] {
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      ops.push({ method: method.toUpperCase(), path, params: op.parameters ?? [], body: op.requestBody?.content?.['application/json']?.schema });
    }
  }
  return ops;
}

// Tables a rejected request may legitimately touch: the audit log (denials are audited), sessions (last
// seen), sign-in throttling and notifications raised about the attempt.
const VOLATILE = new Set(['audit_log', 'audit_head', 'audit_checkpoints', 'sessions', 'login_throttle', 'kysely_migration', 'kysely_migration_lock', 'notifications']);

export async function digest(t: TestApp): Promise<string> {
  const tables = t.ctx.store.dialect === 'sqlite'
    ? (await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(t.ctx.store.db)).rows.map((r) => r.name)
    : (await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema()`.execute(t.ctx.store.db)).rows.map((r) => r.name);
  const h = createHash('sha256');
  for (const name of tables.filter((n) => !VOLATILE.has(n)).sort()) {
    const rows = (await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(t.ctx.store.db)).rows;
    h.update(name);
    for (const r of rows.map((x) => JSON.stringify(x, (_k, v) => (typeof v === 'bigint' ? Number(v) : v))).sort()) h.update(r);
  }
  return h.digest('hex');
}

export interface FuzzReport {
  requests: number;
  byStatus: Record<number, number>;
  routes: number;
  seed: number;
  ms: { setup: number; requests: number; digests: number };
}

export async function fuzzOpenApi(dialect: DialectName, opts: { runs: number; seed: number; log?: (l: string) => void }): Promise<FuzzReport> {
  const t0 = performance.now();
  const ms = { setup: 0, requests: 0, digests: 0 };
  const timed = async <T>(k: 'requests' | 'digests', f: () => Promise<T>): Promise<T> => {
    const a = performance.now();
    try {
      return await f();
    } finally {
      ms[k] += performance.now() - a;
    }
  };
  const t = await makeTestApp(dialect);
  try {
    const w = await seedWorld(t);
    const canaryA = `CANARY-A-${opts.seed}-kestrel`;
    const nameA = `Zebedee Canaryfield ${opts.seed}`;
    const sA = await signIn(t, 'practitioner@example.test');
    const cA = await as(t, sA)({ method: 'POST', url: '/api/v1/clients', payload: { name: nameA, jurisdiction: 'GB-ENG' } });
    assert.equal(cA.statusCode, 201, cA.body);
    const clientA = cA.json().client.id as string;
    const nA = await as(t, sA)({ method: 'POST', url: `/api/v1/clients/${clientA}/notes`, payload: { text: `Private note ${canaryA}` } });
    assert.equal(nA.statusCode, 201);
    const noteA = nA.json().note.id as string;
    let sB = await signIn(t, 'practitioner2@example.test');
    const cB = await as(t, sB)({ method: 'POST', url: '/api/v1/clients', payload: { name: 'Synthetic Fuzz Client B', jurisdiction: 'GB-ENG' } });
    const clientB = cB.json().client.id as string;
    const nB = await as(t, sB)({ method: 'POST', url: `/api/v1/clients/${clientB}/notes`, payload: { text: 'Synthetic note of client B' } });
    const noteB = nB.json().note.id as string;
    const admin = await signIn(t, 'admin@example.test');
    const ids = [clientA, clientB, noteA, noteB, w.users.practitioner!.id, '00000000-0000-4000-8000-000000000000', 'not-an-id', `${clientA}/../${clientB}`, encodeURIComponent(clientA), clientA.toUpperCase()];
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const ops = operations(doc);
    assert.ok(ops.length > 20, `only ${ops.length} operations in the OpenAPI document`);

    const opArb = fc.oneof(
      ...ops.map((op) => {
        const pathParams = op.params.filter((p) => p.in === 'path');
        const query = op.params.filter((p) => p.in === 'query');
        return fc.record({
          op: fc.constant(op),
          path: fc.tuple(...pathParams.map((p) => fc.oneof({ weight: 4, arbitrary: pick(ids) }, { weight: 1, arbitrary: arb(p.schema, ids) })), fc.constant(0)),
          query: fc.tuple(...query.map((p) => fc.option(arb(p.schema, ids), { nil: undefined })), fc.constant(0)),
          body: op.body ? mutate(arb(op.body, ids)) : fc.constant(undefined),
          actor: fc.constantFrom('B', 'B', 'B', 'B', 'anon', 'admin'),
        });
      }),
    );
    const byStatus: Record<number, number> = {};
    let n = 0;
    let before = await digest(t);
    ms.setup = performance.now() - t0;
    await fc.assert(
      fc.asyncProperty(opArb, async ({ op, path, query, body, actor }) => {
        const pathParams = op.params.filter((p) => p.in === 'path');
        let url = op.path;
        pathParams.forEach((p, i) => (url = url.replace(`{${p.name}}`, encodeURIComponent(String(path[i])))));
        const qs = op.params.filter((p) => p.in === 'query').map((p, i) => (query[i] === undefined ? '' : `${encodeURIComponent(p.name)}=${encodeURIComponent(String(query[i]))}`)).filter(Boolean).join('&');
        if (qs) url += `?${qs}`;
        const session: Session | undefined = actor === 'B' ? sB : actor === 'admin' ? admin : undefined;
        const res = await timed('requests', () => as(t, session)({ method: op.method, url, ...(body !== undefined ? { payload: body } : {}) }));
        n++;
        byStatus[res.statusCode] = (byStatus[res.statusCode] ?? 0) + 1;
        const where = `${op.method} ${url} as ${actor} → ${res.statusCode}`;
        assert.ok(res.statusCode < 500, `${where}: ${res.body.slice(0, 300)}`);
        assert.ok(!res.body.includes(canaryA) && !res.body.includes(nameA), `${where} leaked client A's content`);
        if (op.method !== 'GET' && res.statusCode >= 400) {
          const after = await timed('digests', () => digest(t));
          assert.equal(after, before, `${where}: a rejected request changed stored records`);
        } else if (op.method !== 'GET') before = await timed('digests', () => digest(t));
        // A request that ended practitioner B's session (sign-out, sign-in as someone else) — sign in again.
        if (actor === 'B' && /logout|login|mfa|password|sessions/.test(op.path) && res.statusCode < 300) {
          sB = await signIn(t, 'practitioner2@example.test');
          before = await digest(t);
        }
      }),
      { numRuns: opts.runs, seed: opts.seed, endOnFailure: true },
    );
    for (const k of Object.keys(ms) as (keyof typeof ms)[]) ms[k] = Math.round(ms[k]);
    return { requests: n, byStatus, routes: ops.length, seed: opts.seed, ms };
  } finally {
    await t.close();
  }
}
