// Composition: law layers (chosen by the facts' jurisdictions) + profession layers + the
// organisation's layer, merged stricter-only. Lower layers can add rules, raise a response, add
// recipients, require approval or forbid telling the client first; they can never redefine a legal
// rule or its steps, claim or remove a legal duty (the schema refuses that), and the merge
// operators (strongest verdict, union, max, or) make a weakening rule ineffective by construction.
import { compileCondition, concernsOf, type Predicate } from './conditions.js';
import type { Citation, Layer, Outcome, PackDef, StepDef } from './pack-schema.js';
import { CONCERNS, VERDICT_STRENGTH, type Concern, type LayerKind, type Verdict } from './vocabulary.js';

export class PolicyError extends Error {
  constructor(message: string, readonly layerId?: string, readonly path: readonly (string | number)[] = []) {
    super(message);
    this.name = 'PolicyError';
  }
}

export interface CompiledRule {
  readonly id: string;
  readonly layerId: string;
  readonly kind: LayerKind;
  readonly summary: string;
  readonly test: Predicate;
  readonly concerns: readonly string[] | undefined;
  readonly verdict: Verdict | undefined;
  readonly strength: number;
  readonly priority: number;
  readonly outcome: Outcome;
  readonly citations: readonly Citation[];
  readonly uncertain: string | undefined;
  readonly reviewed: string | undefined;
}

export interface LawRegistry {
  readonly layers: ReadonlyMap<string, Layer>;
  readonly byJurisdiction: ReadonlyMap<string, Layer>;
  readonly fallback: Layer;
  readonly rules: ReadonlyMap<string, readonly CompiledRule[]>;
  readonly ruleIds: ReadonlySet<string>;
  readonly stepOwners: ReadonlyMap<string, string>;
}

export interface ResolvedRules {
  readonly byConcern: ReadonlyMap<Concern, readonly CompiledRule[]>;
  readonly warnings: readonly string[];
  readonly steps: ReadonlyMap<string, StepDef>;
  readonly lawLayerIds: readonly string[];
}

export interface ComposedPack {
  readonly id: string;
  readonly title: string;
  readonly version: string;
  readonly region: string;
  readonly profession: string;
  readonly layerIds: readonly string[];
  readonly rules: readonly CompiledRule[];
  readonly steps: ReadonlyMap<string, StepDef>;
  readonly law: LawRegistry;
  /** memo of law resolution per jurisdiction pair: deterministic, only saves work */
  readonly resolved: Map<string, ResolvedRules>;
}

function expandChain(id: string, layers: ReadonlyMap<string, Layer>, seen: string[] = [], out: Layer[] = []): Layer[] {
  if (seen.includes(id)) throw new PolicyError(`layers extend each other in a cycle: ${[...seen, id].join(' → ')}`, id);
  const layer = layers.get(id);
  if (!layer) throw new PolicyError(`unknown layer "${id}"${seen.length ? ` (extended by ${seen[seen.length - 1]})` : ''}; known: ${[...layers.keys()].sort().join(', ')}`, seen[seen.length - 1]);
  for (const parent of layer.extends ?? []) expandChain(parent, layers, [...seen, id], out);
  if (!out.includes(layer)) out.push(layer);
  return out;
}

function compileRules(layer: Layer, principles: Readonly<Record<string, Citation>>): CompiledRule[] {
  return layer.rules.map((r, i) => {
    const citations: Citation[] = [];
    if (r.citation) citations.push(r.citation);
    for (const p of r.cites ?? []) {
      const c = principles[p];
      if (!c) throw new PolicyError(`rule ${r.id} cites the principle "${p}", which no layer of this composition defines (known: ${Object.keys(principles).sort().join(', ')})`, layer.id, ['rules', i, 'cites']);
      citations.push(c);
    }
    const verdict = r.then.verdict;
    return {
      id: r.id,
      layerId: layer.id,
      kind: layer.kind,
      summary: r.summary,
      test: compileCondition(r.when),
      concerns: concernsOf(r.when),
      verdict,
      strength: verdict ? VERDICT_STRENGTH[verdict] : -1,
      priority: r.then.priority ?? 50,
      outcome: r.then,
      citations,
      uncertain: r.uncertain,
      reviewed: r.reviewed,
    };
  });
}

