// Token-level scoring with the definitions of the development set's scorer (shared/devset/score-deid.mjs):
// tokens are runs of letters, marks and digits; a gold token is caught when predicted spans cover all of it;
// a predicted token is any token a predicted span touches; person leaks are gold PERSON entities not caught.

export interface GoldNote {
  id: string;
  text: string;
  entities: { type: string; start: number; end: number; text: string }[];
}

export interface Score {
  goldTokens: number;
  caught: number;
  predicted: number;
  correct: number;
  entities: number;
  entitiesCaught: number;
  personLeaks: number;
  recall: number;
  precision: number;
  entityRecall: number;
  leakedNotes: string[];
  missed: { id: string; text: string; type: string }[];
  falsePositives: { id: string; token: string }[];
}

const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;

export function scoreNotes(gold: readonly GoldNote[], predicted: ReadonlyMap<string, readonly { start: number; end: number }[]>): Score {
  const s = { goldTokens: 0, caught: 0, predicted: 0, correct: 0, entities: 0, entitiesCaught: 0, personLeaks: 0 };
  const leaked = new Set<string>();
  const missed: Score['missed'] = [];
  const falsePositives: Score['falsePositives'] = [];
  for (const g of gold) {
    const text = g.text;
    const pred = new Uint8Array(text.length);
    for (const e of predicted.get(g.id) ?? []) if (e.start >= 0 && e.end <= text.length && e.start < e.end) pred.fill(1, e.start, e.end);
    const goldMask = new Uint8Array(text.length);
    for (const e of g.entities) goldMask.fill(1, e.start, e.end);
    const all = (m: Uint8Array, a: number, b: number) => m.subarray(a, b).every((x) => x === 1);
    const any = (m: Uint8Array, a: number, b: number) => m.subarray(a, b).some((x) => x === 1);
    const tokens = [...text.matchAll(TOKEN)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
    for (const t of tokens) {
      const isGold = any(goldMask, t.start, t.end);
      if (isGold) {
        s.goldTokens++;
        if (all(pred, t.start, t.end)) s.caught++;
      }
      if (any(pred, t.start, t.end)) {
        s.predicted++;
        if (isGold) s.correct++;
        else falsePositives.push({ id: g.id, token: t.text });
      }
    }
    for (const e of g.entities) {
      const toks = tokens.filter((t) => t.start < e.end && t.end > e.start);
      const caught = toks.length ? toks.every((t) => all(pred, t.start, t.end)) : all(pred, e.start, e.end);
      s.entities++;
      if (caught) s.entitiesCaught++;
      else {
        missed.push({ id: g.id, text: e.text, type: e.type });
        if (e.type === 'PERSON') {
          s.personLeaks++;
          leaked.add(g.id);
        }
      }
    }
  }
  return {
    ...s,
    recall: s.goldTokens ? s.caught / s.goldTokens : 1,
    precision: s.predicted ? s.correct / s.predicted : 0,
    entityRecall: s.entities ? s.entitiesCaught / s.entities : 1,
    leakedNotes: [...leaked],
    missed,
    falsePositives,
  };
}
