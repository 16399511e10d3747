// Loads the policy packs from policies/ (YAML), validates every file against the pack format and
// composes the named packs. All or nothing: a malformed file refuses the whole library, with
// file:line for every problem found, so a half-loaded pack can never assess anything.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, existsSync, statSync, mkdirSync, writeFileSync, renameSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { Document, LineCounter } from 'yaml';

// The YAML parser is loaded only when YAML must actually be parsed: a load from the snapshot
// cache (the common case) never needs it, which keeps `confidant assess` quick to start.
type YamlModule = typeof import('yaml');
let yamlModule: YamlModule | undefined;
const yaml = (): YamlModule => (yamlModule ??= createRequire(import.meta.url)('yaml') as YamlModule);
import type { z } from 'zod';
import {
  compileLaw, composePack, layerSchema, packListSchema, resolveRules, scenarioFileSchema, PolicyError,
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
  /** true when the validated layers came from the snapshot cache (see loadPolicyLibrary) */
  readonly fromCache: boolean;
}

interface ParsedFile { file: string; doc: Document.Parsed; lines: LineCounter; data: unknown }

/** policies/ beside src/ and dist/: both are two levels below the package root. */
export function defaultPoliciesRoot(): string {
  return fileURLToPath(new URL('../../policies/', import.meta.url));
}

