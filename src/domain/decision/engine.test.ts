// Engine unit tests over small in-memory packs: composition, stricter-only merge, fallbacks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assess } from './evaluate.js';
import { compileLaw, composePack, PolicyError, type ComposedPack } from './compose.js';
import { layerSchema, type Layer, type PackDef } from './pack-schema.js';
import type { Facts } from './facts.js';

const cite = { source: 'Test Act 2000 s1', note: 'a test citation' };
const L = (o: Record<string, unknown>): Layer => layerSchema.parse({ version: '1', reviewed: '2026-01-01', title: 'test layer', ...o });

const lawX = L({
  id: 'law/xx', kind: 'law', jurisdiction: 'GB', emergencyNumber: '999', partial: 'GB alone: UK-wide only for {code}.',
  steps: { 'x-report': { phase: 'external', text: 'Report it to the authority within a week.' } },
  rules: [
    { id: 'xx.duty', summary: 'A child-protection duty', when: { concern: 'child-protection', severity: { atLeast: 'serious' } }, reviewed: '2026-01-01', citation: cite,
      then: { verdict: 'disclose', mandatory: true, personalDuty: true, ground: 'legal-duty', recipients: ['local-authority'], urgency: 'today', steps: ['x-report'], explain: 'The law requires a report here.' } },
    { id: 'xx.no-victim', summary: 'No warning the victim directly', when: { concern: 'risk-to-others' }, reviewed: '2026-01-01', citation: cite,
      then: { excludeRecipients: ['named-third-party'] } },
    { id: 'xx.unsure', summary: 'An uncertain rule', when: { concern: 'payment' }, reviewed: '2026-01-01', citation: cite, uncertain: 'Not confirmed against the official text.',
      then: { appliesTo: ['maintain'] } },
  ],
});
const lawEng = L({ id: 'law/xx-eng', kind: 'law', jurisdiction: 'GB-ENG', extends: ['law/xx'], rules: [] });
const lawDefault = L({ id: 'law/default', kind: 'law', jurisdiction: '*', rules: [] });
const lawUs = L({ id: 'law/us', kind: 'law', jurisdiction: 'US', rules: [
  { id: 'us.court', summary: 'court order', when: { concern: 'court-order' }, reviewed: '2026-01-01', citation: cite,
    then: { verdict: 'disclose', mandatory: true, ground: 'legal-duty', recipients: ['court'], explain: 'A court ordered it.' } },
] });
const prof = L({
  id: 'profession/p', kind: 'profession',
  principles: { harm: cite, conf: { source: 'Code 1.1', note: 'confidentiality' } },
  steps: {
    talk: { phase: 'client', onlyWhen: 'inform-client-first', text: 'Talk with the client first.' },
    quiet: { phase: 'client', onlyWhen: 'not-inform-client-first', text: 'Do not tell the client first.' },
    lead: { phase: 'internal', text: 'Tell the lead today.' },
    call: { phase: 'safety', text: 'Call {emergency} now.' },
  },
  rules: [
    { id: 'p.child', summary: 'child concern', when: { concern: 'child-protection' }, cites: ['harm'],
      then: { verdict: 'escalate', recipients: ['safeguarding-lead'], approvalRequired: true, steps: ['talk', 'lead'], explain: 'A child may not be safe.' } },
    { id: 'p.others', summary: 'imminent harm to others', when: { concern: 'risk-to-others', imminence: 'imminent' }, cites: ['harm'],
      then: { verdict: 'disclose', ground: 'prevent-serious-harm', recipients: ['police', 'named-third-party'], informClientFirst: false, urgency: 'now', steps: ['call', 'quiet', 'talk'], explain: 'Someone may be hurt soon.' } },
    { id: 'p.none', summary: 'ordinary', when: { concern: 'none' }, cites: ['conf'], then: { verdict: 'maintain', explain: 'It stays between us.' } },
  ],
});
const laws = [lawX, lawEng, lawDefault, lawUs];
function build(extra: Layer[] = [], layers = ['profession/p', ...extra.map((l) => l.id)]): ComposedPack {
  const all = new Map([...laws, prof, ...extra].map((l) => [l.id, l]));
  const def: PackDef = { id: 'gb-test', title: 'test pack', region: 'GB', profession: 'counselling', version: '9', layers };
  return composePack(def, all, compileLaw(all));
}
const facts = (o: Partial<Facts>): Facts => ({
  jurisdiction: 'GB-ENG', profession: 'counselling', concern: 'none', imminence: 'unlikely', severity: 'minor', clientConsent: 'not-asked', limitsExplained: true, ...o,
});

