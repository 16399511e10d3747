// `confidant assess` and `confidant policy`: exit codes, JSON and text output, --jsonl with a bad line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync, cpSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli } from '../../../test/support/cli.js';

const facts = {
  jurisdiction: 'GB-ENG', profession: 'iag', concern: 'risk-to-self', imminence: 'foreseeable',
  severity: 'serious', clientConsent: 'refused', limitsExplained: true,
};
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

test('assess: one object in, one JSON result out (exit 0), in the contract shape', async () => {
  const r = await cli(['assess', '--format', 'json'], {}, JSON.stringify(facts));
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  for (const k of ['verdict', 'mandatory', 'informClientFirst', 'approvalRequired', 'urgency', 'recipients', 'minimumNecessary', 'steps', 'citations', 'rationale', 'policy', 'warnings']) {
    assert.ok(k in out, k);
  }
  assert.equal(out.verdict, 'escalate');
  assert.equal(out.policy.id, 'gb-iag');
  assert.ok(out.steps.every((s: { id: string; text: string }) => s.id && s.text));
});

test('assess: json is the default when stdout is not a terminal; --format text is readable', async () => {
  const j = await cli(['assess'], {}, JSON.stringify(facts));
  assert.doesNotThrow(() => JSON.parse(j.stdout));
  const t = await cli(['assess', '--format', 'text', '-'], {}, JSON.stringify(facts));
  assert.equal(t.code, 0);
  assert.match(t.stdout, /^Decision: ESCALATE/);
  assert.match(t.stdout, /Steps:\n1\. /);
});

test('assess: invalid facts exit 2, name the field and its allowed values, print nothing on stdout', async () => {
  const r = await cli(['assess'], {}, JSON.stringify({ ...facts, concern: 'gossip' }));
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /invalid concern: concern "gossip" is not allowed; allowed values: risk-to-self, risk-to-others/);
  const j = await cli(['assess'], {}, JSON.stringify({ ...facts, jurisdiction: 'UK' }));
  assert.equal(j.code, 2);
  assert.match(j.stderr, /Did you mean GB\?/);
  const p = await cli(['assess'], {}, JSON.stringify({ ...facts, profession: 'astrologer' }));
  assert.match(p.stderr, /allowed values: iag, counselling, psychotherapy, psychology, social-work, mentoring, coaching, supervision/);
  const notJson = await cli(['assess'], {}, '{not json');
  assert.equal(notJson.code, 2);
  const c = await cli(['assess'], {}, JSON.stringify({ ...facts, concern: 'law-enforcement-request', requester: 'court' }));
  assert.equal(c.code, 2);
  assert.match(c.stderr, /invalid requester/);
  const f = await cli(['assess', '--format', 'yaml'], {}, JSON.stringify(facts));
  assert.equal(f.code, 2);
});

test('assess: unknown --policy exits 3 and lists the known packs', async () => {
  const r = await cli(['assess', '--policy', 'gb-astrology'], {}, JSON.stringify(facts));
  assert.equal(r.code, 3);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /unknown policy pack "gb-astrology"; known packs: .*gb-iag/);
});

test('assess --jsonl: a bad line gives an error object on its own line; the others are assessed in order', async () => {
  const lines = [
    JSON.stringify(facts),
    JSON.stringify({ ...facts, severity: 'catastrophic' }),
    'not json',
    '',
    JSON.stringify({ ...facts, concern: 'none', severity: 'minor', id: 'third' }),
  ].join('\n');
  const r = await cli(['assess', '--jsonl'], {}, lines);
  assert.equal(r.code, 0);
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(out.length, 4);
  assert.equal(out[0].verdict, 'escalate');
  assert.equal(out[1].error.field, 'severity');
  assert.match(out[1].error.message, /allowed values: life-threatening, serious/);
  assert.ok(out[2].error.message.includes('not valid JSON'));
  assert.equal(out[3].verdict, 'maintain');
  assert.equal(out[3].id, 'third');
  assert.match(r.stderr, /2 of 4 line\(s\) could not be assessed/);
});

test('assess: reads a file argument; a missing file is exit 2', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'confidant-assess-'));
  try {
    const f = join(dir, 'facts.json');
    writeFileSync(f, JSON.stringify(facts));
    assert.equal((await cli(['assess', f])).code, 0);
    assert.equal((await cli(['assess', join(dir, 'missing.json')])).code, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('assess --help explains facts, exit codes and the jsonl error lines', async () => {
  const r = await cli(['assess', '--help']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /--policy <pack>/);
  assert.match(r.stdout, /Exit codes: 0 a result was produced; 2 invalid input/);
  assert.match(r.stdout, /concern: +risk-to-self \| risk-to-others/);
});

test('policy list, show, lint and test', async () => {
  const list = await cli(['policy', 'list']);
  assert.equal(list.code, 0);
  assert.match(list.stdout, /gb-iag +2026\.1 +iag +GB +\d+/);
  const show = await cli(['policy', 'show', 'us-psychology', '--jurisdiction', 'US-CA']);
  assert.equal(show.code, 0);
  assert.match(show.stdout, /== law\/us-ca/);
  assert.match(show.stdout, /us-ca\.tarasoff/);
  assert.match(show.stdout, /cite: California Civil Code §43\.92/);
  assert.match(show.stdout, /UNCERTAIN:/);
  assert.equal((await cli(['policy', 'show', 'nope-pack'])).code, 3);
  const showJson = JSON.parse((await cli(['policy', 'show', 'gb-iag', '--format', 'json'])).stdout);
  assert.ok(showJson.rules.some((r: { id: string }) => r.id === 'gb.court-order'));
  const lint = await cli(['policy', 'lint', join(ROOT, 'policies/law/gb-eng.yaml'), join(ROOT, 'policies/packs.yaml')]);
  assert.equal(lint.code, 0, lint.stdout + lint.stderr);
  const t = await cli(['policy', 'test', 'gb-iag']);
  assert.equal(t.code, 0, t.stdout);
  assert.match(t.stdout, /scenarios=\d+ passed=\d+ failed=0 serious=0 packs=1/);
  assert.equal((await cli(['policy', 'test', 'nope-pack'])).code, 3);
});

test('policy lint: a broken file exits 2 with file:line', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'confidant-lint-'));
  try {
    cpSync(join(ROOT, 'policies'), join(dir, 'policies'), { recursive: true });
    const f = join(dir, 'policies', 'law', 'gb-sct.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('jurisdiction: GB-SCT', 'jurisdiction: Scotland'));
    const r = await cli(['policy', 'lint', f]);
    assert.equal(r.code, 2);
    assert.match(r.stdout, /gb-sct\.yaml:\d+: jurisdiction: /);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the built command line runs the dev-set facts (spawned: node bin/confidant.js assess --jsonl)', () => {
  assert.ok(existsSync(join(ROOT, 'dist/cli/commands/assess.js')), 'dist is not built: run `npm run build` (npm test does) before this test');
  const input = [JSON.stringify(facts), JSON.stringify({ ...facts, concern: 'bogus' })].join('\n');
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/confidant.js'), 'assess', '--jsonl'], { input, encoding: 'utf8', cwd: ROOT });
  assert.equal(r.status, 0, r.stderr);
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(out[0].verdict, 'escalate');
  assert.equal(out[1].error.field, 'concern');
  const bad = spawnSync(process.execPath, [join(ROOT, 'bin/confidant.js'), 'assess', '--policy', 'zz-none'], { input: JSON.stringify(facts), encoding: 'utf8', cwd: ROOT });
  assert.equal(bad.status, 3);
});
