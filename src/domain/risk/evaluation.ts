// Precision and recall of the engine on a labelled set, per category, at sentence level: a category is
// a true positive when the sentence is labelled with it and the engine prompts about it. Pure; used by
// the evaluation test and the benchmark.
import type { Evidence, RiskCategory, RiskFinding } from './types.js';
import { RISK_CATEGORIES } from './types.js';

export interface LabelledSentence {
  readonly id: string;
  readonly text: string;
  readonly expected: readonly { readonly category: RiskCategory; readonly evidence?: Evidence }[];
}

export interface CategoryScore { readonly tp: number; readonly fp: number; readonly fn: number; readonly precision: number; readonly recall: number }

export interface EvaluationResult {
  readonly sentences: number;
  readonly positives: number;
  readonly perCategory: Readonly<Record<RiskCategory, CategoryScore>>;
  readonly overall: CategoryScore;
  /** Of the correctly found categories with a labelled evidence, how many carry that evidence. */
  readonly evidence: { readonly checked: number; readonly correct: number };
  readonly errors: readonly { readonly id: string; readonly text: string; readonly missed: RiskCategory[]; readonly extra: RiskCategory[]; readonly wrongEvidence: string[] }[];
}

function score(tp: number, fp: number, fn: number): CategoryScore {
  return { tp, fp, fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
}

export function evaluate(set: readonly LabelledSentence[], detect: (text: string) => RiskFinding[]): EvaluationResult {
  const counts = new Map<RiskCategory, { tp: number; fp: number; fn: number }>(RISK_CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  const errors: EvaluationResult['errors'][number][] = [];
  let checked = 0;
  let correct = 0;
  for (const s of set) {
    const found = detect(s.text).filter((f) => !f.negated);
    const got = new Set(found.map((f) => f.category));
    const want = new Set(s.expected.map((e) => e.category));
    const missed: RiskCategory[] = [];
    const extra: RiskCategory[] = [];
    const wrongEvidence: string[] = [];
    for (const c of RISK_CATEGORIES) {
      const k = counts.get(c)!;
      if (want.has(c) && got.has(c)) k.tp++;
      else if (got.has(c)) { k.fp++; extra.push(c); } else if (want.has(c)) { k.fn++; missed.push(c); }
    }
    for (const e of s.expected) {
      if (!e.evidence || !got.has(e.category)) continue;
      checked++;
      const evs = found.filter((f) => f.category === e.category).map((f) => f.evidence);
      if (evs.includes(e.evidence)) correct++; else wrongEvidence.push(`${e.category}: want ${e.evidence}, got ${[...new Set(evs)].join('/')}`);
    }
    if (missed.length || extra.length || wrongEvidence.length) errors.push({ id: s.id, text: s.text, missed, extra, wrongEvidence });
  }
  const perCategory = Object.fromEntries(RISK_CATEGORIES.map((c) => { const k = counts.get(c)!; return [c, score(k.tp, k.fp, k.fn)]; })) as Record<RiskCategory, CategoryScore>;
  const sum = (f: 'tp' | 'fp' | 'fn') => RISK_CATEGORIES.reduce((n, c) => n + counts.get(c)![f], 0);
  return { sentences: set.length, positives: set.filter((s) => s.expected.length > 0).length, perCategory, overall: score(sum('tp'), sum('fp'), sum('fn')), evidence: { checked, correct }, errors };
}

const CATEGORY_ALIASES: Readonly<Record<string, RiskCategory>> = { S: 'risk-to-self', O: 'risk-to-others', C: 'child-protection', A: 'adult-safeguarding', X: 'serious-crime' };
const EVIDENCE_ALIASES: Readonly<Record<string, Evidence>> = { cur: 'current', past: 'past', rep: 'reported', hyp: 'hypothetical', current: 'current', reported: 'reported', hypothetical: 'hypothetical' };

/**
 * Parses JSON Lines of {"text": "...", "labels": ["risk-to-self", ...]} (blank lines skipped). A label is a
 * category ("risk-to-self", or its letter S/O/C/A/X), optionally with an evidence ("risk-to-self:past").
 * An empty `labels` means the engine should not prompt. Throws with the line number on a bad line.
 */
export function parseJsonl(source: string, prefix = 'line'): LabelledSentence[] {
  const out: LabelledSentence[] = [];
  source.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let row: unknown;
    try { row = JSON.parse(line); } catch { throw new Error(`line ${i + 1}: not JSON`); }
    const r = row as { text?: unknown; labels?: unknown; id?: unknown };
    if (typeof r.text !== 'string') throw new Error(`line ${i + 1}: "text" must be a string`);
    const labels = r.labels ?? [];
    if (!Array.isArray(labels) || !labels.every((l) => typeof l === 'string')) throw new Error(`line ${i + 1}: "labels" must be an array of strings`);
    const expected = (labels as string[]).map((l) => {
      const [c, e] = l.split(':');
      const category = (RISK_CATEGORIES as readonly string[]).includes(c!) ? (c as RiskCategory) : CATEGORY_ALIASES[c!];
      if (!category) throw new Error(`line ${i + 1}: unknown category "${c}"`);
      if (e === undefined) return { category };
      const evidence = EVIDENCE_ALIASES[e];
      if (!evidence) throw new Error(`line ${i + 1}: unknown evidence "${e}"`);
      return { category, evidence };
    });
    out.push({ id: typeof r.id === 'string' ? r.id : `${prefix}-${i + 1}`, text: r.text, expected });
  });
  return out;
}