/** Compiles every law layer once; shared by all packs. */
export function compileLaw(all: ReadonlyMap<string, Layer>): LawRegistry {
  const layers = new Map([...all].filter(([, l]) => l.kind === 'law'));
  const byJurisdiction = new Map<string, Layer>();
  let fallback: Layer | undefined;
  const rules = new Map<string, CompiledRule[]>();
  const ruleIds = new Set<string>();
  const stepOwners = new Map<string, string>();
  for (const layer of layers.values()) {
    if (layer.jurisdiction === '*') {
      if (fallback) throw new PolicyError(`two cautious default law layers: ${fallback.id} and ${layer.id}`, layer.id, ['jurisdiction']);
      fallback = layer;
    } else if (layer.jurisdiction) {
      const other = byJurisdiction.get(layer.jurisdiction);
      if (other) throw new PolicyError(`two law layers for ${layer.jurisdiction}: ${other.id} and ${layer.id}`, layer.id, ['jurisdiction']);
      byJurisdiction.set(layer.jurisdiction, layer);
    }
    for (const parent of layer.extends ?? []) {
      const p = all.get(parent);
      if (!p || p.kind !== 'law') throw new PolicyError(`law layer ${layer.id} extends "${parent}", which is not a law layer`, layer.id, ['extends']);
    }
    layer.rules.forEach((r, i) => {
      if (ruleIds.has(r.id)) throw new PolicyError(`rule id ${r.id} is defined twice`, layer.id, ['rules', i, 'id']);
      ruleIds.add(r.id);
    });
    for (const s of Object.keys(layer.steps ?? {})) {
      const owner = stepOwners.get(s);
      if (owner) throw new PolicyError(`step ${s} is defined by two law layers (${owner}, ${layer.id})`, layer.id, ['steps', s]);
      stepOwners.set(s, layer.id);
    }
    rules.set(layer.id, compileRules(layer, {}));
  }
  if (!fallback) throw new PolicyError('no cautious default law layer (jurisdiction: "*")');
  for (const layer of layers.values()) expandChain(layer.id, layers);
  return { layers, byJurisdiction, fallback, rules, ruleIds, stepOwners };
}

/** Composes a named pack: its profession and organisation layers over the shared law registry. */
export function composePack(def: PackDef, all: ReadonlyMap<string, Layer>, law: LawRegistry): ComposedPack {
  const chain: Layer[] = [];
  for (const id of def.layers) {
    for (const l of expandChain(id, all)) if (!chain.includes(l)) chain.push(l);
  }
  for (const l of chain) {
    if (l.kind === 'law') throw new PolicyError(`pack ${def.id} lists the law layer ${l.id}: law layers are chosen from the facts' jurisdiction, not by a pack`, l.id);
  }
  if (!chain.some((l) => l.kind === 'profession')) throw new PolicyError(`pack ${def.id} has no profession layer`);
  // Profession layers before organisation layers, whatever order the pack lists them in.
  chain.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'profession' ? -1 : 1));

  const principles: Record<string, Citation> = {};
  const steps = new Map<string, StepDef>();
  for (const l of chain) {
    Object.assign(principles, l.principles ?? {});
    for (const [id, s] of Object.entries(l.steps ?? {})) {
      if (law.stepOwners.has(id)) throw new PolicyError(`step ${id} belongs to the law layer ${law.stepOwners.get(id)}; a ${l.kind} layer cannot rewrite it`, l.id, ['steps', id]);
      steps.set(id, s);
    }
  }
  const seen = new Set<string>();
  const rules: CompiledRule[] = [];
  for (const l of chain) {
    l.rules.forEach((r, i) => {
      if (law.ruleIds.has(r.id)) throw new PolicyError(`rule ${r.id} redefines a legal rule: a ${l.kind} layer may add rules, never replace or switch off the law's`, l.id, ['rules', i, 'id']);
      if (seen.has(r.id)) throw new PolicyError(`rule id ${r.id} is defined twice in pack ${def.id}`, l.id, ['rules', i, 'id']);
      seen.add(r.id);
    });
    rules.push(...compileRules(l, principles));
  }
  // Every step a rule names must exist somewhere it can be found.
  const lawSteps = new Set(law.stepOwners.keys());
  for (const r of [...rules, ...[...law.rules.values()].flat()]) {
    for (const s of r.outcome.steps ?? []) {
      if (!steps.has(s) && !lawSteps.has(s)) {
        const layer = all.get(r.layerId)!;
        const i = layer.rules.findIndex((x) => x.id === r.id);
        throw new PolicyError(`rule ${r.id} names the step "${s}", which no layer defines`, r.layerId, ['rules', i, 'then', 'steps']);
      }
    }
  }
  for (const l of [...chain, ...law.layers.values()]) {
    for (const [id, st] of Object.entries(l.steps ?? {})) {
      if (st.supersededBy && !steps.has(st.supersededBy) && !lawSteps.has(st.supersededBy)) {
        throw new PolicyError(`step ${id} is superseded by "${st.supersededBy}", which no layer defines`, l.id, ['steps', id, 'supersededBy']);
      }
    }
  }
  return {
    id: def.id, title: def.title, version: def.version, region: def.region, profession: def.profession,
    layerIds: chain.map((l) => l.id), rules, steps, law, resolved: new Map(),
  };
}

