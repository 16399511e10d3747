// Consistent pseudonyms: the same person, organisation or place gets the same tag throughout a text and,
// when the caller passes the map back in, across the notes of one case.
import { fold } from './fold.js';
import type { KnownPersonInfo } from './known.js';
import type { Span } from './span.js';
import { memo } from './memo.js';

export interface Resolved extends Span {
  text: string;
}

/** The fixed tag of a kind that is not pseudonymised per identity (a switch: a keyed look-up by a varying name is slower). */
function fixedTag(kind: Span['kind']): string | undefined {
  switch (kind) {
    case 'EMAIL':
      return '[EMAIL]';
    case 'URL':
      return '[URL]';
    case 'HANDLE':
      return '[HANDLE]';
    case 'PHONE':
      return '[PHONE]';
    case 'DATE':
      return '[DATE]';
    case 'ID':
      return '[ID]';
    case 'AGE':
      return '[AGE]';
    default:
      return undefined;
  }
}

/** Folded parts and identities per written name or place, kept across texts (the same names recur; pure functions of the text). */
interface PersonName {
  parts: readonly string[];
  identity: string;
}
const PERSON_NAMES = new Map<string, PersonName>();
const ORG_IDS = new Map<string, string>();
const PLACE_IDS = new Map<string, string>();
function personName(text: string): PersonName {
  const parts = fold(text).split(/[\s.]+/).filter(Boolean);
  return { parts, identity: `name:${parts.join(' ')}` };
}
/** A person's identity from a written name, as a span without one gets (its initials in brackets share it, see redactor.ts bracketedAliases). */
export const personIdentity = (text: string): string => personName(text).identity;
/** An organisation's identity: its folded name (its letters in brackets share it, see redactor.ts orgAcronym). */
export const orgIdentity = (text: string): string => `org:${fold(text)}`;
const placeIdentity = (text: string): string => `place:${fold(text).replace(/\s+/g, ' ')}`;

export class Pseudonyms {
  private readonly map: Map<string, string>;
  private people = 0;
  private orgs = 0;
  private places = 0;
  /** Folded single name part → identity of a person already seen ("Whitfield" → "name:grace whitfield"). */
  private readonly parts = new Map<string, string>();

  constructor(seed: Record<string, string> | undefined, private readonly known: readonly KnownPersonInfo[]) {
    // (no seed, the usual case: an empty map without walking the entries of an empty object)
    this.map = seed === undefined ? new Map() : new Map(Object.entries(seed ?? {}).filter(([k, v]) => typeof k === 'string' && typeof v === 'string'));
    for (const v of this.map.values()) {
      const m = /^\[(?:PERSON|COLLEAGUE)-(\d+)\]$/.exec(v);
      if (m) this.people = Math.max(this.people, Number(m[1]));
      const o = /^\[ORGANISATION-(\d+)\]$/.exec(v);
      if (o) this.orgs = Math.max(this.orgs, Number(o[1]));
      const p = /^\[PLACE-(\d+)\]$/.exec(v);
      if (p) this.places = Math.max(this.places, Number(p[1]));
    }
  }

  replacementFor(s: Resolved): string {
    const fixed = fixedTag(s.kind);
    if (fixed) return fixed;
    if (s.type === 'PERSON') return this.person(s);
    if (s.type === 'ORGANISATION') {
      const identity = s.identity ?? memo(ORG_IDS, s.text, orgIdentity);
      let v = this.map.get(identity);
      if (!v) {
        v = `[ORGANISATION-${++this.orgs}]`;
        this.map.set(identity, v);
      }
      return v;
    }
    const identity = s.identity ?? memo(PLACE_IDS, s.text, placeIdentity);
    let v = this.map.get(identity);
    if (!v) {
      v = `[PLACE-${++this.places}]`;
      this.map.set(identity, v);
    }
    return v;
  }

  private person(s: Resolved): string {
    const name = memo(PERSON_NAMES, s.text, personName);
    const parts = name.parts;
    let identity = s.identity;
    if (!identity) {
      identity = name.identity;
      if (!this.map.has(identity)) {
        let shared: string | undefined;
        for (const p of parts) {
          shared = this.parts.get(p);
          if (shared !== undefined) break;
        }
        if (shared) identity = shared;
      }
    }
    for (const p of parts) if (p.length >= 2 && !this.parts.has(p)) this.parts.set(p, identity);
    let v = this.map.get(identity);
    if (!v) {
      const info = this.knownPerson(identity);
      if (info?.role === 'client') v = '[CLIENT]';
      else if (info?.role === 'colleague' || (!info && s.colleague)) v = `[COLLEAGUE-${++this.people}]`;
      else v = `[PERSON-${++this.people}]`;
      this.map.set(identity, v);
    }
    return v;
  }

  /** The first known person of this identity (as known.find, without a callback). */
  private knownPerson(identity: string): KnownPersonInfo | undefined {
    const known = this.known;
    for (let i = 0; i < known.length; i++) if (known[i]!.identity === identity) return known[i];
    return undefined;
  }

  toRecord(): Record<string, string> {
    return Object.fromEntries(this.map);
  }
}