test('the strongest verdict wins and the legal duty decides: mandatory, legal-duty ground, recipients united', () => {
  const r = assess(build(), facts({ concern: 'child-protection', severity: 'serious', imminence: 'foreseeable' }));
  assert.equal(r.verdict, 'disclose');
  assert.equal(r.mandatory, true);
  assert.equal(r.ground, 'legal-duty');
  assert.deepEqual(r.recipients, ['safeguarding-lead', 'local-authority']);
  assert.equal(r.citations[0]?.source, 'Test Act 2000 s1');
  assert.deepEqual(r.policy, { id: 'gb-test', version: '9', layers: ['law/xx', 'law/xx-eng', 'profession/p'] });
  assert.ok(r.rules.some((x) => x.id === 'xx.duty' && x.applied));
});

test('a personal legal duty cannot wait for approval', () => {
  const r = assess(build(), facts({ concern: 'child-protection', severity: 'serious' }));
  assert.equal(r.approvalRequired, false);
  const lower = assess(build(), facts({ concern: 'child-protection', severity: 'moderate' }));
  assert.equal(lower.verdict, 'escalate');
  assert.equal(lower.approvalRequired, true);
});

test('a legal duty cannot be switched off by a lower layer (merge operators)', () => {
  const org = L({ id: 'organisation/lax', kind: 'organisation', principles: { p: cite }, rules: [
    { id: 'org.keep-quiet', summary: 'try to keep quiet', when: { concern: 'child-protection' }, cites: ['p'],
      then: { verdict: 'maintain', recipients: [], approvalRequired: false, informClientFirst: true, urgency: 'routine', priority: 100 } },
  ] });
  const r = assess(build([org]), facts({ concern: 'child-protection', severity: 'serious' }));
  assert.equal(r.verdict, 'disclose');
  assert.equal(r.mandatory, true);
  assert.ok(r.recipients.includes('local-authority'));
  assert.equal(r.urgency, 'today');
});

test('a legal duty cannot be switched off by redefining its rule or its steps', () => {
  const redefine = L({ id: 'organisation/sneaky', kind: 'organisation', principles: { p: cite }, rules: [
    { id: 'xx.duty', summary: 'same id as the law', when: { concern: 'child-protection' }, cites: ['p'], then: { verdict: 'maintain' } },
  ] });
  assert.throws(() => build([redefine]), (e: unknown) => e instanceof PolicyError && /redefines a legal rule/.test(e.message) && e.layerId === 'organisation/sneaky');
  const steps = L({ id: 'organisation/steps', kind: 'organisation', steps: { 'x-report': { phase: 'external', text: 'No need to report anything.' } }, rules: [] });
  assert.throws(() => build([steps]), /belongs to the law layer/);
});

test('only a law layer may claim or restrict a legal duty (schema)', () => {
  for (const then of [{ verdict: 'disclose', ground: 'safeguarding', mandatory: false }, { excludeRecipients: ['police'] }, { verdict: 'disclose', ground: 'legal-duty' }]) {
    const r = layerSchema.safeParse({ id: 'organisation/o', kind: 'organisation', title: 'org layer', version: '1', reviewed: '2026-01-01',
      rules: [{ id: 'o.r', summary: 'a rule', when: {}, citation: cite, then }] });
    assert.equal(r.success, false, JSON.stringify(then));
    assert.deepEqual(r.error!.issues[0]!.path.slice(0, 3), ['rules', 0, 'then']);
  }
  const noGround = layerSchema.safeParse({ id: 'law/q', kind: 'law', jurisdiction: 'GB', title: 'law layer', version: '1', reviewed: '2026-01-01',
    rules: [{ id: 'q.r', summary: 'a rule', when: {}, citation: cite, reviewed: '2026-01-01', then: { verdict: 'disclose' } }] });
  assert.equal(noGround.success, false);
  assert.match(noGround.error!.issues.map((i) => i.message).join(), /ground from PRACTICE B1/);
});

test('a lower layer may be stricter: add a recipient, require approval, forbid telling first', () => {
  const strict = L({ id: 'organisation/strict', kind: 'organisation', principles: { p: cite }, rules: [
    { id: 'org.more', summary: 'stricter', when: { concern: 'child-protection' }, cites: ['p'],
      then: { appliesTo: ['escalate'], recipients: ['manager'], informClientFirst: false, urgency: 'now' } },
  ] });
  const r = assess(build([strict]), facts({ concern: 'child-protection', severity: 'moderate' }));
  assert.equal(r.verdict, 'escalate');
  assert.deepEqual(r.recipients, ['manager', 'safeguarding-lead']);
  assert.equal(r.informClientFirst, false);
  assert.equal(r.urgency, 'now');
  assert.ok(!r.steps.some((s) => s.id === 'talk'), 'steps follow the flags');
});

