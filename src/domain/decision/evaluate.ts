// Evaluation: facts → result (CONTRACTS.md §1 output). Pure and deterministic.
//
// Every rule whose condition holds "fires". The verdict is that of the strongest firing rule
// (VERDICT_STRENGTH, then priority, then layer order: law first). The rules that carry that verdict,
// plus the escalation rules when the verdict is to disclose (the lead is always told), plus the
// modifiers that apply to it, make up the outcome: recipients, minimum necessary and steps are
// their union; urgency the highest; approval required if any requires it; the client told first
// unless any says that would raise the risk. Law rules may exclude recipients the law does not
// allow. A disclosure needs a ground from PRACTICE B1; without one it falls back to escalation.
import { resolveRules, type CompiledRule, type ComposedPack } from './compose.js';
import { normalizeFacts, type Facts, type NormalizedFacts } from './facts.js';
import type { Citation, StepDef } from './pack-schema.js';
import { PHASES } from './pack-schema.js';
import {
  RECIPIENTS, URGENCY_RANK,
  type Ground, type Recipient, type Requester, type Urgency, type Verdict,
} from './vocabulary.js';

export interface Step { id: string; text: string }
export interface FiredRule { id: string; layer: string; verdict?: Verdict; applied: boolean }

export interface AssessmentResult {
  verdict: Verdict;
  mandatory: boolean;
  informClientFirst: boolean;
  approvalRequired: boolean;
  urgency: Urgency;
  recipients: Recipient[];
  minimumNecessary: string[];
  steps: Step[];
  citations: Citation[];
  rationale: string;
  policy: { id: string; version: string; layers: string[] };
  warnings: string[];
  /** extra (optional in the contract): the B1 ground of a disclosure, if any */
  ground?: Ground;
  /** extra: every rule that fired, and whether it shaped the result */
  rules: FiredRule[];
}

const REQUESTER_RECIPIENT: Readonly<Record<Requester | 'none', Recipient>> = {
  court: 'court', police: 'police', employer: 'named-third-party', family: 'named-third-party', insurer: 'payer',
  payer: 'payer', supervisor: 'supervisor', colleague: 'named-third-party', 'other-provider': 'other-provider',
  regulator: 'regulator', none: 'named-third-party',
};
const PHASE_RANK: Readonly<Record<string, number>> = Object.fromEntries(PHASES.map((p, i) => [p, i]));
const RECIPIENT_RANK: Readonly<Record<string, number>> = Object.fromEntries(RECIPIENTS.map((r, i) => [r, i]));

function pickDeciding(fired: readonly CompiledRule[]): CompiledRule | undefined {
  let best: CompiledRule | undefined;
  for (const r of fired) {
    if (!r.verdict) continue;
    if (!best || r.strength > best.strength || (r.strength === best.strength && r.priority > best.priority)) best = r;
  }
  return best;
}

export function assess(pack: ComposedPack, facts: Facts): AssessmentResult {
  const f = normalizeFacts(facts);
  return assessNormalized(pack, f);
}