function lawChainFor(code: string, law: LawRegistry): { chain: Layer[]; warnings: string[] } {
  const exact = law.byJurisdiction.get(code);
  if (exact) {
    return { chain: expandChain(exact.id, law.layers), warnings: exact.partial ? [exact.partial.replaceAll('{code}', code)] : [] };
  }
  const country = law.byJurisdiction.get(code.slice(0, 2));
  if (country) {
    return {
      chain: expandChain(country.id, law.layers),
      warnings: [`No law layer for ${code}: the ${country.jurisdiction} layer (${country.title}) was used. Laws of ${code} itself (e.g. mandatory reporting, duty to warn) were not applied: check them.`],
    };
  }
  return {
    chain: expandChain(law.fallback.id, law.layers),
    warnings: [`No law layer for ${code}: a cautious default was used. Local law may require or forbid a disclosure: check it, or ask the relevant authority anonymously.`],
  };
}

/** The rules, steps and warnings that apply for a practitioner's (and client's) jurisdiction. */
export function resolveRules(pack: ComposedPack, jurisdiction: string, clientJurisdiction: string): ResolvedRules {
  const key = jurisdiction + '|' + clientJurisdiction;
  const hit = pack.resolved.get(key);
  if (hit) return hit;
  const own = lawChainFor(jurisdiction, pack.law);
  const chain = [...own.chain];
  const warnings = [...own.warnings];
  if (clientJurisdiction !== jurisdiction) {
    const theirs = lawChainFor(clientJurisdiction, pack.law);
    for (const l of theirs.chain) if (!chain.includes(l)) chain.push(l);
    warnings.push(...theirs.warnings.map((w) => `(client's jurisdiction) ${w}`));
    warnings.push(`The client is in ${clientJurisdiction} and you are in ${jurisdiction}: the law of both places was applied, and the stricter outcome kept.`);
  }
  if (pack.region !== '*' && jurisdiction.slice(0, 2) !== pack.region) {
    warnings.push(`Pack ${pack.id} is written for ${pack.region}, but the jurisdiction is ${jurisdiction}: its professional rules were applied with the law of ${jurisdiction}.`);
  }
  const emergency = [...own.chain].reverse().find((l) => l.emergencyNumber)?.emergencyNumber ?? 'the local emergency number';
  const steps = new Map<string, StepDef>();
  for (const l of chain) for (const [id, s] of Object.entries(l.steps ?? {})) steps.set(id, s);
  for (const [id, s] of pack.steps) steps.set(id, s);
  for (const [id, s] of steps) if (s.text.includes('{emergency}')) steps.set(id, { ...s, text: s.text.replaceAll('{emergency}', emergency) });

  const all = [...chain.flatMap((l) => pack.law.rules.get(l.id) ?? []), ...pack.rules];
  const byConcern = new Map<Concern, CompiledRule[]>();
  for (const c of CONCERNS) byConcern.set(c, all.filter((r) => !r.concerns || r.concerns.includes(c)));
  const resolved: ResolvedRules = { byConcern, warnings, steps, lawLayerIds: chain.map((l) => l.id) };
  // Bounded: a server fed many distinct jurisdiction pairs must not grow without limit.
  if (pack.resolved.size >= 512) pack.resolved.clear();
  pack.resolved.set(key, resolved);
  return resolved;
}
