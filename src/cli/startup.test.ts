// Start-up cost: `confidant redact` and `confidant assess` are run once per note/case by outside scripts, so
// their path must not load the server, the store, the database drivers or the audit/crypto modules. A module
// resolve hook (module.register) refuses those modules in a child process; the control run proves the hook
// bites (a store command does load them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const MAIN = new URL('./main.ts', import.meta.url).href;
const HEAVY = String.raw`/node_modules/(fastify|@fastify/[^/]+|kysely|better-sqlite3|pg)/|/src/(server|config)\.[jt]s$|/src/(store|audit|crypto|http|routes)/`;

const HOOK = `
const heavy = new RegExp(${JSON.stringify(HEAVY)});
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  if (heavy.test(r.url)) throw new Error('HEAVY-MODULE-LOADED ' + r.url);
  return r;
}
`;

function runGuarded(dir: string, args: string[], stdin = ''): { status: number | null; stdout: string; stderr: string } {
  writeFileSync(join(dir, 'hook.mjs'), HOOK);
  writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hook.mjs')).href)});\n`);
  const script = `const { runCli } = await import(${JSON.stringify(MAIN)}); process.exitCode = await runCli(${JSON.stringify(args)});`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--import', pathToFileURL(join(dir, 'register.mjs')).href, '--input-type=module', '-e', script], {
    input: stdin,
    encoding: 'utf8',
    env: { ...process.env, CONFIDANT_DATA_DIR: join(dir, 'data') },
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('startup: redact (text and --jsonl) and assess load neither the server nor the store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'confidant-startup-'));
  try {
    writeFileSync(join(dir, 'one.jsonl'), '{"id":"a","text":"Mrs Okafor rang."}\n');
    const jsonl = runGuarded(dir, ['redact', '--jsonl', join(dir, 'one.jsonl')]);
    assert.equal(jsonl.status, 0, jsonl.stderr);
    assert.match(jsonl.stdout, /"id":"a"/);
    const text = runGuarded(dir, ['redact', '--format', 'json'], 'Met Sarah at Northgate Logistics.');
    assert.equal(text.status, 0, text.stderr);
    const facts = { jurisdiction: 'GB-ENG', profession: 'iag', concern: 'risk-to-self', imminence: 'foreseeable', severity: 'serious', clientConsent: 'refused', limitsExplained: true };
    const assess = runGuarded(dir, ['assess', '--format', 'json'], JSON.stringify(facts));
    assert.equal(assess.status, 0, assess.stderr);
    assert.match(assess.stdout, /"verdict"/);
    const help = runGuarded(dir, ['--help']);
    assert.equal(help.status, 0, help.stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('startup: the guard bites — a store command is refused its heavy modules', () => {
  const dir = mkdtempSync(join(tmpdir(), 'confidant-startup-'));
  try {
    const r = runGuarded(dir, ['audit', 'verify']);
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /HEAVY-MODULE-LOADED/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