export function assessNormalized(pack: ComposedPack, f: NormalizedFacts): AssessmentResult {
  const resolved = resolveRules(pack, f.jurisdiction, f.clientJurisdiction);
  const candidates = resolved.byConcern.get(f.concern)!;
  const fired: CompiledRule[] = [];
  for (const r of candidates) if (r.test(f)) fired.push(r);

  const warnings = [...resolved.warnings];
  let deciding = pickDeciding(fired);
  let verdict: Verdict = deciding?.verdict ?? 'maintain';

  // PRACTICE B1: never disclose without a ground. The schema requires one on every disclosing
  // rule; this guard keeps the promise even for a pack built in memory without the schema.
  if (verdict === 'disclose' && !fired.some((r) => r.verdict === 'disclose' && r.outcome.ground)) {
    verdict = 'escalate';
    deciding = pickDeciding(fired.filter((r) => r.verdict !== 'disclose'));
    warnings.push('A rule asked for disclosure without naming a ground from PRACTICE B1: escalated instead.');
  }

  // Rules that shape the result: those with the final verdict, and the modifiers that apply to it.
  // When disclosing, the escalation rules also support it: the lead is told, with their steps.
  const contributing: CompiledRule[] = [];
  const supporting: CompiledRule[] = [];
  for (const r of fired) {
    if (r.verdict) {
      if (r.verdict === verdict) contributing.push(r);
      else if (verdict === 'disclose' && r.verdict === 'escalate') supporting.push(r);
    } else if (!r.outcome.appliesTo || r.outcome.appliesTo.includes(verdict)) {
      contributing.push(r);
    }
  }
  // The deciding rule leads the explanation and the citations.
  if (deciding && contributing[0] !== deciding) {
    contributing.splice(contributing.indexOf(deciding), 1);
    contributing.unshift(deciding);
  }

  let mandatory = false;
  let personalDuty = false;
  let approvalRequired = false;
  let informClientFirst = true;
  let urgency: Urgency = 'routine';
  let ground: Ground | undefined;
  const recipients = new Set<Recipient>();
  const excluded = new Set<Recipient>();
  const minimum: string[] = [];
  const stepIds: string[] = [];
  const citations: Citation[] = [];
  const citedSources = new Set<string>();
  const explains: string[] = [];

  for (const r of fired) for (const x of r.outcome.excludeRecipients ?? []) excluded.add(x);
  for (const r of contributing) {
    const o = r.outcome;
    if (o.mandatory) mandatory = true;
    if (o.personalDuty) personalDuty = true;
    if (o.approvalRequired) approvalRequired = true;
    if (o.informClientFirst === false) informClientFirst = false;
    if (o.urgency && URGENCY_RANK[o.urgency] > URGENCY_RANK[urgency]) urgency = o.urgency;
    if (o.ground && r.verdict === verdict && (!ground || o.ground === 'legal-duty')) ground = o.ground;
    if (o.explain && !explains.includes(o.explain)) explains.push(o.explain);
    if (o.warning && !warnings.includes(o.warning)) warnings.push(o.warning);
    if (r.uncertain) {
      const w = `Uncertain (${r.citations[0]?.source ?? r.id}): ${r.uncertain}`;
      if (!warnings.includes(w)) warnings.push(w);
    }
  }
  // Supporting escalation rules add their recipients (the lead is told) but not their steps: the
  // disclosing rules carry the steps for the emergency or the duty.
  for (const r of [...contributing, ...supporting]) {
    const o = r.outcome;
    for (const x of o.recipients ?? []) recipients.add(x === 'requester' ? REQUESTER_RECIPIENT[f.requester] : x);
    if (supporting.includes(r)) continue;
    for (const s of o.steps ?? []) if (!stepIds.includes(s)) stepIds.push(s);
  }
  // Citations support the decision: the rules that carry the verdict, the law around it, then the
  // modifiers that change a flag or a recipient. A professional modifier that only adds a step
  // (e.g. "record the decision") is not a source of the decision and is not cited.
  const citeOrder = (r: CompiledRule) => (r.verdict === verdict ? 0 : r.kind === 'law' ? 1 : r.verdict ? 3 : 2);
  for (const r of [...contributing, ...supporting].sort((a, b) => citeOrder(a) - citeOrder(b))) {
    const o = r.outcome;
    const stepOnly = !r.verdict && r.kind !== 'law' && o.approvalRequired === undefined && o.informClientFirst === undefined && !o.recipients && !o.urgency;
    if (stepOnly) continue;
    for (const c of r.citations) {
      if (!citedSources.has(c.source)) { citedSources.add(c.source); citations.push(c); }
    }
  }
  // What may be shared: everything some firing rule permits for its purpose. Rules that fire at a
  // lower severity keep firing at a higher one, so this list never shrinks as the need grows and
  // never grows as the purpose narrows (tested as a property).
  for (const r of [...contributing, ...fired]) {
    if (!r.verdict) continue;
    for (const x of r.outcome.minimumNecessary ?? []) if (!minimum.includes(x)) minimum.push(x);
  }
  // A duty the law puts on the practitioner personally cannot wait for a manager's approval.
  if (mandatory && personalDuty && approvalRequired) {
    approvalRequired = false;
    if (!stepIds.includes('duty-is-yours') && resolved.steps.has('duty-is-yours')) stepIds.push('duty-is-yours');
  }
  for (const x of excluded) recipients.delete(x);
  if (verdict === 'maintain') urgency = 'routine';

  // Steps that only make sense under a flag (talk to the client first, or deliberately not; get
  // approval) are kept only when the flag holds, so the steps never contradict the result.
  const flagHolds = (when: StepDef['onlyWhen']): boolean =>
    when === undefined || (when === 'approval-required' ? approvalRequired : when === 'inform-client-first' ? informClientFirst : !informClientFirst);
  const steps: Step[] = stepIds
    .map((id, i) => ({ id, i, def: resolved.steps.get(id) }))
    .filter((s) => s.def && flagHolds(s.def.onlyWhen) && !(s.def.supersededBy && stepIds.includes(s.def.supersededBy)))
    .sort((a, b) => PHASE_RANK[a.def!.phase]! - PHASE_RANK[b.def!.phase]! || a.i - b.i)
    .map((s) => ({ id: s.id, text: s.def!.text }));

  const applied = new Set([...contributing, ...supporting]);
  const result: AssessmentResult = {
    verdict,
    mandatory,
    informClientFirst,
    approvalRequired,
    urgency,
    recipients: [...recipients].sort((a, b) => RECIPIENT_RANK[a]! - RECIPIENT_RANK[b]!),
    minimumNecessary: minimum,
    steps,
    citations,
    rationale: explains.length ? explains.join(' ') : defaultRationale(verdict),
    policy: { id: pack.id, version: pack.version, layers: [...resolved.lawLayerIds, ...pack.layerIds] },
    warnings,
    rules: fired.map((r) => ({ id: r.id, layer: r.layerId, ...(r.verdict ? { verdict: r.verdict } : {}), applied: applied.has(r) })),
  };
  if (verdict === 'disclose' && ground) result.ground = ground;
  return result;
}

function defaultRationale(v: Verdict): string {
  return v === 'maintain'
    ? 'Nothing you have told me needs to go beyond our sessions, so it stays between us.'
    : `The policy's rules point to: ${v}.`;
}
