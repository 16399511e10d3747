// Property tests of the decision engine over every shipped pack (TEST-PLAN T25; issue 4 §5).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  CONCERNS, CONSENTS, GROUNDS, IMMINENCE_ORDER, PROFESSIONS, REQUESTERS, SEVERITY_ORDER, VERDICTS, VERDICT_STRENGTH,
  validateFacts, type Facts, type AssessmentResult,
} from '../domain/decision/index.js';
import { assessFacts } from './assess.js';
import { getPolicyLibrary } from './policy-loader.js';

const library = getPolicyLibrary();
const JURISDICTIONS = ['GB-ENG', 'GB-SCT', 'GB-WLS', 'GB-NIR', 'GB', 'US', 'US-CA', 'US-NY', 'US-TX', 'US-OR', 'AU', 'AU-NSW', 'AU-VIC', 'AU-QLD', 'AU-WA', 'FR', 'NZ'];
const RUNS = Number(process.env.CONFIDANT_PROPERTY_RUNS ?? 400);

const factsArb: fc.Arbitrary<Facts> = fc.record({
  jurisdiction: fc.constantFrom(...JURISDICTIONS),
  clientJurisdiction: fc.option(fc.constantFrom(...JURISDICTIONS), { nil: undefined }),
  profession: fc.constantFrom(...PROFESSIONS),
  concern: fc.constantFrom(...CONCERNS),
  imminence: fc.constantFrom(...IMMINENCE_ORDER),
  severity: fc.constantFrom(...SEVERITY_ORDER),
  clientConsent: fc.constantFrom(...CONSENTS),
  limitsExplained: fc.boolean(),
  requester: fc.option(fc.constantFrom(...REQUESTERS), { nil: undefined }),
  identifiableVictim: fc.option(fc.boolean(), { nil: undefined }),
  clientIsChild: fc.option(fc.boolean(), { nil: undefined }),
  adultAtRisk: fc.option(fc.boolean(), { nil: undefined }),
  withinCompetence: fc.option(fc.boolean(), { nil: undefined }),
  conflictOfInterest: fc.option(fc.boolean(), { nil: undefined }),
}).map((f) => Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as unknown as Facts)
  .filter((f) => validateFacts(f).ok);

function run(f: Facts): AssessmentResult {
  const out = assessFacts(f, { library });
  if (!out.ok) throw new Error(`rejected ${JSON.stringify(f)}: ${out.error.message}`);
  return out.result;
}
const strength = (r: AssessmentResult) => VERDICT_STRENGTH[r.verdict];
const subset = (a: readonly string[], b: readonly string[]) => a.every((x) => b.includes(x));
const show = (f: Facts, a: AssessmentResult, b: AssessmentResult) =>
  `${JSON.stringify(f)}\n  ${a.verdict} [${a.recipients}] {${a.minimumNecessary}} ${a.rules.filter((x) => x.applied).map((x) => x.id)}\n  ${b.verdict} [${b.recipients}] {${b.minimumNecessary}} ${b.rules.filter((x) => x.applied).map((x) => x.id)}`;

test('verdict strength order is explicit: maintain < the consent/consult family < escalate < disclose', () => {
  assert.deepEqual(VERDICTS.filter((v) => VERDICT_STRENGTH[v] === 1).sort(), ['consult', 'end-relationship', 'refer', 'seek-consent', 'share-with-consent']);
  assert.ok(VERDICT_STRENGTH.maintain < VERDICT_STRENGTH.consult && VERDICT_STRENGTH.consult < VERDICT_STRENGTH.escalate && VERDICT_STRENGTH.escalate < VERDICT_STRENGTH.disclose);
});

test('raising severity never yields a weaker response', () => {
  fc.assert(fc.property(factsArb, fc.nat(), (f, k) => {
    const i = SEVERITY_ORDER.indexOf(f.severity);
    const higher = SEVERITY_ORDER[i + 1 + (k % Math.max(1, SEVERITY_ORDER.length - i - 1))];
    if (!higher || i === SEVERITY_ORDER.length - 1) return;
    const g = { ...f, severity: higher };
    if (!validateFacts(g).ok) return;
    const a = run(f), b = run(g);
    assert.ok(strength(b) >= strength(a), show(f, a, b));
  }), { numRuns: RUNS * 2 });
});

