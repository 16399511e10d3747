// The proper-noun model's unit of judgement: a run of capitalised tokens with its cues, made by makeRun in
// proper-nouns.ts and judged there and by the rules that look around it (context-rules.ts).
import type { Token } from './tokens.js';

/** How much a token reads as a name: a gazetteer or unknown name, a rarer or common word, a public term, an acronym, a number. */
export type Strength = 'name' | 'word' | 'common' | 'public' | 'acronym' | 'number';

export interface Run {
  toks: Token[];
  strengths: Strength[];
  keys: string[];
  last: Token;
  /** The token before the run (before any title or relationship word taken off it). */
  before: Token | undefined;
  beforeGap: string;
  quoted: boolean;
  titled: boolean;
  relation: Token | undefined;
  colleague: boolean;
  labelled: boolean;
  cue: boolean;
  hasName: boolean;
}
