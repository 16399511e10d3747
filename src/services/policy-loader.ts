// Loads the policy packs from policies/ (YAML), validates every file against the pack format and
// composes the named packs. All or nothing: a malformed file refuses the whole library, with
// file:line for every problem found, so a half-loaded pack can never assess anything.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import {
  compileLaw, composePack, layerSchema, packListSchema, scenarioFileSchema, PolicyError,
  type ComposedPack, type Layer, type LawRegistry, type PackDef, type Scenario,
} from '../domain/decision/index.js';

export interface PolicyProblem { file: string; line: number; message: string }

export class PolicyLoadError extends Error {
  constructor(readonly problems: readonly PolicyProblem[]) {
    super(problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n'));
    this.name = 'PolicyLoadError';
  }
}

export interface PolicyLibrary {
  readonly root: string;
  readonly layers: ReadonlyMap<string, Layer>;
  readonly law: LawRegistry;
  readonly packDefs: readonly PackDef[];
  readonly packs: ReadonlyMap<string, ComposedPack>;
  /** file and line lookup per layer id, for messages */
  readonly sources: ReadonlyMap<string, ParsedFile>;
  readonly loadMs: number;
}

interface ParsedFile { file: string; doc: Document.Parsed; lines: LineCounter; data: unknown }

/** policies/ beside src/ and dist/: both are two levels below the package root. */
export function defaultPoliciesRoot(): string {
  return fileURLToPath(new URL('../../policies/', import.meta.url));
}

function parseYaml(file: string, root: string): { parsed?: ParsedFile; problems: PolicyProblem[] } {
  const shown = relative(process.cwd(), file) || file;
  const text = readFileSync(file, 'utf8');
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  void root;
  const problems: PolicyProblem[] = [...doc.errors, ...doc.warnings.filter((w) => w.code !== 'TAG_RESOLVE_FAILED')].map((e) => ({
    file: shown, line: e.linePos?.[0]?.line ?? lines.linePos(e.pos[0]).line, message: `YAML: ${e.message.split('\n')[0]}`,
  }));
  if (problems.length) return { problems };
  return { parsed: { file: shown, doc, lines, data: doc.toJS({ maxAliasCount: 100 }) }, problems: [] };
}

/** The line of the node at `path` (or of its nearest existing parent). */
export function lineOf(p: ParsedFile, path: readonly PropertyKey[]): number {
  for (let n = path.length; n >= 0; n--) {
    const node = p.doc.getIn(path.slice(0, n) as unknown[], true);
    if (isNode(node) && node.range) return p.lines.linePos(node.range[0]).line;
  }
  return 1;
}

function zodProblems(p: ParsedFile, issues: readonly z.core.$ZodIssue[]): PolicyProblem[] {
  return issues.map((i) => {
    const where = i.path.length ? i.path.join('.') : '(top level)';
    let message = i.message;
    if (i.code === 'unrecognized_keys') message = `unknown key(s) ${i.keys.join(', ')}`;
    if (i.code === 'invalid_union') message = `${where}: not one of the allowed forms (a value, a list, {not: ...}, {atLeast: ...} or {atMost: ...}) with allowed values`;
    return { file: p.file, line: lineOf(p, i.path as PropertyKey[]), message: `${where}: ${message}` };
  });
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.yaml') || f.endsWith('.yml')).sort().map((f) => join(dir, f));
}

export function parseLayerFile(file: string, root = defaultPoliciesRoot()): { layer?: Layer; parsed?: ParsedFile; problems: PolicyProblem[] } {
  const { parsed, problems } = parseYaml(file, root);
  if (!parsed) return { problems };
  const r = layerSchema.safeParse(parsed.data);
  if (!r.success) return { parsed, problems: zodProblems(parsed, r.error.issues) };
  return { layer: r.data, parsed, problems: [] };
}

function policyErrorProblem(e: PolicyError, sources: ReadonlyMap<string, ParsedFile>, fallbackFile: string): PolicyProblem {
  const src = e.layerId ? sources.get(e.layerId) : undefined;
  return src ? { file: src.file, line: lineOf(src, e.path), message: e.message } : { file: fallbackFile, line: 1, message: e.message };
}

/** Loads and composes every layer and pack under `root`. Throws PolicyLoadError listing all problems. */
export function loadPolicyLibrary(root = defaultPoliciesRoot()): PolicyLibrary {
  const started = performance.now();
  const problems: PolicyProblem[] = [];
  const layers = new Map<string, Layer>();
  const sources = new Map<string, ParsedFile>();
  for (const kind of ['law', 'profession', 'organisation']) {
    for (const file of yamlFiles(join(root, kind))) {
      const { layer, parsed, problems: ps } = parseLayerFile(file, root);
      problems.push(...ps);
      if (!layer || !parsed) continue;
      const expectedId = `${kind}/${file.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/, '')}`;
      if (layer.id !== expectedId) problems.push({ file: parsed.file, line: lineOf(parsed, ['id']), message: `id is "${layer.id}" but the file's place says "${expectedId}"` });
      else if (layers.has(layer.id)) problems.push({ file: parsed.file, line: 1, message: `layer ${layer.id} defined twice` });
      layers.set(layer.id, layer);
      sources.set(layer.id, parsed);
    }
  }
  const packsFile = join(root, 'packs.yaml');
  let packDefs: PackDef[] = [];
  if (!existsSync(packsFile)) problems.push({ file: packsFile, line: 1, message: 'packs.yaml is missing' });
  else {
    const { parsed, problems: ps } = parseYaml(packsFile, root);
    problems.push(...ps);
    if (parsed) {
      const r = packListSchema.safeParse(parsed.data);
      if (!r.success) problems.push(...zodProblems(parsed, r.error.issues));
      else {
        packDefs = r.data.packs;
        const ids = new Set<string>();
        packDefs.forEach((d, i) => {
          if (ids.has(d.id)) problems.push({ file: parsed.file, line: lineOf(parsed, ['packs', i, 'id']), message: `pack ${d.id} is listed twice` });
          ids.add(d.id);
        });
        sources.set('(packs)', parsed);
      }
    }
  }
  if (problems.length) throw new PolicyLoadError(problems);

  let law: LawRegistry;
  try {
    law = compileLaw(layers);
  } catch (e) {
    if (e instanceof PolicyError) throw new PolicyLoadError([policyErrorProblem(e, sources, join(root, 'law'))]);
    throw e;
  }
  const packs = new Map<string, ComposedPack>();
  packDefs.forEach((def, i) => {
    try {
      packs.set(def.id, composePack(def, layers, law));
    } catch (e) {
      if (!(e instanceof PolicyError)) throw e;
      const p = policyErrorProblem(e, sources, packsFile);
      if (!e.layerId) p.line = lineOf(sources.get('(packs)')!, ['packs', i]);
      problems.push({ ...p, message: `${p.message} (composing pack ${def.id})` });
    }
  });
  if (problems.length) throw new PolicyLoadError(problems);
  return { root, layers, law, packDefs, packs, sources, loadMs: performance.now() - started };
}

let cached: PolicyLibrary | undefined;
/** The library under the package's own policies/, loaded once per process. */
export function getPolicyLibrary(): PolicyLibrary {
  cached ??= loadPolicyLibrary();
  return cached;
}

export interface ScenarioFile { pack: string; file: string; scenarios: Scenario[] }

export function loadScenarioFile(file: string): ScenarioFile {
  const { parsed, problems } = parseYaml(file, '');
  if (!parsed) throw new PolicyLoadError(problems);
  const r = scenarioFileSchema.safeParse(parsed.data);
  if (!r.success) throw new PolicyLoadError(zodProblems(parsed, r.error.issues));
  const ids = new Set<string>();
  r.data.scenarios.forEach((s, i) => {
    if (ids.has(s.id)) problems.push({ file: parsed.file, line: lineOf(parsed, ['scenarios', i, 'id']), message: `scenario id ${s.id} appears twice` });
    ids.add(s.id);
  });
  if (problems.length) throw new PolicyLoadError(problems);
  return { pack: r.data.pack, file: parsed.file, scenarios: r.data.scenarios };
}

/** Every scenario file under policies/scenarios/, keyed by pack id. */
export function loadAllScenarios(root = defaultPoliciesRoot()): ScenarioFile[] {
  return yamlFiles(join(root, 'scenarios')).map(loadScenarioFile);
}

/** Lints one file: a layer, packs.yaml or a scenario file. A layer is also composed with the rest of the library. */
export function lintPolicyFile(file: string, root = defaultPoliciesRoot()): PolicyProblem[] {
  const abs = resolve(file);
  if (!existsSync(abs) || !statSync(abs).isFile()) return [{ file, line: 1, message: 'no such file' }];
  try {
    if (abs.includes(`${join('policies', 'scenarios')}`) || /scenarios?[\\/][^\\/]+$/.test(abs) || readFileSync(abs, 'utf8').match(/^scenarios:/m)) {
      loadScenarioFile(abs);
      return [];
    }
    if (abs === resolve(root, 'packs.yaml') || readFileSync(abs, 'utf8').match(/^packs:/m)) {
      const { parsed, problems } = parseYaml(abs, root);
      if (!parsed) return problems;
      const r = packListSchema.safeParse(parsed.data);
      return r.success ? [] : zodProblems(parsed, r.error.issues);
    }
    const { layer, parsed, problems } = parseLayerFile(abs, root);
    if (!layer || !parsed) return problems;
    // Compose it with the library as it stands, so references (extends, principles, steps) are checked.
    const lib = loadPolicyLibrary(root);
    const layers = new Map(lib.layers);
    layers.set(layer.id, layer);
    const sources = new Map(lib.sources);
    sources.set(layer.id, parsed);
    try {
      const law = compileLaw(layers);
      const defs = lib.packDefs.filter((d) => layer.kind === 'law' || d.layers.some((l) => l === layer.id || layers.get(l)?.extends?.includes(layer.id)));
      for (const d of defs.length ? defs : [{ id: 'lint-probe', title: 'lint', region: '*' as const, profession: 'iag' as const, version: '0', layers: layer.kind === 'law' ? ['profession/iag'] : [layer.id, ...(layer.kind === 'organisation' ? ['profession/iag'] : [])] }]) {
        composePack(d, layers, law);
      }
    } catch (e) {
      if (e instanceof PolicyError) return [policyErrorProblem(e, sources, abs)];
      throw e;
    }
    return [];
  } catch (e) {
    if (e instanceof PolicyLoadError) return [...e.problems];
    throw e;
  }
}
