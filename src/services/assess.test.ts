// The assessment service: the development set as the scorer reads it, every pack's own
// scenarios, bad input and unknown packs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { assessFacts, listPacks, listScenarios, packIdFor, runScenarios } from './assess.js';
import { getPolicyLibrary } from './policy-loader.js';

const DEV = new URL('../../../shared/devset/decisions-dev.jsonl', import.meta.url);

test('development set: acceptable verdict, no serious error, flags and recipients (as score-decisions.mjs)', () => {
  assert.ok(existsSync(DEV), `development set not found at ${DEV.pathname}`);
  const lines = readFileSync(DEV, 'utf8').split('\n').filter((l) => l.trim());
  assert.equal(lines.length, 12);
  for (const line of lines) {
    const s = JSON.parse(line);
    const out = assessFacts(s.facts);
    assert.ok(out.ok, `${s.id}: ${JSON.stringify(!out.ok && out.error)}`);
    const r = out.result;
    assert.ok(s.expect.verdicts.includes(r.verdict), `${s.id}: ${r.verdict} not in ${s.expect.verdicts}`);
    assert.ok(!s.expect.mustNotVerdicts.includes(r.verdict), `${s.id}: SERIOUS ${r.verdict}`);
    for (const k of ['mandatory', 'informClientFirst', 'approvalRequired'] as const) {
      if (s.expect[k] !== null) assert.equal(r[k], s.expect[k], `${s.id}: ${k}`);
    }
    for (const need of s.expect.recipientsInclude) {
      const alts: string[] = Array.isArray(need) ? need : [need];
      assert.ok(alts.some((a) => (r.recipients as string[]).includes(a)), `${s.id}: recipients lack ${alts}`);
    }
    assert.equal(r.policy.id, s.policy, `${s.id}: composed from jurisdiction and profession`);
  }
});

// 30 situations written blind (from LAW.md, PRACTICE.md and the codes, without reading the packs) by a colleague;
// three expectations are arguable where the facts cannot say what the law turns on (terrorism, a victim's wishes
// under the Northern Ireland s5 duty), so the floor is 28 of 30 verdicts and no serious error at all.
// A second set of 24 (blind2), weighted to everyday situations, was scored once after the packs were changed for
// the first: 24 of 24 acceptable, no serious error.
// A third (blind3, 24: colleague conduct, every requester, children's confidences, cross-border and country-only
// jurisdictions) scored 23/24 at first; a colleague outside the client's care who asks now gets "maintain".
// A fourth (blind4, 24: requests from outside, a client who has died, research, consent withdrawn, domestic abuse,
// past and planned crime, two jurisdictions LAW.md does not cover) scored 21/24 with one serious error at first (an
// attorney's subpoena with no court order was answered as an order); 22/24, none serious, after the US subpoena rule
// and the Northern Ireland s5 duty (mandatory, to the police) for a serious offence the client reports.
for (const [file, n, floor] of [['decisions-blind1.jsonl', 30, 28], ['decisions-blind2.jsonl', 24, 24], ['decisions-blind3.jsonl', 24, 24], ['decisions-blind4.jsonl', 24, 22]] as const) {
  test(`blind situations (${file}): no serious error, at least ${floor} of ${n} verdicts acceptable`, () => {
    const lines = readFileSync(new URL(`../../test/fixtures/${file}`, import.meta.url), 'utf8').split('\n').filter((l) => l.trim());
    assert.equal(lines.length, n);
    let ok = 0;
    for (const line of lines) {
      const s = JSON.parse(line);
      const out = assessFacts(s.facts);
      assert.ok(out.ok, `${s.id}: ${JSON.stringify(!out.ok && out.error)}`);
      assert.ok(!s.expect.mustNotVerdicts.includes(out.result.verdict), `${s.id}: SERIOUS ${out.result.verdict}`);
      if (s.expect.verdicts.includes(out.result.verdict)) ok++;
    }
    assert.ok(ok >= floor, `${ok} of ${n} acceptable`);
  });
}

test("every pack ships at least 10 scenarios and passes them all (same as `confidant policy test`)", () => {
  const lib = getPolicyLibrary();
  const runs = runScenarios();
  const counts = new Map<string, number>();
  for (const r of runs) counts.set(r.pack, (counts.get(r.pack) ?? 0) + 1);
  for (const id of lib.packs.keys()) assert.ok((counts.get(id) ?? 0) >= 10, `${id} has ${counts.get(id) ?? 0} scenarios`);
  const failed = runs.filter((r) => !r.check.ok);
  assert.deepEqual(failed.map((r) => `${r.pack}/${r.id}: ${r.check.problems.join('; ')}`), []);
  assert.ok(runs.length >= 320);
});

