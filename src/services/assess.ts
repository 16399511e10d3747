// The assessment use-case for the CLI and the HTTP layer: validate the facts, choose the pack
// (named, or composed from jurisdiction and profession), assess. Errors are values.
import {
  assess, checkScenario, validateFacts,
  type AssessmentResult, type ComposedPack, type Facts, type FactsError, type Layer, type Scenario, type ScenarioCheck,
} from '../domain/decision/index.js';
import { getPolicyLibrary, loadAllScenarios, type PolicyLibrary } from './policy-loader.js';
import { packWithOrganisation } from './policy-organisation.js';

export type AssessOutcome =
  | { ok: true; result: AssessmentResult & { id?: string } }
  | { ok: false; kind: 'invalid-facts'; error: FactsError }
  | { ok: false; kind: 'unknown-policy'; error: FactsError };

export interface AssessOptions {
  policy?: string;
  library?: PolicyLibrary;
  /** the organisation's own procedure, validated with validateOrganisationLayer; replaces the pack's default */
  organisation?: Layer;
}

/** The pack a set of facts uses when none is named: gb-*, us-*, au-* by country, intl-* elsewhere. */
export function packIdFor(jurisdiction: string, profession: string): string {
  const country = jurisdiction.slice(0, 2).toUpperCase();
  const region = country === 'GB' || country === 'US' || country === 'AU' ? country.toLowerCase() : 'intl';
  return `${region}-${profession}`;
}

export function findPack(id: string, library = getPolicyLibrary()): ComposedPack | undefined {
  return library.packs.get(id);
}

export function unknownPolicyError(id: string, library = getPolicyLibrary()): FactsError {
  const known = [...library.packs.keys()].sort();
  return { field: 'policy', message: `unknown policy pack "${id}"; known packs: ${known.join(', ')}`, allowed: known };
}

/** Assesses one facts object. Never throws for bad input: returns a structured error instead. */
export function assessFacts(input: unknown, opts: AssessOptions = {}): AssessOutcome {
  const library = opts.library ?? getPolicyLibrary();
  let named: ComposedPack | undefined;
  if (opts.policy !== undefined) {
    named = library.packs.get(opts.policy);
    if (!named) return { ok: false, kind: 'unknown-policy', error: unknownPolicyError(opts.policy, library) };
  }
  const v = validateFacts(input);
  if (!v.ok) return { ok: false, kind: 'invalid-facts', error: v.error };
  const facts: Facts = v.facts;
  let pack = named ?? library.packs.get(packIdFor(facts.jurisdiction, facts.profession));
  if (pack && opts.organisation) pack = packWithOrganisation(pack.id, opts.organisation, library);
  if (!pack) {
    // Every profession has a pack in every region (a library test asserts it); this is a broken install.
    return { ok: false, kind: 'unknown-policy', error: unknownPolicyError(packIdFor(facts.jurisdiction, facts.profession), library) };
  }
  const result: AssessmentResult & { id?: string } = assess(pack, facts);
  if (named && facts.profession !== pack.profession) {
    result.warnings.push(`Pack ${pack.id} is for ${pack.profession}, but the facts say ${facts.profession}: the pack's professional code was applied.`);
  }
  const id = (input as { id?: unknown }).id;
  if (typeof id === 'string') result.id = id;
  return { ok: true, result };
}

export interface PackSummary { id: string; title: string; version: string; region: string; profession: string; layers: string[]; scenarios: number }

export function listPacks(library = getPolicyLibrary()): PackSummary[] {
  const counts = new Map(loadAllScenarios(library.root).map((f) => [f.pack, f.scenarios.length]));
  return [...library.packs.values()].map((p) => ({
    id: p.id, title: p.title, version: p.version, region: p.region, profession: p.profession,
    layers: [...p.layerIds], scenarios: counts.get(p.id) ?? 0,
  }));
}

export interface PackScenario extends Scenario { pack: string; file: string }

/** Scenarios with narrative, facts and expected outcome, e.g. for training (PRACTICE L1). */
export function listScenarios(packId?: string, library = getPolicyLibrary()): PackScenario[] {
  return loadAllScenarios(library.root)
    .filter((f) => !packId || f.pack === packId)
    .flatMap((f) => f.scenarios.map((s) => ({ ...s, pack: f.pack, file: f.file })));
}

export interface ScenarioRun { pack: string; id: string; title: string; check: ScenarioCheck; result?: AssessmentResult; error?: FactsError }

/** Runs the scenarios of one pack (or all): what `confidant policy test` reports. */
export function runScenarios(packId?: string, library = getPolicyLibrary()): ScenarioRun[] {
  return listScenarios(packId, library).map((s) => {
    const out = assessFacts(s.facts, { policy: s.pack, library });
    if (!out.ok) return { pack: s.pack, id: s.id, title: s.title, error: out.error, check: { ok: false, serious: false, problems: [`facts rejected: ${out.error.field}: ${out.error.message}`] } };
    return { pack: s.pack, id: s.id, title: s.title, result: out.result, check: checkScenario(out.result, s.expect) };
  });
}

