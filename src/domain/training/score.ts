// Scoring (pure): a learner's answer against the engine's answer, and an exercise's marks against the key.
// The engine's answer is the reference, so training and practice never disagree.
import type { AssessmentResult } from '../decision/index.js';
import type { Exercise, ExerciseAnswer, Expected, ScenarioAnswer } from './schema.js';

export interface ScenarioComparison {
  score: number; // 0-100
  correct: boolean; // the verdict matches the engine's
  parts: { verdict: boolean; informClientFirst: boolean; approvalRequired: boolean; recipients: number };
}

/** Verdict 50 points, telling the client first 15, approval 15, recipients 20 (shared / union). */
export function compareAnswer(engine: Pick<AssessmentResult, 'verdict' | 'informClientFirst' | 'approvalRequired' | 'recipients'>, answer: ScenarioAnswer): ScenarioComparison {
  const verdict = answer.verdict === engine.verdict;
  const informClientFirst = answer.informClientFirst === engine.informClientFirst;
  const approvalRequired = answer.approvalRequired === engine.approvalRequired;
  const mine = new Set(answer.recipients);
  const theirs = new Set(engine.recipients);
  const union = new Set([...mine, ...theirs]);
  const shared = [...mine].filter((r) => theirs.has(r)).length;
  const recipients = union.size === 0 ? 1 : shared / union.size;
  const score = Math.round((verdict ? 50 : 0) + (informClientFirst ? 15 : 0) + (approvalRequired ? 15 : 0) + 20 * recipients);
  return { score, correct: verdict, parts: { verdict, informClientFirst, approvalRequired, recipients: Math.round(recipients * 100) / 100 } };
}

export interface Disagreement { field: 'verdict' | 'informClientFirst' | 'approvalRequired'; expected: string; engine: string }

/** Where the engine's answer differs from what an author expected (only the fields the author gave). */
export function disagreements(expected: Expected, engine: Pick<AssessmentResult, 'verdict' | 'informClientFirst' | 'approvalRequired'>): Disagreement[] {
  const out: Disagreement[] = [];
  if (expected.verdict !== engine.verdict) out.push({ field: 'verdict', expected: expected.verdict, engine: engine.verdict });
  for (const k of ['informClientFirst', 'approvalRequired'] as const) {
    const e = expected[k];
    if (e !== undefined && e !== engine[k]) out.push({ field: k, expected: String(e), engine: String(engine[k]) });
  }
  return out;
}

export interface ExerciseMarking {
  score: number;
  correct: boolean;
  items: { mark: string; expected: string; right: boolean; why: string }[];
}

/** Marks an "Ethical or unethical?" answer. The caller has checked the number of marks. */
export function markExercise(ex: Pick<Exercise, 'actions'>, answer: ExerciseAnswer): ExerciseMarking {
  const items = ex.actions.map((a, i) => ({ mark: answer.marks[i] ?? '', expected: a.mark, right: answer.marks[i] === a.mark, why: a.why }));
  const right = items.filter((i) => i.right).length;
  return { score: Math.round((100 * right) / items.length), correct: right === items.length, items };
}

export interface TopicRow { topic: string; kind: 'concern' | 'profession'; attempts: number; correct: number; rate: number; averageScore: number }

/** Team results by topic, counts and rates only: no names, no per-person rows. Weakest first. */
export function summariseByTopic(attempts: readonly { profession: string; concern: string; score: number; correct: boolean }[]): TopicRow[] {
  const acc = new Map<string, { kind: 'concern' | 'profession'; topic: string; n: number; c: number; s: number }>();
  for (const a of attempts) {
    for (const [kind, topic] of [['concern', a.concern], ['profession', a.profession]] as const) {
      const key = `${kind}:${topic}`;
      const r = acc.get(key) ?? { kind, topic, n: 0, c: 0, s: 0 };
      r.n++;
      if (a.correct) r.c++;
      r.s += a.score;
      acc.set(key, r);
    }
  }
  return [...acc.values()]
    .map((r) => ({ topic: r.topic, kind: r.kind, attempts: r.n, correct: r.c, rate: Math.round((100 * r.c) / r.n), averageScore: Math.round(r.s / r.n) }))
    .sort((a, b) => a.rate - b.rate || a.averageScore - b.averageScore || a.topic.localeCompare(b.topic));
}
