// A candidate span before overlaps are resolved and replacements are given.
import type { EntitySource, EntityType } from './types.js';

export type Kind = 'EMAIL' | 'URL' | 'HANDLE' | 'PHONE' | 'POSTCODE' | 'ADDRESS' | 'DATE' | 'ID' | 'AGE' | 'PERSON' | 'ORG' | 'PLACE';

export interface Span {
  type: EntityType;
  kind: Kind;
  start: number;
  end: number;
  source: EntitySource;
  /** Identity for consistent pseudonyms (e.g. "known:0" for the first known person, "name:tom baker"). */
  identity?: string;
  /** Colleague role seen next to an unknown person. */
  colleague?: boolean;
}

export const KIND_TYPE: Record<Kind, EntityType> = {
  EMAIL: 'CONTACT',
  URL: 'CONTACT',
  HANDLE: 'CONTACT',
  PHONE: 'CONTACT',
  POSTCODE: 'LOCATION',
  ADDRESS: 'LOCATION',
  PLACE: 'LOCATION',
  DATE: 'DATE',
  ID: 'ID',
  AGE: 'AGE',
  PERSON: 'PERSON',
  ORG: 'ORGANISATION',
};

/** (every span has the same seven properties, so the code that reads spans sees one object shape) */
export function span(kind: Kind, start: number, end: number, source: EntitySource, extra?: Pick<Span, 'identity' | 'colleague'>): Span {
  return {
    type: KIND_TYPE[kind],
    kind,
    start,
    end,
    source,
    identity: extra === undefined ? undefined : extra.identity,
    colleague: extra === undefined ? undefined : extra.colleague,
  };
}
