// The fixed corpus behind the de-identification golden outputs (scripts/deid-golden.ts,
// src/domain/deid/golden.test.ts): every dev and extra note, with and without `known`, in variants that
// exercise case, line and sentence boundaries, text position, joined notes, and pseudonyms carried across
// the notes of one case. Deterministic: the same files give the same corpus, in the same order.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { Known, RedactOptions, Redactor } from '../../src/domain/deid/index.js';

export interface GoldenText {
  label: string;
  text: string;
  known: Known;
  /** Pseudonyms carried from the previous text of the same chain (index into the corpus), if any. */
  carryFrom?: number;
  mapping?: boolean;
}

interface Note { id: string; text: string; known?: Known }

function read(path: string): Note[] {
  if (!existsSync(path)) throw new Error(`golden corpus: missing ${path}`);
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Note);
}

export function goldenCorpus(root: string): GoldenText[] {
  const notes = [...read(`${root}../shared/devset/deid-dev.jsonl`), ...read(`${root}test/fixtures/deid-extra.jsonl`)];
  const out: GoldenText[] = [];
  const add = (label: string, text: string, known: Known, extra: Partial<GoldenText> = {}) => out.push({ label, text, known, ...extra });
  for (const n of notes) {
    const known = n.known ?? {};
    add(`${n.id}`, n.text, known, { mapping: true });
    add(`${n.id} without known`, n.text, {});
    add(`${n.id} lower`, n.text.toLowerCase(), known);
    add(`${n.id} upper`, n.text.toUpperCase(), known);
    n.text.split('\n').filter((l) => l.trim()).forEach((line, i) => add(`${n.id} line ${i}`, line, known));
    n.text.split(/(?<=[.!?])\s+/).forEach((s, i) => add(`${n.id} sentence ${i}`, s, known));
    const cut = Math.floor(n.text.length / 3);
    add(`${n.id} rotated`, `${n.text.slice(cut)} ${n.text.slice(0, cut)}`, known);
    add(`${n.id} no punctuation`, n.text.replace(/[.,;:!?]/g, ''), known);
  }
  // pairs of notes joined, and a chain of three notes of one case sharing pseudonyms
  for (let i = 0; i + 1 < notes.length; i += 2) {
    const a = notes[i]!;
    const b = notes[i + 1]!;
    add(`${a.id}+${b.id} joined`, `${a.text}\n\n${b.text}`, a.known ?? {});
    const first = out.length;
    add(`${a.id} chain 1`, a.text, a.known ?? {}, { mapping: true });
    add(`${a.id} chain 2`, b.text, a.known ?? {}, { mapping: true, carryFrom: first });
    add(`${a.id} chain 3`, a.text.toLowerCase(), a.known ?? {}, { mapping: true, carryFrom: first + 1 });
  }
  // edge cases
  for (const [i, t] of ['', ' ', '\n\n', 'a', 'Tom', "Tom's", 'T. Baker', 'TB', '\uD800 lone surrogate Tom Baker \uDFFF', '\u0000\u0001binary\u00ff', '2024-01-01', '07700 900123', 'Mrs Okafor rang; her son Jayden is 7.'].entries()) {
    add(`edge ${i}`, t, { people: [{ role: 'client', name: 'Tom Baker', aliases: ['Tommy'] }] });
  }
  return out;
}

/** SHA-256 of the engine's whole result for one corpus text (its chain's mapping carried in when asked). */
export function goldenResults(redactor: Redactor, corpus: readonly GoldenText[]): string[] {
  const mappings: (Record<string, string> | undefined)[] = [];
  return corpus.map((c, i) => {
    const options: RedactOptions = {};
    if (c.mapping) options.returnMapping = true;
    if (c.carryFrom !== undefined) options.pseudonyms = { ...(mappings[c.carryFrom] ?? {}) };
    const r = redactor.redact(c.text, c.known, options);
    mappings[i] = r.mapping;
    return createHash('sha256').update(JSON.stringify(r)).digest('hex');
  });
}