test('raising imminence never yields a weaker response', () => {
  fc.assert(fc.property(factsArb, fc.nat(), (f, k) => {
    const i = IMMINENCE_ORDER.indexOf(f.imminence);
    if (i === IMMINENCE_ORDER.length - 1) return;
    const higher = IMMINENCE_ORDER[i + 1 + (k % (IMMINENCE_ORDER.length - i - 1))]!;
    const g = { ...f, imminence: higher };
    const a = run(f), b = run(g);
    assert.ok(strength(b) >= strength(a), show(f, a, b));
  }), { numRuns: RUNS * 2 });
});

test('withdrawing consent never adds recipients', () => {
  fc.assert(fc.property(factsArb, (f) => {
    const given = { ...f, clientConsent: 'given' as const };
    const refused = { ...f, clientConsent: 'refused' as const };
    if (!validateFacts(given).ok || !validateFacts(refused).ok) return;
    const a = run(given), b = run(refused);
    assert.ok(subset(b.recipients, a.recipients), show(f, a, b));
  }), { numRuns: RUNS * 2 });
});

test('minimumNecessary never grows when the purpose narrows (less severe, less imminent, consent withdrawn)', () => {
  fc.assert(fc.property(factsArb, fc.constantFrom('severity', 'imminence', 'consent'), (f, how) => {
    let narrower: Facts;
    if (how === 'severity') {
      const i = SEVERITY_ORDER.indexOf(f.severity);
      if (i === 0) return;
      narrower = { ...f, severity: SEVERITY_ORDER[i - 1]! };
    } else if (how === 'imminence') {
      const i = IMMINENCE_ORDER.indexOf(f.imminence);
      if (i === 0) return;
      narrower = { ...f, imminence: IMMINENCE_ORDER[i - 1]! };
    } else {
      if (f.clientConsent !== 'given') return;
      narrower = { ...f, clientConsent: 'refused' };
    }
    if (!validateFacts(narrower).ok) return;
    const a = run(f), b = run(narrower);
    assert.ok(subset(b.minimumNecessary, a.minimumNecessary), `${how}: ${show(f, a, b)}`);
  }), { numRuns: RUNS * 3 });
});

test('every verdict other than maintain or seek-consent cites at least one source', () => {
  fc.assert(fc.property(factsArb, (f) => {
    const r = run(f);
    if (r.verdict !== 'maintain' && r.verdict !== 'seek-consent') assert.ok(r.citations.length >= 1, JSON.stringify(f));
  }), { numRuns: RUNS * 2 });
});

test('never recommends disclosure without a ground from PRACTICE B1; a mandatory result rests on a legal duty', () => {
  fc.assert(fc.property(factsArb, (f) => {
    const r = run(f);
    if (r.verdict === 'disclose') {
      assert.ok(r.ground && (GROUNDS as readonly string[]).includes(r.ground), JSON.stringify(f));
      assert.ok(r.recipients.length > 0, `disclose to nobody: ${JSON.stringify(f)}`);
    }
    if (r.mandatory) {
      assert.equal(r.verdict, 'disclose');
      assert.equal(r.ground, 'legal-duty');
    }
  }), { numRuns: RUNS * 2 });
});

test('total and deterministic: valid facts always give a well-formed result, the same every time', () => {
  fc.assert(fc.property(factsArb, (f) => {
    const a = run(f), b = run(structuredClone(f));
    assert.deepEqual(a, b);
    assert.ok((VERDICTS as readonly string[]).includes(a.verdict));
    for (const k of ['mandatory', 'informClientFirst', 'approvalRequired'] as const) assert.equal(typeof a[k], 'boolean');
    assert.ok(['now', 'today', 'routine'].includes(a.urgency));
    assert.ok(a.rationale.length > 20);
    assert.ok(a.steps.every((s) => s.text.length > 10 && !s.text.includes('{')));
    assert.ok(!(a.steps.some((s) => s.id === 'talk-to-client-first') && a.steps.some((s) => s.id === 'do-not-tell-first')));
  }), { numRuns: RUNS });
});
