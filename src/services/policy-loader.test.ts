// Loading the shipped packs, and refusing malformed ones whole, with file and line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROFESSIONS } from '../domain/decision/index.js';
import { defaultPoliciesRoot, lintPolicyFile, loadPolicyLibrary, PolicyLoadError } from './policy-loader.js';

const ROOT = defaultPoliciesRoot();

/** A private copy of policies/ to break; removed afterwards. */
function withCopy(fn: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'confidant-policies-'));
  try {
    cpSync(ROOT, dir, { recursive: true });
    fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  assert.ok(text.includes(from), `fixture text not found in ${file}: ${from}`);
  writeFileSync(file, text.replace(from, to));
}
function lineOfText(file: string, needle: string): number {
  return readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1;
}
function problemsOf(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof PolicyLoadError, String(e));
    return e.problems;
  }
  assert.fail('expected the library to be refused');
}

test('the shipped library loads: law for the required jurisdictions, a pack per region and profession', () => {
  const lib = loadPolicyLibrary(ROOT);
  for (const j of ['GB', 'GB-ENG', 'GB-SCT', 'GB-WLS', 'GB-NIR', 'US', 'US-CA', 'US-NY', 'US-TX', 'AU', 'AU-NSW', 'AU-VIC', 'AU-QLD']) {
    assert.ok(lib.law.byJurisdiction.has(j), `no law layer for ${j}`);
  }
  assert.equal(lib.law.fallback.id, 'law/default');
  for (const region of ['gb', 'us', 'au', 'intl']) for (const p of PROFESSIONS) assert.ok(lib.packs.has(`${region}-${p}`), `${region}-${p}`);
  for (const id of ['gb-iag', 'gb-counselling', 'us-psychology', 'us-social-work', 'au-mentoring']) assert.ok(lib.packs.has(id));
});

test('every legal rule states its citation and a reviewed date', () => {
  const lib = loadPolicyLibrary(ROOT);
  for (const layer of lib.law.layers.values()) {
    for (const r of layer.rules) {
      assert.ok(r.citation?.source && r.citation.note, r.id);
      assert.match(r.reviewed ?? '', /^\d{4}-\d{2}-\d{2}$/, r.id);
    }
  }
});

test('bad YAML refuses the whole library, naming file and line', () => {
  withCopy((dir) => {
    const file = join(dir, 'law', 'gb-eng.yaml');
    edit(file, '  - id: gb-eng.fgm\n', '  - id: gb-eng.fgm\n    summary: [unclosed\n');
    const problems = problemsOf(() => loadPolicyLibrary(dir));
    assert.ok(problems.some((p) => p.file.endsWith('gb-eng.yaml') && p.line >= lineOfText(file, 'summary: [unclosed')), JSON.stringify(problems));
  });
});

test('a schema error is reported at the line of the offending value', () => {
  withCopy((dir) => {
    const file = join(dir, 'law', 'us-ca.yaml');
    edit(file, '      verdict: disclose\n      mandatory: true\n      personalDuty: true\n      ground: legal-duty\n      recipients: [named-third-party, police]',
      '      verdict: discloze\n      mandatory: true\n      personalDuty: true\n      ground: legal-duty\n      recipients: [named-third-party, police]');
    const problems = problemsOf(() => loadPolicyLibrary(dir));
    assert.equal(problems.length, 1, JSON.stringify(problems));
    assert.ok(problems[0]!.file.endsWith('us-ca.yaml'));
    assert.equal(problems[0]!.line, lineOfText(file, 'verdict: discloze'));
    assert.match(problems[0]!.message, /rules\.0\.then\.verdict/);
  });
});

test('an organisation layer that claims a legal duty is refused at its line', () => {
  withCopy((dir) => {
    const file = join(dir, 'organisation', 'default.yaml');
    edit(file, '      appliesTo: [escalate]\n      approvalRequired: true', '      appliesTo: [escalate]\n      mandatory: false\n      approvalRequired: true');
    const problems = problemsOf(() => loadPolicyLibrary(dir));
    assert.equal(problems[0]!.line, lineOfText(file, 'mandatory: false'));
    assert.match(problems[0]!.message, /may only be set by a law layer/);
  });
});

test('a lower layer that redefines a legal rule is refused with file and line', () => {
  withCopy((dir) => {
    const file = join(dir, 'organisation', 'default.yaml');
    edit(file, '  - id: org.escalation-approval', '  - id: us-ca.tarasoff');
    const problems = problemsOf(() => loadPolicyLibrary(dir));
    assert.ok(problems.every((p) => p.file.endsWith('default.yaml') && p.line === lineOfText(file, 'id: us-ca.tarasoff')), JSON.stringify(problems));
    assert.match(problems[0]!.message, /redefines a legal rule/);
  });
});

test('a reference to an unknown step is refused at the rule', () => {
  withCopy((dir) => {
    const file = join(dir, 'profession', 'common.yaml');
    edit(file, 'steps: [safety-plan, encourage-support, record-briefly]', 'steps: [safety-plan, no-such-step]');
    const problems = problemsOf(() => loadPolicyLibrary(dir));
    assert.ok(problems.some((p) => p.file.endsWith('common.yaml') && /no-such-step/.test(p.message)), JSON.stringify(problems));
  });
});

test('lint reports problems with lines and passes good files', () => {
  assert.deepEqual(lintPolicyFile(join(ROOT, 'law', 'gb-eng.yaml')), []);
  assert.deepEqual(lintPolicyFile(join(ROOT, 'packs.yaml')), []);
  assert.deepEqual(lintPolicyFile(join(ROOT, 'scenarios', 'gb-iag.yaml')), []);
  withCopy((dir) => {
    const file = join(dir, 'law', 'au-nsw.yaml');
    edit(file, '    reviewed: "2026-02-20"\n    uncertain: "s27 covers', '    reviewed: "20 Feb 2026"\n    uncertain: "s27 covers');
    const problems = lintPolicyFile(file, dir);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.line, lineOfText(file, 'reviewed: "20 Feb 2026"'));
    assert.match(problems[0]!.message, /YYYY-MM-DD/);
  });
  assert.match(lintPolicyFile('/nonexistent.yaml')[0]!.message, /no such file/);
});

test('the default library is cached as a snapshot and reloads fast', () => {
  const first = loadPolicyLibrary();
  const second = loadPolicyLibrary();
  assert.equal(second.fromCache || process.env.CONFIDANT_POLICY_CACHE === 'off', true);
  assert.deepEqual([...second.packs.keys()], [...first.packs.keys()]);
  assert.deepEqual([...second.layers.values()], [...first.layers.values()]);
});
