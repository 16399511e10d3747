// detectRisk: note text → risk findings. Pure, deterministic, no I/O. Sentences are found first; a
// cheap literal prefilter picks the cues worth running on each; each cue match is then read in its
// context (negation, time, reported speech, hypothetical, who is involved).
import { CUES, SUPPRESS_SENTENCE, type Cue } from './lexicon.js';
import { evidenceOf, isNegated } from './context.js';
import { ABUSER_SUBJECT, THIRD_SUBJECT, findTarget, ownsIt, readHarm, refineAbuseIndicator, settleAbuse, victimCategories } from './parties.js';
import { promptFor } from './prompts.js';
import { splitSentences } from './sentences.js';
import type { DetectOptions, Evidence, RiskCategory, RiskFinding, RiskIndicator } from './types.js';

/** Sentences longer than this are read in windows, so pathological input stays linear. */
const MAX_SENTENCE = 2000;
const WINDOW = 120;
const CONTEXT = 240;

interface Internal extends DetectOptions { readonly noPrefilter?: boolean }

export function detectRisk(text: string, options: DetectOptions = {}): RiskFinding[] {
  return detectWith(text, options);
}

/** For tests: the same detection without the literal prefilter (must give identical results). */
export function detectRiskUnfiltered(text: string, options: DetectOptions = {}): RiskFinding[] {
  return detectWith(text, { ...options, noPrefilter: true });
}

// The prefilter: one pass of a regex made of every cue's literal stems over the whole text. A cue
// runs on a sentence only if one of its stems occurs there, so ordinary prose costs one regex pass.
const escape = (x: string): string => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ALL_STEMS = [...new Set(CUES.flatMap((c) => c.stems))].sort((x, y) => y.length - x.length);
const LOWER_STEMS = ALL_STEMS.filter((x) => x === x.toLowerCase());
const UPPER_STEMS = ALL_STEMS.filter((x) => x !== x.toLowerCase());

/**
 * One regex for many literals, as a trie ("over(?:dos|whelm)" rather than "overdos|overwhelm"), so the
 * engine tries each character once per node instead of once per stem. Greedy: at each position it
 * matches the longest stem there, as an alternation sorted longest first would.
 */
function trieSource(words: readonly string[]): string {
  interface Node { end: boolean; next: Map<string, Node> }
  const root: Node = { end: false, next: new Map() };
  for (const w of words) {
    let n = root;
    for (const ch of w) { let c = n.next.get(ch); if (!c) { c = { end: false, next: new Map() }; n.next.set(ch, c); } n = c; }
    n.end = true;
  }
  const emit = (n: Node): string => {
    const alts = [...n.next].map(([ch, c]) => escape(ch) + emit(c));
    if (alts.length === 0) return '';
    const body = alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
    return n.end ? `(?:${body})?` : body;
  };
  return emit(root);
}
const STEM_LOWER = new RegExp(trieSource([...new Set(LOWER_STEMS.map((x) => x.toLowerCase()))]), 'gi');
const STEM_UPPER = new RegExp(trieSource(UPPER_STEMS), 'g');
/** Matched stem → the cues to run (every cue with a stem inside the matched text). */
const CUES_FOR = new Map<string, number[]>();
for (const stem of ALL_STEMS) {
  const lowerStem = stem === stem.toLowerCase();
  CUES_FOR.set(stem, CUES.flatMap((c, i) => (c.stems.some((x) => (x === x.toLowerCase()) === lowerStem && stem.includes(x)) ? [i] : [])));
}

interface Hit { readonly at: number; readonly cues: readonly number[] }

function stemHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const [re, lower] of [[STEM_LOWER, true], [STEM_UPPER, false]] as const) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const cues = CUES_FOR.get(lower ? m[0].toLowerCase() : m[0]);
      if (cues && cues.length) hits.push({ at: m.index, cues });
      // Stems may overlap ("be better" and "better off"): look again from the next character, so a stem
      // that starts inside this match is found too. A shorter stem at the same start is inside m[0].
      re.lastIndex = m.index + 1;
    }
  }
  return hits.sort((x, y) => x.at - y.at);
}

function firstHitAtOrAfter(hits: readonly Hit[], pos: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (hits[mid]!.at < pos) lo = mid + 1; else hi = mid; }
  return lo;
}

