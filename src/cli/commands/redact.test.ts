// `confidant redact` (CONTRACTS.md §2): text and JSON output, --known, --jsonl with a bad line, exit codes,
// nothing on stdout on error; and one spawned run of the built CLI against the shared development set.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli } from '../../../test/support/cli.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const known = { people: [{ role: 'client', name: 'Sarah Jones', aliases: ['Sal'] }, { role: 'third-party', relationship: 'colleague', name: 'Tom Baker' }], organisations: ['Northgate Logistics'] };
const note = "Sal says Tom Baker at Northgate Logistics shouted at her. Tom's manager knows. Call 07700 900417.";

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'confidant-redact-'));
}

test('redact: JSON by default when stdout is not a terminal, in the contract shape', async () => {
  const dir = tmp();
  try {
    writeFileSync(join(dir, 'known.json'), JSON.stringify(known));
    const r = await cli(['redact', '--known', join(dir, 'known.json')], {}, note);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.text, "[CLIENT] says [COLLEAGUE-1] at [ORGANISATION-1] shouted at her. [COLLEAGUE-1]'s manager knows. Call [PHONE].");
    for (const e of out.entities) {
      assert.deepEqual(Object.keys(e).sort(), ['end', 'replacement', 'source', 'start', 'text', 'type']);
      assert.equal(note.slice(e.start, e.end), e.text);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('redact: --format text prints only the redacted text; a FILE argument works like stdin', async () => {
  const dir = tmp();
  try {
    writeFileSync(join(dir, 'note.txt'), 'Mrs Okafor rang from Leeds.');
    const r = await cli(['redact', '--format', 'text', join(dir, 'note.txt')]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, 'Mrs [PERSON-1] rang from [PLACE-1].');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('redact: a long text (thousands of entities, written in pieces) prints exactly the JSON of the engine\'s result', async () => {
  const { buildResources, createRedactor, defaultGazetteers } = await import('../../domain/deid/index.js');
  let text = '';
  for (let i = 0; text.length < 120_000; i++) text += `Session ${i + 1}: Mrs Okafor rang on 14/03/2024 about her son Jayden (15). Call 07700 900${String(100 + (i % 900))}.\n\n`;
  const r = await cli(['redact', '--format', 'json'], {}, text);
  assert.equal(r.code, 0, r.stderr);
  const expected = createRedactor(buildResources(defaultGazetteers)).redact(text);
  assert.ok(expected.entities.length > 5000, `only ${expected.entities.length} entities`);
  assert.equal(r.stdout, JSON.stringify(expected) + '\n');
});

test('redact: empty input gives an empty result, exit 0', async () => {
  const r = await cli(['redact', '--format', 'json'], {}, '');
  assert.equal(r.code, 0);
  assert.deepEqual(JSON.parse(r.stdout), { text: '', entities: [] });
});

test('redact: a --known file of the wrong shape exits 2, names the problem, prints nothing on stdout', async () => {
  const dir = tmp();
  try {
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ people: [{ role: 'client' }], places: 'Leeds' }));
    const r = await cli(['redact', '--known', join(dir, 'bad.json')], {}, note);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /known\.people\[0\]\.name/);
    assert.match(r.stderr, /known\.places/);
    writeFileSync(join(dir, 'notjson.json'), '{people:');
    const j = await cli(['redact', '--known', join(dir, 'notjson.json')], {}, note);
    assert.equal(j.code, 2);
    assert.match(j.stderr, /not valid JSON/);
    const missing = await cli(['redact', '--known', join(dir, 'nope.json')], {}, note);
    assert.equal(missing.code, 2);
    assert.equal(missing.stdout, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('redact: an unknown --format exits 2', async () => {
  const r = await cli(['redact', '--format', 'xml'], {}, note);
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /json, text/);
});

test('redact --jsonl: one result per line with the same id, in order; a bad line gives an error and the rest continue', async () => {
  const lines = [
    JSON.stringify({ id: 'n1', text: note, known }),
    '{not json',
    JSON.stringify({ id: 'n3', text: 42 }),
    JSON.stringify({ id: 'n4', text: 'Her son Jayden (15) lives in Leeds.' }),
    JSON.stringify({ id: 'n5', text: 'x', known: { people: 'Sarah' } }),
  ].join('\n');
  const r = await cli(['redact', '--jsonl'], {}, lines + '\n');
  assert.equal(r.code, 0, r.stderr);
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(out.length, 5);
  assert.deepEqual(out.map((o) => o.id), ['n1', null, 'n3', 'n4', 'n5']);
  assert.match(out[0].text, /^\[CLIENT\] says \[COLLEAGUE-1\]/);
  assert.equal(out[1].error.field, 'line');
  assert.equal(out[2].error.field, 'text');
  assert.equal(out[3].text, 'Her son [PERSON-1] ([AGE]) lives in [PLACE-1].');
  assert.equal(out[4].error.field, 'known.people');
});

test('redact (spawned, built CLI): the shared development set in --jsonl mode, every line answered in order', () => {
  const bin = join(ROOT, 'bin/confidant.js');
  assert.ok(existsSync(join(ROOT, 'dist/cli/main.js')), 'run `npm run build` first (npm test does)');
  const input = join(ROOT, '../shared/devset/deid-dev.input.jsonl');
  const r = spawnSync(process.execPath, [bin, 'redact', '--jsonl', input], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.equal(r.status, 0, r.stderr);
  const ids = r.stdout.trim().split('\n').map((l) => JSON.parse(l).id);
  assert.equal(ids.length, 40);
  assert.equal(ids[0], 'dev-001');
  assert.equal(ids[39], 'dev-040');
});

test('redact --jsonl: a reader that stops for a while still gets every line, in order (the CLI waits for it)', async () => {
  const bin = join(ROOT, 'bin/confidant.js');
  assert.ok(existsSync(join(ROOT, 'dist/cli/main.js')), 'run `npm run build` first (npm test does)');
  const lines = readFileSync(join(ROOT, '../shared/devset/deid-dev.input.jsonl'), 'utf8').split('\n').filter(Boolean);
  const many: string[] = [];
  for (let c = 0; c < 40; c++) for (const l of lines) many.push(JSON.stringify({ ...JSON.parse(l), id: `n${many.length}` }));
  const dir = tmp();
  try {
    writeFileSync(join(dir, 'batch.jsonl'), many.join('\n') + '\n');
    const child = spawn(process.execPath, [bin, 'redact', '--jsonl', join(dir, 'batch.jsonl')], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pause(); // the pipe fills (64 KB) long before the 1,600 results (megabytes) are written
    await new Promise((r) => setTimeout(r, 1500));
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stdout.resume();
    const code = await new Promise<number | null>((r) => child.on('close', r));
    assert.equal(code, 0);
    const ids = Buffer.concat(chunks).toString('utf8').trim().split('\n').map((l) => JSON.parse(l).id as string);
    assert.deepEqual(ids, many.map((_, i) => `n${i}`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
