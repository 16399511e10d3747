// Word classes as bits of one mask per token (Token.f): computed once per distinct word from the gazetteers
// and the cue lists (lookup-cache.ts), so the recognisers test bits instead of looking words up again.
export const GIVEN = 1 << 0;
export const SURNAME = 1 << 1;
export const COMMON = 1 << 2;
export const RARE = 1 << 3;
export const PLACE = 1 << 4;
export const PUBLIC_NAME = 1 << 5;
export const WORD_NAME = 1 << 6;
export const CALENDAR = 1 << 7;
export const PUBLIC_TERM = 1 << 8;
export const TITLE = 1 << 9;
export const RELATION = 1 << 10;
export const ORG_SUFFIX = 1 << 11;
export const ORG_PREFIX = 1 << 12;
export const COLLEAGUE = 1 << 13;
export const NAME_LABEL = 1 << 14;
export const DOMAIN = 1 << 15;
export const ACRONYM = 1 << 16;
export const KIN = 1 << 17;
export const CONNECTOR = 1 << 18;
export const PLACE_PREP = 1 << 19;
export const STREET_SUFFIX = 1 << 20;
export const PLACE_SUFFIX = 1 << 21;
export const ID_CUE = 1 << 22;
export const UNIT = 1 << 23;
export const NOT_INITIAL_BEFORE = 1 << 24;
export const CLIENT_WORD = 1 << 25;
/** Set per call (not cached): a name part the case knows. */
export const KNOWN = 1 << 26;
/** A surname that is also an ordinary word (lexicon WORD_SURNAMES). */
export const WORD_SURNAME = 1 << 27;

/** commonWords or WORD_NAMES: an ordinary English word. */
export const COMMONISH = COMMON | WORD_NAME;
