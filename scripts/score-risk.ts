// Scores the engine on labelled sentences: precision and recall per category (sentence level).
//   node --import tsx scripts/score-risk.ts FILE.jsonl [--errors]
// Each line of FILE: {"text": "...", "labels": ["risk-to-self", ...]} (labels may be empty; a label may
// carry an evidence, "risk-to-self:past"). With no FILE, scores the built-in sets. Prints sentences only
// with --errors (they are synthetic; never point this at real client notes with --errors).
import { readFileSync } from 'node:fs';
import { detectRisk } from '../src/domain/risk/detect.js';
import { evaluate, parseJsonl, type EvaluationResult, type LabelledSentence } from '../src/domain/risk/evaluation.js';
import { RISK_CATEGORIES } from '../src/domain/risk/types.js';

export function formatScores(name: string, r: EvaluationResult): string {
  const head = ['category', 'TP', 'FP', 'FN', 'precision', 'recall'];
  const rows = [
    ...RISK_CATEGORIES.map((c) => { const s = r.perCategory[c]; return [c, String(s.tp), String(s.fp), String(s.fn), s.precision.toFixed(3), s.recall.toFixed(3)]; }),
    ['all (micro)', String(r.overall.tp), String(r.overall.fp), String(r.overall.fn), r.overall.precision.toFixed(3), r.overall.recall.toFixed(3)],
  ];
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((x) => x[i]!.length)));
  const line = (x: string[]) => x.map((c, i) => (i === 0 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join('  ');
  return [`${name}: ${r.sentences} sentences (${r.positives} with a label); evidence label right ${r.evidence.correct}/${r.evidence.checked}`,
    line(head), w.map((n) => '-'.repeat(n)).join('  '), ...rows.map(line)].join('\n');
}

export function formatErrors(r: EvaluationResult): string {
  return r.errors.map((e) => `${e.id} | ${e.text}${e.missed.length ? ` | missed ${e.missed.join(',')}` : ''}${e.extra.length ? ` | extra ${e.extra.join(',')}` : ''}${e.wrongEvidence.length ? ` | ${e.wrongEvidence.join('; ')}` : ''}`).join('\n');
}

async function builtIn(): Promise<[string, readonly LabelledSentence[]][]> {
  const f = await import('../src/domain/risk/fixtures/all.js');
  return f.ALL_SETS.map((s) => [s.name, s.set]);
}

async function main(argv: string[]): Promise<number> {
  const showErrors = argv.includes('--errors');
  const files = argv.filter((a) => !a.startsWith('--'));
  const sets: [string, readonly LabelledSentence[]][] = files.length
    ? files.map((f) => [f, parseJsonl(readFileSync(f, 'utf8'), f)])
    : await builtIn();
  for (const [name, set] of sets) {
    const r = evaluate(set, (t) => detectRisk(t));
    process.stdout.write(`${formatScores(name, r)}\n`);
    if (showErrors && r.errors.length) process.stdout.write(`${formatErrors(r)}\n`);
    process.stdout.write('\n');
  }
  return 0;
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  main(process.argv.slice(2)).then((c) => { process.exitCode = c; }, (e: unknown) => { process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`); process.exitCode = 2; });
}
