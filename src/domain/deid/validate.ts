// Checks the shape of a `known` object (CONTRACTS.md §2) and lists every problem with its path.
import type { Known } from './types.js';

export interface KnownIssue {
  path: string;
  message: string;
}

const LISTS = ['organisations', 'places', 'identifiers', 'dates'] as const;

export function validateKnown(value: unknown): { ok: true; known: Known } | { ok: false; issues: KnownIssue[] } {
  const issues: KnownIssue[] = [];
  if (value === undefined || value === null) return { ok: true, known: {} };
  if (typeof value !== 'object' || Array.isArray(value)) return { ok: false, issues: [{ path: 'known', message: 'must be an object with people, organisations, places, identifiers and dates' }] };
  const v = value as Record<string, unknown>;
  const known: Known = {};
  if (v.people !== undefined) {
    if (!Array.isArray(v.people)) issues.push({ path: 'known.people', message: 'must be a list of { role, name, aliases? }' });
    else {
      known.people = [];
      v.people.forEach((p, i) => {
        const path = `known.people[${i}]`;
        if (!p || typeof p !== 'object' || Array.isArray(p)) return issues.push({ path, message: 'must be an object { role, name, aliases? }' });
        const o = p as Record<string, unknown>;
        if (typeof o.name !== 'string' || !o.name.trim()) issues.push({ path: `${path}.name`, message: 'must be a non-empty string' });
        if (o.role !== undefined && typeof o.role !== 'string') issues.push({ path: `${path}.role`, message: 'must be "client" or "third-party"' });
        if (o.relationship !== undefined && typeof o.relationship !== 'string') issues.push({ path: `${path}.relationship`, message: 'must be a string' });
        if (o.aliases !== undefined && !(Array.isArray(o.aliases) && o.aliases.every((a) => typeof a === 'string'))) issues.push({ path: `${path}.aliases`, message: 'must be a list of strings' });
        if (typeof o.name === 'string' && o.name.trim()) {
          known.people!.push({
            role: typeof o.role === 'string' ? o.role : 'third-party',
            name: o.name,
            ...(typeof o.relationship === 'string' ? { relationship: o.relationship } : {}),
            ...(Array.isArray(o.aliases) ? { aliases: o.aliases.filter((a): a is string => typeof a === 'string' && a.trim() !== '') } : {}),
          });
        }
        return undefined;
      });
    }
  }
  for (const key of LISTS) {
    const list = v[key];
    if (list === undefined) continue;
    if (!Array.isArray(list) || !list.every((x) => typeof x === 'string')) issues.push({ path: `known.${key}`, message: 'must be a list of strings' });
    else known[key] = list.filter((x) => x.trim() !== '');
  }
  for (const key of Object.keys(v)) {
    if (key !== 'people' && !(LISTS as readonly string[]).includes(key)) issues.push({ path: `known.${key}`, message: 'is not a known field (people, organisations, places, identifiers, dates)' });
  }
  return issues.length ? { ok: false, issues } : { ok: true, known };
}