test('the law may exclude a recipient the lower layers add; steps follow the flags and the phase order', () => {
  const r = assess(build(), facts({ concern: 'risk-to-others', imminence: 'imminent', severity: 'serious' }));
  assert.equal(r.verdict, 'disclose');
  assert.deepEqual(r.recipients, ['police']);
  assert.deepEqual(r.steps.map((s) => s.id), ['call', 'quiet']);
  assert.equal(r.steps[0]!.text, 'Call 999 now.');
  assert.equal(r.informClientFirst, false);
});

test('fallbacks always warn: subdivision → country layer, unknown country → cautious default, country alone → partial', () => {
  const pack = build();
  const or = assess(pack, facts({ jurisdiction: 'US-OR', concern: 'court-order' }));
  assert.equal(or.verdict, 'disclose');
  assert.ok(or.warnings.some((w) => /No law layer for US-OR: the US layer \(test layer\) was used/.test(w)), or.warnings.join('|'));
  const fr = assess(pack, facts({ jurisdiction: 'FR', concern: 'none' }));
  assert.ok(fr.warnings.some((w) => /No law layer for FR: a cautious default/.test(w)));
  const gb = assess(pack, facts({ jurisdiction: 'GB', concern: 'none' }));
  assert.ok(gb.warnings.includes('GB alone: UK-wide only for GB.'));
  const eng = assess(pack, facts({ concern: 'none' }));
  assert.ok(!eng.warnings.some((w) => /No law layer/.test(w)));
  assert.ok(eng.warnings.some((w) => /written for GB/.test(w)) === false);
  const us = assess(pack, facts({ jurisdiction: 'US', concern: 'none' }));
  assert.ok(us.warnings.some((w) => /Pack gb-test is written for GB, but the jurisdiction is US/.test(w)));
});

test('a client in another jurisdiction brings its law too, and says so', () => {
  const r = assess(build(), facts({ jurisdiction: 'FR', clientJurisdiction: 'GB-ENG', concern: 'child-protection', severity: 'serious' }));
  assert.equal(r.mandatory, true);
  assert.ok(r.warnings.some((w) => /client is in GB-ENG and you are in FR/.test(w)));
});

test('uncertain law is reported as a warning, never silently', () => {
  const r = assess(build(), facts({ concern: 'payment' }));
  assert.ok(r.warnings.some((w) => w.startsWith('Uncertain (Test Act 2000 s1): Not confirmed')));
});

test('a disclosure without a ground is never returned, even from a pack built without the schema', () => {
  const pack = build();
  const r0 = pack.rules.find((r) => r.id === 'p.others')!;
  (r0 as { outcome: object }).outcome = { ...r0.outcome, ground: undefined };
  const r = assess(pack, facts({ concern: 'risk-to-others', imminence: 'imminent', severity: 'serious' }));
  assert.notEqual(r.verdict, 'disclose');
  assert.ok(r.warnings.some((w) => /without naming a ground/.test(w)));
});

test('nothing fired: maintain with a plain rationale; deterministic', () => {
  const pack = build();
  const a = assess(pack, facts({ concern: 'workplace-conflict' }));
  assert.equal(a.verdict, 'maintain');
  assert.equal(a.urgency, 'routine');
  assert.ok(a.rationale.length > 20);
  assert.deepEqual(assess(pack, facts({ concern: 'workplace-conflict' })), a);
});

test('composition errors name the layer and path', () => {
  const bad = L({ id: 'profession/bad', kind: 'profession', rules: [
    { id: 'b.r', summary: 'cites nothing known', when: {}, cites: ['nope'], then: { steps: ['missing'] } },
  ] });
  assert.throws(() => build([bad], ['profession/bad']), (e: unknown) => e instanceof PolicyError && e.layerId === 'profession/bad' && e.path.join('.') === 'rules.0.cites');
  const cyc = L({ id: 'profession/c1', kind: 'profession', extends: ['profession/c2'], rules: [] });
  const cyc2 = L({ id: 'profession/c2', kind: 'profession', extends: ['profession/c1'], rules: [] });
  assert.throws(() => build([cyc, cyc2], ['profession/c1']), /cycle/);
});

test('results match the published result schema (the HTTP response whitelist)', async () => {
  const { assessmentResultSchema } = await import('./result-schema.js');
  for (const f of [facts({ concern: 'child-protection', severity: 'serious' }), facts({ concern: 'none' }), facts({ concern: 'risk-to-others', imminence: 'imminent', severity: 'serious' })]) {
    const r = assess(build(), f);
    assert.deepEqual(assessmentResultSchema.parse(r), r);
  }
});
