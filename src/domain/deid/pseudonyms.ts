// Consistent pseudonyms: the same person, organisation or place gets the same tag throughout a text and,
// when the caller passes the map back in, across the notes of one case.
import { fold } from './fold.js';
import type { KnownPersonInfo } from './known.js';
import type { Span } from './span.js';

export interface Resolved extends Span {
  text: string;
}

const FIXED: Partial<Record<Span['kind'], string>> = {
  EMAIL: '[EMAIL]',
  URL: '[URL]',
  HANDLE: '[HANDLE]',
  PHONE: '[PHONE]',
  DATE: '[DATE]',
  ID: '[ID]',
  AGE: '[AGE]',
};

export class Pseudonyms {
  private readonly map: Map<string, string>;
  private people = 0;
  private orgs = 0;
  private places = 0;
  /** Folded single name part → identity of a person already seen ("Whitfield" → "name:grace whitfield"). */
  private readonly parts = new Map<string, string>();

  constructor(seed: Record<string, string> | undefined, private readonly known: readonly KnownPersonInfo[]) {
    this.map = new Map(Object.entries(seed ?? {}).filter(([k, v]) => typeof k === 'string' && typeof v === 'string'));
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
    const fixed = FIXED[s.kind];
    if (fixed) return fixed;
    if (s.type === 'PERSON') return this.person(s);
    if (s.type === 'ORGANISATION') return this.tag(s.identity ?? `org:${fold(s.text)}`, () => `[ORGANISATION-${++this.orgs}]`);
    return this.tag(s.identity ?? `place:${fold(s.text).replace(/\s+/g, ' ')}`, () => `[PLACE-${++this.places}]`);
  }

  private person(s: Resolved): string {
    const parts = fold(s.text).split(/[\s.]+/).filter(Boolean);
    let identity = s.identity;
    if (!identity) {
      identity = `name:${parts.join(' ')}`;
      if (!this.map.has(identity)) {
        const shared = parts.map((p) => this.parts.get(p)).find((x) => x !== undefined);
        if (shared) identity = shared;
      }
    }
    for (const p of parts) if (p.length >= 2 && !this.parts.has(p)) this.parts.set(p, identity);
    const info = this.known.find((k) => k.identity === identity);
    return this.tag(identity, () => {
      if (info?.role === 'client') return '[CLIENT]';
      if (info?.role === 'colleague' || (!info && s.colleague)) return `[COLLEAGUE-${++this.people}]`;
      return `[PERSON-${++this.people}]`;
    });
  }

  private tag(identity: string, make: () => string): string {
    let v = this.map.get(identity);
    if (!v) {
      v = make();
      this.map.set(identity, v);
    }
    return v;
  }

  toRecord(): Record<string, string> {
    return Object.fromEntries(this.map);
  }
}
