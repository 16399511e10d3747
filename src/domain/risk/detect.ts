// detectRisk: note text → risk findings. Pure, deterministic, no I/O. Sentences are found first; a
// cheap literal prefilter picks the cues worth running on each; each cue match is then read in its
// context (negation, time, reported speech, hypothetical, who is involved).
import { CUES, SUPPRESS_SENTENCE, type Cue } from './lexicon.js';
import { evidenceOf, isNegated } from './context.js';
import { findTarget, readHarm, refineAbuseIndicator, settleAbuse, victimCategories } from './parties.js';
import { promptFor } from './prompts.js';
import { splitSentences } from './sentences.js';
import type { DetectOptions, Evidence, RiskCategory, RiskFinding, RiskIndicator } from './types.js';

/** Sentences longer than this are read in windows, so pathological input stays linear. */
const MAX_SENTENCE = 2000;
const WINDOW = 120;

interface Internal extends DetectOptions { readonly noPrefilter?: boolean }

export function detectRisk(text: string, options: DetectOptions = {}): RiskFinding[] {
  return detectWith(text, options);
}

/** For tests: the same detection without the literal prefilter (must give identical results). */
export function detectRiskUnfiltered(text: string, options: DetectOptions = {}): RiskFinding[] {
  return detectWith(text, { ...options, noPrefilter: true });
}

function detectWith(text: string, opts: Internal): RiskFinding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const out: RiskFinding[] = [];
  for (const s of splitSentences(text)) {
    for (let from = s.start; from < s.end; from += MAX_SENTENCE - WINDOW) {
      const to = Math.min(s.end, from + MAX_SENTENCE);
      scanSentence(text, from, to, opts, out, from === s.start ? s.start : from + WINDOW);
      if (to === s.end) break;
    }
  }
  return dedupe(out).filter((f) => opts.includeNegated || !f.negated);
}

function scanSentence(text: string, start: number, end: number, opts: Internal, out: RiskFinding[], keepFrom: number): void {
  const sentence = text.slice(start, end);
  if (SUPPRESS_SENTENCE.test(sentence)) return;
  const lower = sentence.toLowerCase();
  for (const cue of CUES) {
    if (!opts.noPrefilter && !cue.stems.some((st) => lower.includes(st))) continue;
    cue.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = cue.re.exec(sentence)) !== null) {
      if (m[0].length === 0) { cue.re.lastIndex++; continue; }
      const a = m.index;
      const b = a + m[0].length;
      if (start + a < keepFrom) continue;
      readMatch(cue, m, sentence, a, b, start, opts, out);
    }
  }
}

function readMatch(cue: Cue, m: RegExpExecArray, sentence: string, a: number, b: number, offset: number, opts: Internal, out: RiskFinding[]): void {
  const before = sentence.slice(0, a);
  const after = sentence.slice(b, b + 80);
  if (cue.notBefore && cue.notBefore.test(before.slice(-40))) return;
  if (cue.notAfter && cue.notAfter.test(after)) return;
  if (cue.accept && !cue.accept(m)) return;

  const negated = isNegated(before, after);
  const evidence = evidenceOf(sentence, a);
  const confidence = cue.confidence;
  const emit = (category: RiskCategory, indicator: RiskIndicator, s = a, e = b, conf = confidence): void => {
    out.push({ category, indicator, start: offset + s, end: offset + e, evidence, negated, confidence: conf, prompt: negated ? '' : promptFor(category, indicator, evidence) });
  };

  let categories: RiskCategory[];
  let indicator = cue.indicator;
  switch (cue.category) {
    case 'abuse':
      indicator = refineAbuseIndicator(m[0], indicator);
      categories = settleAbuse(sentence, cue, indicator, opts);
      break;
    case 'harm-other':
    case 'violence-by': {
      const reading = cue.category === 'harm-other' ? readHarm(m[0], before, after) : 'others';
      if (reading === 'self' || reading === 'idiom') return;
      if (reading === 'abuse') {
        indicator = refineAbuseIndicator(`${before.slice(-40)} ${m[0]}`, 'physical-abuse');
        categories = settleAbuse(sentence, cue, indicator, opts);
        break;
      }
      categories = ['risk-to-others'];
      for (const c of victimCategories(cue.category === 'violence-by' ? m[0] : after.slice(0, 40))) {
        emit(c, 'physical-abuse');
      }
      const t = findTarget(after);
      if (t) emit('risk-to-others', 'named-target', b + t.start, b + t.end, 'medium');
      break;
    }
    default:
      categories = [cue.category];
  }
  for (const c of categories) emit(c, indicator);
  for (const x of cue.also ?? []) emit(x.category, x.indicator);
}

const EVIDENCE_RANK: Record<Evidence, number> = { current: 0, reported: 1, hypothetical: 2, past: 3 };

/** One finding per category, indicator and overlapping span: the earliest, longest, most certain. */
function dedupe(findings: RiskFinding[]): RiskFinding[] {
  findings.sort((x, y) => x.start - y.start || y.end - x.end || Number(x.negated) - Number(y.negated) || EVIDENCE_RANK[x.evidence] - EVIDENCE_RANK[y.evidence]);
  const out: RiskFinding[] = [];
  for (const f of findings) {
    const dup = out.some((g) => g.category === f.category && g.indicator === f.indicator && g.negated === f.negated && f.start < g.end && g.start < f.end);
    if (!dup) out.push(f);
  }
  return out;
}