function parseYaml(file: string, text = readFileSync(file, 'utf8')): { parsed?: ParsedFile; problems: PolicyProblem[] } {
  const shown = relative(process.cwd(), file) || file;
  const lines = new (yaml().LineCounter)();
  const doc = yaml().parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
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
    if (yaml().isNode(node) && node.range) return p.lines.linePos(node.range[0]).line;
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

export function parseLayerFile(file: string, text?: string): { layer?: Layer; parsed?: ParsedFile; problems: PolicyProblem[] } {
  const { parsed, problems } = parseYaml(file, text);
  if (!parsed) return { problems };
  const r = layerSchema.safeParse(parsed.data);
  if (!r.success) return { parsed, problems: zodProblems(parsed, r.error.issues) };
  return { layer: r.data, parsed, problems: [] };
}

function policyErrorProblem(e: PolicyError, sources: ReadonlyMap<string, ParsedFile>, fallbackFile: string): PolicyProblem {
  const src = e.layerId ? sources.get(e.layerId) : undefined;
  return src ? { file: src.file, line: lineOf(src, e.path), message: e.message } : { file: fallbackFile, line: 1, message: e.message };
}

interface SourceFiles { layerFiles: { kind: string; file: string; text: string }[]; packsFile: string; packsText?: string; digest: string }

function readSources(root: string): SourceFiles {
  const hash = createHash('sha256');
  const layerFiles: SourceFiles['layerFiles'] = [];
  for (const kind of ['law', 'profession', 'organisation']) {
    for (const file of yamlFiles(join(root, kind))) {
      const text = readFileSync(file, 'utf8');
      layerFiles.push({ kind, file, text });
      hash.update(`${kind}/${file.replace(/^.*[\\/]/, '')}\0${text}\0`);
    }
  }
  const packsFile = join(root, 'packs.yaml');
  const packsText = existsSync(packsFile) ? readFileSync(packsFile, 'utf8') : undefined;
  hash.update(`packs\0${packsText ?? ''}\0${schemaFingerprint()}`);
  return { layerFiles, packsFile, packsText, digest: hash.digest('hex').slice(0, 24) };
}

/** Changes whenever the pack format's code changes, so a snapshot never outlives its schema. */
let fingerprint: string | undefined;
function schemaFingerprint(): string {
  if (fingerprint === undefined) {
    const here = fileURLToPath(new URL('../domain/decision/', import.meta.url));
    const h = createHash('sha256');
    for (const name of ['pack-schema.js', 'pack-schema.ts', 'vocabulary.js', 'vocabulary.ts']) {
      const f = join(here, name);
      if (existsSync(f)) h.update(readFileSync(f));
    }
    fingerprint = h.digest('hex');
  }
  return fingerprint;
}

/**
 * The snapshot cache: parsing ~150 KB of YAML costs far more than composing the packs, so the
 * validated layers are kept as JSON under node_modules/.cache/confidant, keyed by a hash of every
 * policy file and of the pack format's code. Any edit to a pack gives a new key, so a stale
 * snapshot is never used; a snapshot is written only after a load that succeeded in full.
 * Only the package's own policies/ are cached (CONFIDANT_POLICY_CACHE=off disables it).
 */
function cacheFile(root: string, digest: string): string | undefined {
  if (process.env.CONFIDANT_POLICY_CACHE === 'off' || resolve(root) !== resolve(defaultPoliciesRoot())) return undefined;
  return join(root, '..', 'node_modules', '.cache', 'confidant', `policies-${digest}.json`);
}

interface Snapshot { layers: Layer[]; packDefs: PackDef[] }

function readSnapshot(file: string | undefined): Snapshot | undefined {
  if (!file || !existsSync(file)) return undefined;
  try {
    const s = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
    return Array.isArray(s.layers) && Array.isArray(s.packDefs) ? s : undefined;
  } catch {
    return undefined;
  }
}

function writeSnapshot(file: string | undefined, snapshot: Snapshot): void {
  if (!file) return;
  try {
    mkdirSync(join(file, '..'), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(snapshot));
    renameSync(tmp, file);
  } catch {
    // A cache that cannot be written only costs speed.
  }
}

function composeAll(root: string, layers: Map<string, Layer>, packDefs: PackDef[], sources: ReadonlyMap<string, ParsedFile>, packsFile: string): { law: LawRegistry; packs: Map<string, ComposedPack> } {
  let law: LawRegistry;
  try {
    law = compileLaw(layers);
  } catch (e) {
    if (e instanceof PolicyError) throw new PolicyLoadError([policyErrorProblem(e, sources, join(root, 'law'))]);
    throw e;
  }
  const problems: PolicyProblem[] = [];
  const packs = new Map<string, ComposedPack>();
  packDefs.forEach((def, i) => {
    try {
      packs.set(def.id, composePack(def, layers, law));
    } catch (e) {
      if (!(e instanceof PolicyError)) throw e;
      const p = policyErrorProblem(e, sources, packsFile);
      const packsSrc = sources.get('(packs)');
      if (!e.layerId && packsSrc) p.line = lineOf(packsSrc, ['packs', i]);
      problems.push({ ...p, message: `${p.message} (composing pack ${def.id})` });
    }
  });
  if (problems.length) throw new PolicyLoadError(problems);
  return { law, packs };
}

/** Loads and composes every layer and pack under `root`. Throws PolicyLoadError listing all problems. */
export function loadPolicyLibrary(root = defaultPoliciesRoot()): PolicyLibrary {
  const started = performance.now();
  const src = readSources(root);
  const snapshotFile = cacheFile(root, src.digest);
  const snapshot = readSnapshot(snapshotFile);
  if (snapshot) {
    try {
      const layers = new Map(snapshot.layers.map((l) => [l.id, l]));
      const { law, packs } = composeAll(root, layers, snapshot.packDefs, new Map(), src.packsFile);
      return { root, layers, law, packDefs: snapshot.packDefs, packs, sources: new Map(), loadMs: performance.now() - started, fromCache: true };
    } catch {
      // Fall through to a full load, which reports problems with file and line.
    }
  }

  const problems: PolicyProblem[] = [];
  const layers = new Map<string, Layer>();
  const sources = new Map<string, ParsedFile>();
  for (const { kind, file, text } of src.layerFiles) {
    const { layer, parsed, problems: ps } = parseLayerFile(file, text);
    problems.push(...ps);
    if (!layer || !parsed) continue;
    const expectedId = `${kind}/${file.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/, '')}`;
    if (layer.id !== expectedId) problems.push({ file: parsed.file, line: lineOf(parsed, ['id']), message: `id is "${layer.id}" but the file's place says "${expectedId}"` });
    else if (layers.has(layer.id)) problems.push({ file: parsed.file, line: 1, message: `layer ${layer.id} defined twice` });
    layers.set(layer.id, layer);
    sources.set(layer.id, parsed);
  }
  let packDefs: PackDef[] = [];
  if (src.packsText === undefined) problems.push({ file: src.packsFile, line: 1, message: 'packs.yaml is missing' });
  else {
    const { parsed, problems: ps } = parseYaml(src.packsFile, src.packsText);
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
  const { law, packs } = composeAll(root, layers, packDefs, sources, src.packsFile);
  writeSnapshot(snapshotFile, { layers: [...layers.values()], packDefs });
  return { root, layers, law, packDefs, packs, sources, loadMs: performance.now() - started, fromCache: false };
}

let cached: PolicyLibrary | undefined;
/** The library under the package's own policies/, loaded once per process. */
export function getPolicyLibrary(): PolicyLibrary {
  cached ??= loadPolicyLibrary();
  return cached;
}

export interface ScenarioFile { pack: string; file: string; scenarios: Scenario[] }

export function loadScenarioFile(file: string): ScenarioFile {
  const { parsed, problems } = parseYaml(file);
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

/** Lints one file: a layer, packs.yaml or a scenario file (told apart by their top-level keys). A layer is also composed with the rest of the library, so its references (extends, principles, steps) are checked. */
export function lintPolicyFile(file: string, root = defaultPoliciesRoot()): PolicyProblem[] {
  const abs = resolve(file);
  if (!existsSync(abs) || !statSync(abs).isFile()) return [{ file, line: 1, message: 'no such file' }];
  const { parsed, problems } = parseYaml(abs);
  if (!parsed) return problems;
  const top = parsed.data && typeof parsed.data === 'object' ? parsed.data as Record<string, unknown> : {};
  try {
    if ('scenarios' in top) {
      loadScenarioFile(abs);
      return [];
    }
    if ('packs' in top) {
      const r = packListSchema.safeParse(parsed.data);
      return r.success ? [] : zodProblems(parsed, r.error.issues);
    }
    const r = layerSchema.safeParse(parsed.data);
    if (!r.success) return zodProblems(parsed, r.error.issues);
    const layer = r.data;
    const lib = loadPolicyLibrary(root);
    const layers = new Map(lib.layers);
    layers.set(layer.id, layer);
    const sources = new Map(lib.sources);
    sources.set(layer.id, parsed);
    try {
      const law = compileLaw(layers);
      const uses = (d: PackDef) => d.layers.some((l) => l === layer.id || layers.get(l)?.extends?.includes(layer.id));
      const defs = layer.kind === 'law' ? lib.packDefs.slice(0, 1) : lib.packDefs.filter(uses);
      const probe: PackDef = { id: 'lint-probe', title: 'lint probe', region: '*', profession: 'iag', version: '0', layers: layer.kind === 'profession' ? [layer.id] : ['profession/iag', layer.id] };
      for (const d of defs.length ? defs : [probe]) {
        const pack = composePack(d, layers, law);
        if (layer.kind === 'law' && layer.jurisdiction && layer.jurisdiction !== '*') resolveRules(pack, layer.jurisdiction, layer.jurisdiction);
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
