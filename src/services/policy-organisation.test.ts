import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assessFacts } from './assess.js';
import { validateOrganisationLayer } from './policy-organisation.js';

const base = {
  id: 'organisation/northgate', kind: 'organisation', title: 'Northgate Careers procedure', version: '3', reviewed: '2026-02-01',
  principles: { procedure: { source: 'Northgate Careers safeguarding procedure v3', note: 'All concerns go to the DSL; escalations need the DSL and the service manager.' } },
  steps: { 'northgate-dsl': { phase: 'internal', text: 'Phone the Northgate DSL on the safeguarding line before the end of the session.' } },
  rules: [
    { id: 'northgate.escalate', summary: 'Service manager also told', when: { concern: { not: 'none' } }, cites: ['procedure'],
      then: { appliesTo: ['escalate'], recipients: ['manager'], approvalRequired: true, steps: ['northgate-dsl'] } },
  ],
};
const facts = { jurisdiction: 'GB-ENG', profession: 'iag', concern: 'child-protection', imminence: 'foreseeable', severity: 'serious', clientConsent: 'refused', limitsExplained: true };

test('an organisation layer from the admin UI is validated and composed stricter-only', () => {
  const v = validateOrganisationLayer(base);
  assert.ok(v.ok, JSON.stringify(!v.ok && v.problems));
  const out = assessFacts(facts, { organisation: v.layer });
  assert.ok(out.ok);
  assert.equal(out.result.verdict, 'escalate');
  assert.ok(out.result.recipients.includes('manager') && out.result.recipients.includes('safeguarding-lead'));
  assert.ok(out.result.steps.some((s) => s.id === 'northgate-dsl'));
  assert.match(out.result.policy.version, /\+northgate\.3$/);
  assert.ok(out.result.policy.layers.includes('organisation/northgate') && !out.result.policy.layers.includes('organisation/default'));
});

test('an organisation layer cannot loosen the law: it is refused, or its weakening has no effect', () => {
  const claim = validateOrganisationLayer({ ...base, rules: [{ ...base.rules[0], then: { verdict: 'maintain', mandatory: false } }] });
  assert.ok(!claim.ok && claim.problems.some((p) => /rules\.0\.then\.mandatory/.test(p.path)));
  const redefine = validateOrganisationLayer({ ...base, rules: [{ ...base.rules[0], id: 'us-tx.child-abuse' }] });
  assert.ok(!redefine.ok && /redefines a legal rule/.test(redefine.problems[0]!.message));
  const lax = validateOrganisationLayer({ ...base, rules: [{ id: 'northgate.quiet', summary: 'keep quiet', when: { concern: 'child-protection' }, cites: ['procedure'], then: { verdict: 'maintain', priority: 100 } }] });
  assert.ok(lax.ok);
  const out = assessFacts({ ...facts, jurisdiction: 'US-TX' }, { organisation: lax.layer });
  assert.ok(out.ok && out.result.verdict === 'disclose' && out.result.mandatory);
  const notOrg = validateOrganisationLayer({ ...base, id: 'profession/x', kind: 'profession' });
  assert.ok(!notOrg.ok);
});