test('scenarios for training carry narrative, facts and expected outcome', () => {
  const s = listScenarios('gb-iag');
  assert.ok(s.length >= 10);
  assert.ok(s.every((x) => x.narrative.length > 20 && x.facts && x.expect.verdicts.length > 0 && x.pack === 'gb-iag'));
  const packs = listPacks();
  assert.ok(packs.find((p) => p.id === 'gb-iag')!.scenarios >= 10);
});

test('the pack is composed from jurisdiction and profession when none is named', () => {
  assert.equal(packIdFor('GB-SCT', 'iag'), 'gb-iag');
  assert.equal(packIdFor('US-OR', 'psychology'), 'us-psychology');
  assert.equal(packIdFor('FR', 'coaching'), 'intl-coaching');
});

test('invalid facts and unknown packs are errors with field and allowed values', () => {
  const bad = assessFacts({ jurisdiction: 'GB-ENG', profession: 'iag', concern: 'gossip', imminence: 'unlikely', severity: 'minor', clientConsent: 'given', limitsExplained: true });
  assert.ok(!bad.ok && bad.kind === 'invalid-facts' && bad.error.field === 'concern' && bad.error.allowed!.includes('risk-to-self'));
  const pol = assessFacts({}, { policy: 'gb-astrology' });
  assert.ok(!pol.ok && pol.kind === 'unknown-policy' && pol.error.allowed!.includes('gb-iag'));
});

test('a named pack for another profession still assesses, with a warning; an id is echoed', () => {
  const out = assessFacts({ id: 'x-1', jurisdiction: 'GB-ENG', profession: 'counselling', concern: 'none', imminence: 'unlikely', severity: 'minor', clientConsent: 'not-asked', limitsExplained: true }, { policy: 'gb-iag' });
  assert.ok(out.ok);
  assert.equal(out.result.id, 'x-1');
  assert.ok(out.result.warnings.some((w) => /Pack gb-iag is for iag/.test(w)));
});

test('a legal duty holds whatever pack is chosen (US-TX child abuse is mandatory for everyone)', () => {
  for (const id of getPolicyLibrary().packs.keys()) {
    const out = assessFacts({ jurisdiction: 'US-TX', profession: 'coaching', concern: 'child-protection', imminence: 'foreseeable', severity: 'serious', clientConsent: 'refused', limitsExplained: true }, { policy: id });
    assert.ok(out.ok && out.result.verdict === 'disclose' && out.result.mandatory, id);
  }
});

test("the packs' scenarios also pass the development set's own scorer (score-decisions.mjs)", async () => {
  const { spawnSync } = await import('node:child_process');
  const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const scorer = new URL('../../../shared/devset/score-decisions.mjs', import.meta.url);
  assert.ok(existsSync(scorer), 'score-decisions.mjs not found');
  const dir = mkdtempSync(join(tmpdir(), 'confidant-score-'));
  try {
    const scenarios = listScenarios();
    const asDevset = scenarios.map((s) => JSON.stringify({
      id: `${s.pack}/${s.id}`, title: s.title, narrative: s.narrative, source: s.source, facts: s.facts, policy: s.pack,
      expect: {
        verdicts: s.expect.verdicts, mustNotVerdicts: s.expect.mustNotVerdicts, recipientsInclude: s.expect.recipientsInclude,
        mandatory: s.expect.mandatory, informClientFirst: s.expect.informClientFirst, approvalRequired: s.expect.approvalRequired,
      },
    }));
    const file = join(dir, 'scenarios.jsonl');
    writeFileSync(file, asDevset.join('\n') + '\n');
    const check = spawnSync(process.execPath, [scorer.pathname, '--check', file], { encoding: 'utf8' });
    assert.equal(check.status, 0, check.stdout + check.stderr);
    const results = scenarios.map((s) => {
      const out = assessFacts(s.facts, { policy: s.pack });
      return JSON.stringify(out.ok ? { ...out.result, id: `${s.pack}/${s.id}` } : { id: `${s.pack}/${s.id}`, error: out.error });
    });
    const resultsFile = join(dir, 'results.jsonl');
    writeFileSync(resultsFile, results.join('\n') + '\n');
    const score = spawnSync(process.execPath, [scorer.pathname, resultsFile, '--scenarios', file], { encoding: 'utf8' });
    const last = score.stdout.trim().split('\n').pop()!;
    assert.match(last, new RegExp(`^verdict_ok=${scenarios.length}/${scenarios.length} serious_errors=0 flags_ok=(\\d+)/\\1 recipients_ok=(\\d+)/\\2 missing=0 invalid=0$`), score.stdout.slice(-2000));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