function detectWith(text: string, opts: Internal): RiskFinding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const out: RiskFinding[] = [];
  const hits = opts.noPrefilter ? null : stemHits(text);
  if (hits && hits.length === 0) return [];
  const everyCue = CUES.map((_, i) => i);
  for (const s of splitSentences(text)) {
    for (let from = s.start; from < s.end; from += MAX_SENTENCE - WINDOW) {
      const to = Math.min(s.end, from + MAX_SENTENCE);
      let cues: readonly number[] = everyCue;
      if (hits) {
        const set = new Set<number>();
        for (let h = firstHitAtOrAfter(hits, from); h < hits.length && hits[h]!.at < to; h++) for (const c of hits[h]!.cues) set.add(c);
        cues = [...set].sort((x, y) => x - y);
      }
      if (cues.length) scanSentence(text, from, to, cues, opts, out, from === s.start ? s.start : from + WINDOW);
      if (to === s.end) break;
    }
  }
  return dedupe(out).filter((f) => opts.includeNegated || !f.negated);
}

function scanSentence(text: string, start: number, end: number, cues: readonly number[], opts: Internal, out: RiskFinding[], keepFrom: number): void {
  const sentence = text.slice(start, end);
  let suppressed: boolean | undefined;
  for (const ci of cues) {
    const cue = CUES[ci]!;
    cue.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = cue.re.exec(sentence)) !== null) {
      if (m[0].length === 0) { cue.re.lastIndex++; continue; }
      const a = m.index;
      const b = a + m[0].length;
      if (start + a < keepFrom) continue;
      suppressed ??= SUPPRESS_SENTENCE.test(sentence);
      if (suppressed) return;
      readMatch(cue, m, sentence, a, b, start, opts, out);
    }
  }
}

function readMatch(cue: Cue, m: RegExpExecArray, sentence: string, a: number, b: number, offset: number, opts: Internal, out: RiskFinding[]): void {
  // Context is read within CONTEXT characters either side, so a run-on "sentence" costs linear time.
  const lo = Math.max(0, a - CONTEXT);
  const local = sentence.slice(lo, Math.min(sentence.length, b + CONTEXT));
  const before = sentence.slice(lo, a);
  const after = sentence.slice(b, b + 80);
  if (cue.notBefore && cue.notBefore.test(before.slice(-40))) return;
  if (cue.notAfter && cue.notAfter.test(after)) return;
  if (cue.accept && !cue.accept(m)) return;
  if (cue.otherSubject && ownsIt(before, m[0])) return;

  const negated = isNegated(before, after);
  const evidence = evidenceOf(local, a - lo);
  const confidence = cue.confidence;
  const emit = (category: RiskCategory, indicator: RiskIndicator, s = a, e = b, conf = confidence): void => {
    out.push({ category, indicator, start: offset + s, end: offset + e, evidence, negated, confidence: conf, prompt: negated ? '' : promptFor(category, indicator, evidence) });
  };

  let categories: RiskCategory[];
  let indicator = cue.indicator;
  switch (cue.category) {
    case 'abuse':
      indicator = refineAbuseIndicator(m[0], indicator);
      categories = settleAbuse(local, cue, indicator, opts);
      break;
    case 'harm-other':
    case 'violence-by': {
      const reading = cue.category === 'harm-other' ? readHarm(m[0], before, after) : 'others';
      if (reading === 'self' || reading === 'idiom') return;
      if (reading === 'abuse') {
        indicator = refineAbuseIndicator(`${before.slice(-40)} ${m[0]}`, 'physical-abuse');
        categories = settleAbuse(local, cue, indicator, opts);
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
    case 'conduct':
      // By a partner or family member it is abuse of the client; by the client, harm to others.
      // Stalking or image abuse by someone else is done to the client; in a grievance ("his neighbour will get
      // what is coming") the subject is the target, so it stays risk to others.
      if (indicator !== 'threat' && !ABUSER_SUBJECT.test(before) && THIRD_SUBJECT.test(before)) return;
      categories = ABUSER_SUBJECT.test(before) ? settleAbuse(local, cue, indicator === 'threat' ? 'domestic-abuse' : indicator, opts) : [cue.asOthers ?? 'risk-to-others'];
      if (categories[0] !== 'risk-to-others' && categories[0] !== cue.asOthers && indicator === 'threat') indicator = 'domestic-abuse';
      break;
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
  let active: RiskFinding[] = [];
  for (const f of findings) {
    active = active.filter((g) => g.end > f.start);
    const dup = active.some((g) => g.category === f.category && g.indicator === f.indicator && g.negated === f.negated);
    if (!dup) { out.push(f); active.push(f); }
  }
  return out;
}
