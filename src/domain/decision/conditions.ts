// Compiles a rule's `when` into a predicate over normalised facts, once, at composition time,
// so that assessing is a handful of comparisons per rule.
import type { NormalizedFacts } from './facts.js';
import type { BaseCondition, Condition } from './pack-schema.js';
import { IMMINENCE_RANK, SEVERITY_RANK } from './vocabulary.js';

export type Predicate = (f: NormalizedFacts) => boolean;

type Matcher = string | boolean | readonly string[] | { not?: string | readonly string[]; atLeast?: string; atMost?: string };

function setOf(v: string | readonly string[]): ReadonlySet<string> {
  return new Set(typeof v === 'string' ? [v] : v);
}

function compileField(key: string, m: Matcher): Predicate {
  if (key === 'crossBorder') return (f) => (f.jurisdiction !== f.clientJurisdiction) === m;
  if (typeof m === 'boolean') return (f) => (f as unknown as Record<string, unknown>)[key] === m;
  if (typeof m === 'string' || Array.isArray(m)) {
    const s = setOf(m as string | readonly string[]);
    if (key === 'jurisdiction') return (f) => s.has(f.jurisdiction) || s.has(f.clientJurisdiction);
    return (f) => s.has((f as unknown as Record<string, string>)[key] as string);
  }
  const o = m as { not?: string | readonly string[]; atLeast?: string; atMost?: string };
  if (o.not !== undefined) {
    const s = setOf(o.not);
    if (key === 'jurisdiction') return (f) => !s.has(f.jurisdiction) && !s.has(f.clientJurisdiction);
    return (f) => !s.has((f as unknown as Record<string, string>)[key] as string);
  }
  const ranks: Record<string, number> = key === 'severity' ? SEVERITY_RANK : IMMINENCE_RANK;
  const lo = o.atLeast !== undefined ? ranks[o.atLeast]! : -Infinity;
  const hi = o.atMost !== undefined ? ranks[o.atMost]! : Infinity;
  if (key === 'severity') return (f) => f.severityRank >= lo && f.severityRank <= hi;
  return (f) => f.imminenceRank >= lo && f.imminenceRank <= hi;
}

function compileBase(c: BaseCondition): Predicate[] {
  const parts: Predicate[] = [];
  // Concern first: it is the most selective test.
  const keys = Object.keys(c).sort((a, b) => (a === 'concern' ? -1 : b === 'concern' ? 1 : 0));
  for (const key of keys) {
    const m = (c as Record<string, unknown>)[key];
    if (m !== undefined) parts.push(compileField(key, m as Matcher));
  }
  return parts;
}

const all = (ps: Predicate[]): Predicate => {
  if (ps.length === 0) return () => true;
  if (ps.length === 1) return ps[0]!;
  return (f) => {
    for (const p of ps) if (!p(f)) return false;
    return true;
  };
};

export function compileCondition(c: Condition): Predicate {
  const { anyOf, noneOf, ...base } = c;
  const parts = compileBase(base);
  if (anyOf) {
    const alts = anyOf.map((a) => all(compileBase(a)));
    parts.push((f) => alts.some((p) => p(f)));
  }
  if (noneOf) {
    const alts = noneOf.map((a) => all(compileBase(a)));
    parts.push((f) => !alts.some((p) => p(f)));
  }
  return all(parts);
}

/** The concerns a condition can match, or undefined for any: lets the evaluator index rules by concern. */
export function concernsOf(c: Condition): readonly string[] | undefined {
  const m = c.concern as Matcher | undefined;
  if (m === undefined || typeof m === 'boolean') return undefined;
  if (typeof m === 'string') return [m];
  if (Array.isArray(m)) return m as readonly string[];
  return undefined;
}
