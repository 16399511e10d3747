// Risk-indicator engine (issue 7, item 1): throughput on synthetic notes (a 20-note packet, and 1 MB),
// and precision/recall per category on the labelled (tuning) and held-out sets.
import { detectRisk } from '../src/domain/risk/index.js';
import { evaluate, type EvaluationResult } from '../src/domain/risk/evaluation.js';
import { existsSync, readFileSync } from 'node:fs';
import { labelled } from '../src/domain/risk/fixtures/labelled.js';
import { ALL_SETS } from '../src/domain/risk/fixtures/all.js';
import { splitSentences } from '../src/domain/risk/sentences.js';
import { RISK_CATEGORIES } from '../src/domain/risk/types.js';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
let seed = 42;
const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
const ordinary = [
  'Discussed her options for the apprenticeship and next steps with the college.', 'She feels more settled and has been sleeping better.',
  'We reviewed the action plan and agreed three goals for the next session.', 'He has applied for two jobs in retail and has an interview on Monday.',
  'Talked through the feedback from her placement; she was pleased with it.', 'Mood 6/10, eating and sleeping well, enjoying the course.',
  'Explored what a good week would look like and what gets in the way.', 'Agreed to contact the housing officer before our next meeting.',
];
/** A synthetic session note of about `chars` characters; one sentence in ten comes from the labelled set. */
function note(chars: number): string {
  let t = '';
  while (t.length < chars) t += (rand() % 10 === 0 ? labelled[rand() % labelled.length]!.text : ordinary[rand() % ordinary.length]!) + (rand() % 6 === 0 ? '\n' : ' ');
  return t;
}

function throughput(name: string, notes: string[], runs: number): string[] {
  const bytes = notes.reduce((n, t) => n + Buffer.byteLength(t), 0);
  for (let i = 0; i < 3; i++) for (const t of notes) detectRisk(t); // warm up
  const times: number[] = [];
  let findings = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    findings = 0;
    for (const t of notes) findings += detectRisk(t).length;
    times.push(performance.now() - t0);
  }
  const ms = median(times);
  return [name, String(notes.length), (bytes / 1024).toFixed(0), ms.toFixed(2), Math.round(notes.length / (ms / 1000)).toLocaleString('en-GB'), (bytes / 1e6 / (ms / 1000)).toFixed(1), String(findings)];
}

function table(head: string[], rows: string[][]): void {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join('  ');
  console.log(line(head));
  console.log(w.map((n) => '-'.repeat(n)).join('  '));
  for (const r of rows) console.log(line(r));
}

const packet = Array.from({ length: 20 }, () => note(1500));
const many = Array.from({ length: 1000 }, () => note(1500));
const megabyte = [note(1_000_000)];
console.log(`risk indicators: throughput (median of runs; ${new Date().toISOString().slice(0, 10)}, Node ${process.version})`);
table(['input', 'notes', 'KiB', 'ms', 'notes/s', 'MB/s', 'findings'], [
  throughput('20-note packet (1.5 KB each)', packet, 50),
  throughput('1,000 notes (1.5 KB each)', many, 5),
  throughput('one 1 MB note', megabyte, 5),
]);

function scores(name: string, r: EvaluationResult): void {
  console.log(`\n${name}: ${r.sentences} sentences (${r.positives} with a label); evidence label right ${r.evidence.correct}/${r.evidence.checked}`);
  table(['category', 'TP', 'FP', 'FN', 'precision', 'recall'], [
    ...RISK_CATEGORIES.map((c) => { const s = r.perCategory[c]; return [c, String(s.tp), String(s.fp), String(s.fn), s.precision.toFixed(3), s.recall.toFixed(3)]; }),
    ['all (micro)', String(r.overall.tp), String(r.overall.fp), String(r.overall.fn), r.overall.precision.toFixed(3), r.overall.recall.toFixed(3)],
  ]);
}
for (const { name, set } of ALL_SETS) scores(name, evaluate(set, (t) => detectRisk(t)));

// Routine notes written for another purpose (the shared de-identification development set): how many
// sentences the engine prompts on. Not labelled for risk; docs/risk.md reviews each prompt by hand.
const notesFile = new URL('../../shared/devset/deid-dev.input.jsonl', import.meta.url);
if (existsSync(notesFile)) {
  const notes = readFileSync(notesFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { text: string });
  let sentences = 0;
  let prompted = 0;
  for (const n of notes) for (const s of splitSentences(n.text)) { const t = n.text.slice(s.start, s.end).trim(); if (!t) continue; sentences++; if (detectRisk(t).length) prompted++; }
  console.log(`\nshared de-identification notes: ${notes.length} notes, ${sentences} sentences, ${prompted} prompted`);
}
