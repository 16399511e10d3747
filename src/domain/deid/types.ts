// Shapes of the de-identification engine (CONTRACTS.md §2).

export type EntityType = 'PERSON' | 'ORGANISATION' | 'LOCATION' | 'CONTACT' | 'DATE' | 'ID' | 'AGE';
export type EntitySource = 'known' | 'pattern' | 'model';

export interface Entity {
  type: EntityType;
  /** UTF-16 offset into the input, inclusive. */
  start: number;
  /** UTF-16 offset into the input, exclusive. */
  end: number;
  /** Always `input.slice(start, end)`. */
  text: string;
  source: EntitySource;
  replacement: string;
}

export interface KnownPerson {
  role: 'client' | 'third-party' | string;
  relationship?: string;
  name: string;
  aliases?: string[];
}

/** What the case record already knows (the `--known` object). */
export interface Known {
  people?: KnownPerson[];
  organisations?: string[];
  places?: string[];
  identifiers?: string[];
  dates?: string[];
}

export interface RedactOptions {
  /**
   * Pseudonyms already given in other notes of the same case (identity key → replacement), so that the
   * same person keeps the same tag across notes. Returned, extended, in `mapping` when `returnMapping` is set.
   */
  pseudonyms?: Record<string, string>;
  /** Return the identity → replacement map (for the author only; never store it in a consultation). */
  returnMapping?: boolean;
}

export interface RedactResult {
  text: string;
  entities: Entity[];
  /** Only when `returnMapping` was asked for: identity key → replacement. */
  mapping?: Record<string, string>;
}

/** Plain data the engine needs; loaded outside the domain (src/services/deid-resources.ts). */
export interface DeidResources {
  givenNames: ReadonlySet<string>;
  surnames: ReadonlySet<string>;
  commonWords: ReadonlySet<string>;
  /** Rarer English words: capitalised, they are headings or clinical words unless a gazetteer names them. */
  rareWords: ReadonlySet<string>;
  placeNames: ReadonlySet<string>;
  publicNames: ReadonlySet<string>;
  /** The first words of the public names of more than one word ("sierra", "saudi", "papua"). */
  publicPhraseStarts: ReadonlySet<string>;
  /** folded name → its nickname / formal-name variants (both directions). */
  nicknames: ReadonlyMap<string, readonly string[]>;
}

export interface Redactor {
  redact(text: string, known?: Known, options?: RedactOptions): RedactResult;
}
