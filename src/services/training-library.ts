// The shipped training library (policies/training/*.yaml): "What would you do?" scenarios and "Ethical or
// unethical?" exercises, validated with the same care as the policy packs. All or nothing: one malformed
// file refuses the library with file:line for every problem, so a half-loaded set is never taught.
// Every scenario's facts are checked with the engine's own validation, and its answer is computed with the
// same engine and packs as practice (assessFacts), so training and practice cannot disagree.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { validateFacts } from '../domain/decision/index.js';
import { trainingFileSchema, type Exercise, type TrainingScenario } from '../domain/training/index.js';
import { defaultPoliciesRoot, PolicyLoadError, type PolicyProblem } from './policy-loader.js';

export interface TrainingLibrary {
  scenarios: (TrainingScenario & { file: string })[];
  exercises: (Exercise & { file: string })[];
}

function lineAt(doc: Document.Parsed, lines: LineCounter, path: readonly PropertyKey[]): number {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as unknown[], true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return 1;
}

/** Parses and validates one training file; returns its content or the problems with line numbers. */
export function parseTrainingFile(file: string, text = readFileSync(file, 'utf8')): { library?: TrainingLibrary; problems: PolicyProblem[] } {
  const shown = relative(process.cwd(), file) || file;
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) return { problems: doc.errors.map((e) => ({ file: shown, line: e.linePos?.[0]?.line ?? 1, message: `YAML: ${e.message.split('\n')[0]}` })) };
  const r = trainingFileSchema.safeParse(doc.toJS());
  if (!r.success) {
    return {
      problems: r.error.issues.map((i) => {
        const where = i.path.length ? i.path.join('.') : '(top level)';
        const message = i.code === 'unrecognized_keys' ? `unknown key(s) ${i.keys.join(', ')}` : i.message;
        return { file: shown, line: lineAt(doc, lines, i.path as PropertyKey[]), message: `${where}: ${message}` };
      }),
    };
  }
  const problems: PolicyProblem[] = [];
  r.data.scenarios.forEach((s, i) => {
    const v = validateFacts(s.facts);
    if (!v.ok) problems.push({ file: shown, line: lineAt(doc, lines, ['scenarios', i, 'facts', v.error.field]), message: `scenarios.${i}.facts.${v.error.field}: ${v.error.message}` });
    else {
      const f = v.facts;
      for (const [k, want] of [['profession', f.profession], ['concern', f.concern], ['jurisdiction', f.jurisdiction]] as const) {
        if (s.tags[k] !== want) problems.push({ file: shown, line: lineAt(doc, lines, ['scenarios', i, 'tags', k]), message: `scenarios.${i}.tags.${k}: "${s.tags[k]}" differs from the facts' ${k} "${want}"` });
      }
    }
  });
  return {
    library: { scenarios: r.data.scenarios.map((s) => ({ ...s, file: shown })), exercises: r.data.exercises.map((e) => ({ ...e, file: shown })) },
    problems,
  };
}

export function loadTrainingLibrary(root = defaultPoliciesRoot()): TrainingLibrary {
  const dir = join(root, 'training');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort() : [];
  const out: TrainingLibrary = { scenarios: [], exercises: [] };
  const problems: PolicyProblem[] = [];
  const ids = new Set<string>();
  for (const name of files) {
    const { library, problems: ps } = parseTrainingFile(join(dir, name));
    problems.push(...ps);
    if (!library) continue;
    for (const item of [...library.scenarios, ...library.exercises]) {
      if (ids.has(item.id)) problems.push({ file: item.file, line: 1, message: `id ${item.id} appears twice in the training library` });
      ids.add(item.id);
    }
    out.scenarios.push(...library.scenarios);
    out.exercises.push(...library.exercises);
  }
  if (problems.length) throw new PolicyLoadError(problems);
  return out;
}

let cached: TrainingLibrary | undefined;
/** The package's own training library, loaded once per process. */
export function getTrainingLibrary(): TrainingLibrary {
  cached ??= loadTrainingLibrary();
  return cached;
}
