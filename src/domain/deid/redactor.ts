// The engine: known identifiers, patterns and the proper-noun model, merged into sorted, non-overlapping
// entities with consistent pseudonyms. Pure and deterministic: no I/O, no clock, no randomness.
import { recogniseAges } from './ages.js';
import * as C from './classes.js';
import { KNOWN } from './classes.js';
import { cachedResources, type CachedResources } from './lookup-cache.js';
import { dateReadings, KeyLengths, matchKnown, type KnownMatch } from './known.js';
import { CALENDAR_WORDS, NAME_PARTICLES, PUBLIC_TERMS, WORD_NAMES } from './lexicon.js';
import { recognisePatterns, STATE_ABBR } from './patterns.js';
import { publicPhraseFrom, recogniseProperNouns } from './proper-nouns.js';
import { Pseudonyms, orgIdentity, personIdentity, type Resolved } from './pseudonyms.js';
import { span, type Span } from './span.js';
import { firstTokenAt, tokenize, type Token } from './tokens.js';
import type { DeidResources, Entity, Known, RedactOptions, RedactResult, Redactor } from './types.js';
import { acronymWithEnding, codeAt, isAsciiDigit, isAsciiLower, isSpace } from './chars.js';
import { memo } from './memo.js';
import { dictatedRange, writtenForm } from './spoken.js';
import { DEGREE_STATES, PERSON_VERBS, SOCIAL_CUES, says } from './cues.js';

const PRIORITY = { known: 3, pattern: 2, model: 1 } as const;

/** dateReadings (four regexes per date) kept per written date: the same dates recur across notes. */
const READINGS = new Map<string, string[]>();
function readingsOf(s: string): string[] {
  return memo(READINGS, s, dateReadings);
}

export function createRedactor(gazetteers: DeidResources): Redactor {
  const resources = cachedResources(gazetteers);
  return {
    redact(input: string, known: Known = {}, options: RedactOptions = {}): RedactResult {
      const text = typeof input === 'string' ? input : '';
      if (text.length > SECTIONS_FROM) return redactInSections(text, known, options, resources);
      const { resolved, people } = resolvedSpans(text, known, resources, undefined);
      const pseudonyms = new Pseudonyms(options.pseudonyms, people);
      const entities = entitiesOf(resolved, pseudonyms, 0);
      const result: RedactResult = { text: replaced(text, entities), entities };
      if (options.returnMapping) result.mapping = pseudonyms.toRecord();
      return result;
    },
  };
}

/**
 * A text longer than this (in UTF-16 code units) is redacted section by section: a note is a few kilobytes, and a
 * text of megabytes (a whole case file pasted in, notes joined together) would otherwise hold a token object for
 * every word at once — some 600 MB at the 10 MB limit instead of under 200 MB.
 */
export const SECTIONS_FROM = 1 << 18;
/** The length a section aims at; it ends at a paragraph break (else a line break, else a space) before that. */
const SECTION = 1 << 16;

/**
 * The text in sections of about SECTION code units, each ending after a blank line where there is one in its last
 * quarter (else after a line break, else after a space; else at SECTION, never between the halves of a surrogate
 * pair): entities do not cross a blank line, so a section boundary does not cut one.
 */
export function sectionEnds(text: string, size: number = SECTION): number[] {
  const ends: number[] = [];
  let from = 0;
  while (text.length - from > size) {
    const limit = from + size;
    const floor = limit - (size >> 2);
    let end = text.lastIndexOf('\n\n', limit - 2);
    if (end >= floor) end += 2;
    else {
      end = text.lastIndexOf('\n', limit - 1);
      if (end >= floor) end += 1;
      else {
        end = text.lastIndexOf(' ', limit - 1);
        if (end >= floor) end += 1;
        else {
          end = limit;
          const c = text.charCodeAt(end - 1);
          if (c >= 0xd800 && c <= 0xdbff) end--;
        }
      }
    }
    ends.push(end);
    from = end;
  }
  ends.push(text.length);
  return ends;
}

/**
 * A long text, one section at a time (see SECTIONS_FROM): the same steps per section, with one set of pseudonyms
 * for the whole text (a person keeps their tag from the first section to the last), and a name found in one
 * section is looked for in the sections after it as in the rest of its own ("her son Jayden" … "Jayden").
 */
function redactInSections(text: string, known: Known, options: RedactOptions, resources: CachedResources): RedactResult {
  const entities: Entity[] = [];
  const carried = new Map<string, boolean>();
  let pseudonyms: Pseudonyms | undefined;
  let from = 0;
  for (const end of sectionEnds(text)) {
    const { resolved, people } = resolvedSpans(text.slice(from, end), known, resources, carried);
    pseudonyms ??= new Pseudonyms(options.pseudonyms, people);
    const found = entitiesOf(resolved, pseudonyms, from);
    for (let i = 0; i < found.length; i++) entities.push(found[i]!);
    from = end;
  }
  const result: RedactResult = { text: replaced(text, entities), entities };
  if (options.returnMapping) result.mapping = pseudonyms!.toRecord();
  return result;
}

/**
 * One text's (or section's) entities before pseudonyms; a dictated note's found in its written form (spoken.ts) and
 * mapped back to the words as dictated.
 */
function resolvedSpans(text: string, known: Known, resources: CachedResources, carried: Map<string, boolean> | undefined): { resolved: Resolved[]; people: KnownMatch['people'] } {
  const written = writtenForm(text);
  if (written === undefined) return resolvedSpansOf(text, known, resources, carried);
  const found = resolvedSpansOf(written.text, known, resources, carried);
  const resolved = found.resolved;
  for (let i = 0; i < resolved.length; i++) {
    const s = resolved[i]!;
    const [start, end] = dictatedRange(written, s.start, s.end);
    resolved[i] = resolvedSpan(s.type, s.kind, start, end, s.source, s.identity, s.colleague, text.slice(start, end));
  }
  return { resolved, people: found.people };
}

/** One text's entities before pseudonyms: tokens, known identifiers, every candidate span, resolved. */
function resolvedSpansOf(text: string, known: Known, resources: CachedResources, carried: Map<string, boolean> | undefined): { resolved: Resolved[]; people: KnownMatch['people'] } {
  const tokens = tokenize(text);
  resources.classify(tokens);
  const k = matchKnown(text, tokens, known, resources);
  const spans = findSpans(text, tokens, k, resources, carried);
  return { resolved: extendStates(text, withParticles(text, tokens, joinAdjacent(text, resolve(text, spans)))), people: k.people };
}

// (redact is split into these phases so that each compiles quickly: one large function took V8 ~190 ms to
// optimise, three times over, while a batch warmed up)

/** Every candidate span: known, patterns, the model, names found again, ages (overlaps resolved later). */
function findSpans(text: string, tokens: Token[], k: KnownMatch, resources: CachedResources, carried: Map<string, boolean> | undefined): Span[] {
  if (k.keys.size) markKnownTokens(tokens, k.keys);
  const patterns = recognisePatterns(text, tokens);
  if (k.dates.size) markKnownDates(text, patterns, k.dates);
  const model = recogniseProperNouns(text, tokens, { res: resources, knownKeys: k.keys });
  const spans: Span[] = k.spans;
  for (let i = 0; i < patterns.length; i++) spans.push(patterns[i]!);
  for (let i = 0; i < model.length; i++) spans.push(model[i]!);
  placesAfterOrganisations(text, tokens, spans);
  const aliases = bracketedAliases(text, tokens, spans);
  for (let i = 0; i < aliases.length; i++) spans.push(aliases[i]!);
  const again = propagateNames(text, tokens, spans, resources, carried);
  for (let i = 0; i < again.length; i++) spans.push(again[i]!);
  initialsAfterNames(text, tokens, spans);
  const anchors: Span[] = [];
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    if (s.type === 'PERSON' || s.type === 'DATE' || s.type === 'ID') anchors.push(s);
  }
  // ("Pt (38) tearful", "Client (16, Y11)": a word for the client, then an age in brackets)
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.f & C.CLIENT_WORD && codeAt(text, t.end) === 32 && codeAt(text, t.end + 1) === 40 && isAsciiDigit(codeAt(text, t.end + 2))) anchors.push(span('PERSON', t.start, t.end, 'model'));
  }
  const ages = recogniseAges(text, anchors);
  for (let i = 0; i < ages.length; i++) spans.push(ages[i]!);
  return spans;
}

/**
 * "the fight with marcus t that got him suspended", "w/ ruth o. as second worker": a surname's initial one space after
 * a person's name, where the phrase ends; "dr h mcallister": a surname (or a word only the place list knows) one
 * space after a person's initial. Both become part of the name (joinAdjacent joins them).
 */
function initialsAfterNames(text: string, tokens: readonly Token[], spans: Span[]): void {
  const n = spans.length;
  for (let s = 0; s < n; s++) {
    const p = spans[s]!;
    if (p.type !== 'PERSON' || codeAt(text, p.end) !== 32) continue;
    const j = firstTokenAt(tokens, p.end + 1, 0, tokens.length);
    const t = tokens[j];
    if (t === undefined || t.start !== p.end + 1 || !t.alpha) continue;
    const single = p.end - p.start === 1 || (p.end - p.start === 2 && codeAt(text, p.start + 1) === 46);
    if (t.text.length === 1) {
      // (not "a" or "i", a kiss, "Jo x", nor "d." for died, "b." for born, "m." for married: "wife Irene d. 2019")
      if (single || t.baseEnd !== t.end || NOT_TRAILING_INITIALS.has(t.text)) continue;
      // (the initial's full stop is part of it; then the phrase ends: punctuation, a line's end, or a word that follows a name)
      const dot = codeAt(text, t.end) === 46 ? 1 : 0;
      const next = tokens[j + 1];
      const endsPhrase = next === undefined || (dot === 1 ? /^\.\s/.test(next.gap) || next.gap === '.' : /^[\s]*[,;:)!?\n–—]|^\.(?:\s|$)/.test(next.gap) || (next.gap === ' ' && next.lower && AFTER_INITIAL.has(next.key)));
      if (endsPhrase) spans.push(span('PERSON', t.start, t.end + dot, 'model', { identity: p.identity }));
      continue;
    }
    // after an initial: a surname, or a word only the place and name lists know
    if (!single || t.text.length < 3 || t.end !== t.baseEnd || !(t.lower || t.upper || t.cap)) continue;
    const f = t.f & ~C.KNOWN;
    if (t.alpha && (f & (C.SURNAME | C.PLACE)) !== 0 && (f & ~(C.SURNAME | C.PLACE | C.GIVEN)) === 0) spans.push(span('PERSON', t.start, t.end, 'model', { identity: p.identity }));
  }
}
const NOT_TRAILING_INITIALS = new Set(['a', 'i', 'A', 'I', 'x', 'X', 'd', 'b', 'm', 'c']);
/** Words after a surname's initial where the phrase ends: "marcus t that got him suspended". */
const AFTER_INITIAL = new Set(['that', 'who', 'and', 'to', 'from', 'at', 'is', 'was', 'said', 'says', 'as', 'about', 'on', 'in', 'for', 'with', 'today', 'yesterday', 'again', 're']);

/**
 * "Adult CMHT, Springfield University Hospital, Tooting⏎", "Tri-City Behavioral Health, Vista⏎", "Caversham Lane
 * Primary School, Reading     Year group": the town after an organisation and a comma, where the line or the field
 * ends — one to three capitalised words the place list knows (the last, at least), an ordinary word among them.
 */
function placesAfterOrganisations(text: string, tokens: readonly Token[], spans: Span[]): void {
  const n = spans.length;
  for (let s = 0; s < n; s++) {
    const o = spans[s]!;
    if (o.type !== 'ORGANISATION' || codeAt(text, o.end) !== 44 || codeAt(text, o.end + 1) !== 32) continue;
    const j = firstTokenAt(tokens, o.end + 2, 0, tokens.length);
    let k = j;
    while (k < tokens.length && k - j < 3 && tokens[k]!.cap && tokens[k]!.alpha && (k === j || tokens[k]!.gap === ' ')) k++;
    if (k === j || tokens[j]!.start !== o.end + 2) continue;
    const last = tokens[k - 1]!;
    // (a state's letters after it are part of it, as the development set marks "Liverpool NSW": "Mandurah WA")
    let end = last.end;
    const st = tokens[k];
    if (st !== undefined && st.gap === ' ' && st.upper && STATE_ABBR.test(' ' + st.text)) end = st.end;
    const after = st !== undefined && end === st.end ? tokens[k + 1] : st;
    if (!(last.f & C.PLACE) || (after !== undefined && !FIELD_END.test(after.gap))) continue;
    let ok = true;
    for (let q = j; q < k; q++) if (tokens[q]!.f & (C.ORG_SUFFIX | C.CALENDAR | C.TITLE | C.RELATION | C.NAME_LABEL | C.PUBLIC_NAME | C.DOMAIN)) ok = false;
    if (ok) spans.push(span('PLACE', tokens[j]!.start, end, 'model'));
  }
}
/** The end of a line or a field: a line break, two spaces or more, a bar or a bracket. */
const FIELD_END = /^(?:[^\S\n]*\n|\s{2,}|\s?[|)(]|\s?[–—]\s)/;

/**
 * A person's other name in brackets just after their name: "flatmate jas (jasmine)", "Bex (Rebecca)" — one word
 * that is a given name or that no list knows (not a relation, a role, a title or an acronym: "Sarah (mum)",
 * "Jo (GP)").
 */
function bracketedAliases(text: string, tokens: readonly Token[], spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    if (s.type === 'ORGANISATION') {
      orgAcronym(text, tokens, s, out);
      continue;
    }
    if (s.type !== 'PERSON') continue;
    quotedNicknameBefore(text, tokens, s, out);
    const open = codeAt(text, s.end) === 40 ? s.end : codeAt(text, s.end) === 32 && codeAt(text, s.end + 1) === 40 ? s.end + 1 : -1;
    if (open < 0) continue;
    // ('Angelica Reyes ("Gel")': or quoted in the brackets, which makes any capitalised word a name)
    const q = text.charCodeAt(open + 1);
    const quoted = (q === 34 || q === 0x201c) && (text.charCodeAt(open + 2) !== 32);
    const from = quoted ? open + 2 : open + 1;
    const j = firstTokenAt(tokens, from, 0, tokens.length);
    const t = tokens[j];
    if (!t || t.start !== from || t.text.length < 2 || t.end !== t.baseEnd || !t.alpha) continue;
    if (quoted) {
      // ('Colin Duncan ("Big Col")': or two capitalised words in the quotes)
      let e = t;
      const u = tokens[j + 1];
      if (u !== undefined && u.gap === ' ' && u.cap && u.alpha && u.end === u.baseEnd) e = u;
      const c = text.charCodeAt(e.end);
      if ((c === 34 || c === 0x201d) && text.charCodeAt(e.end + 1) === 41 && t.cap && !(t.f & (C.KIN | C.RELATION | C.TITLE | C.ACRONYM | C.CALENDAR | C.NAME_LABEL | C.COLLEAGUE | C.DOMAIN))) out.push(span('PERSON', t.start, e.end, 'model', { identity: s.identity ?? personIdentity(text.slice(s.start, s.end)) }));
      continue;
    }
    if (text.charCodeAt(t.end) !== 41) continue;
    // "Kate Turner (KT)": the name's initials in brackets are the same person
    if (t.upper && t.text.length <= 3 && initialsOf(text.slice(s.start, s.end), t.text)) {
      out.push(span('PERSON', t.start, t.end, 'model', { identity: s.identity ?? personIdentity(text.slice(s.start, s.end)) }));
      continue;
    }
    if (t.f & (C.KIN | C.RELATION | C.TITLE | C.ACRONYM | C.CALENDAR | C.PUBLIC_TERM | C.DOMAIN | C.NAME_LABEL | C.COLLEAGUE) || t.upper || acronymWithEnding(t.text)) continue;
    // ("Faith Nguyen-Walker (Board-approved)": a compound with a part in lower case is a description)
    if (LOWER_PART.test(t.text)) continue;
    // (in lower case only a given name: "Gaz (greenkeeper)" is a job no list knows)
    if (!((t.f & C.GIVEN) !== 0 || (!t.lower && ((t.f & C.SURNAME && !(t.f & C.COMMON)) || (t.f & ~C.KNOWN) === 0)))) continue;
    out.push(span('PERSON', t.start, t.end, 'model'));
  }
  return out;
}

const LOWER_PART = /-[a-z]/;

/** 'his mate "bear" (Corey)': one quoted word just before a person's name alone in brackets is their nickname. */
function quotedNicknameBefore(text: string, tokens: readonly Token[], s: Span, out: Span[]): void {
  const close = s.start - 3;
  const q = codeAt(text, close);
  // ('"Tee" (Tiago Fernandes, 19)': the name alone in the bracket, or before a comma and more)
  const after = codeAt(text, s.end);
  if (codeAt(text, s.start - 1) !== 40 || codeAt(text, s.start - 2) !== 32 || (q !== 34 && q !== 0x201d) || (after !== 41 && after !== 44)) return;
  const j = firstTokenAt(tokens, Math.max(0, close - 20), 0, tokens.length);
  for (let k = j; k < tokens.length && tokens[k]!.start < close; k++) {
    const t = tokens[k]!;
    if (t.end !== close) continue;
    const o = codeAt(text, t.start - 1);
    if ((o === 34 || o === 0x201c) && t.alpha && t.text.length >= 2 && !(t.f & (C.KIN | C.RELATION | C.TITLE | C.NAME_LABEL | C.ACRONYM))) out.push(span('PERSON', t.start, t.end, 'model', { identity: s.identity ?? personIdentity(text.slice(s.start, s.end)) }));
    return;
  }
}

/** "Austin Community College (ACC)", 'Mount Austin High ("MAHS")': an organisation's letters in brackets after its name. */
function orgAcronym(text: string, tokens: readonly Token[], s: Span, out: Span[]): void {
  let p = s.end;
  if (codeAt(text, p) === 32) p++;
  if (codeAt(text, p) !== 40) return;
  p++;
  const q = text.charCodeAt(p);
  if (q === 34 || q === 0x201c) p++;
  const j = firstTokenAt(tokens, p, 0, tokens.length);
  const t = tokens[j];
  if (!t || t.start !== p || !t.upper || !t.alpha || t.text.length < 2 || t.text.length > 6) return;
  const c = text.charCodeAt(t.end);
  if (c !== 41 && c !== 34 && c !== 0x201d) return;
  // (the letters are the name's initials, at least the first two in order: not a ward or a degree, "Poole Hospital
  // (ITU)", "Northeastern State University (BSN)")
  if (!initialsOf(text.slice(s.start, s.end), t.text)) return;
  // (the same pseudonym as the name: "[ORGANISATION-1] ([ORGANISATION-1])")
  out.push(span('ORG', t.start, t.end, 'model', { identity: s.identity ?? orgIdentity(text.slice(s.start, s.end)) }));
}

/** Whether `letters` starts with the initials of the first two words of `name` ("The" aside): "ACC" of "Austin Community College". */
function initialsOf(name: string, letters: string): boolean {
  const words = name.split(/[\s&-]+/).filter((w) => w.length > 0 && w !== 'The' && w !== 'of' && w !== 'and' && w !== 'the');
  if (words.length < 2) return false;
  return letters.charAt(0) === words[0]!.charAt(0).toUpperCase() && letters.charAt(1) === words[1]!.charAt(0).toUpperCase();
}

/** A verb of saying after the token at i, or after one adverb in "-ly": "summer rang", "summer finally rang back". */
function lowerNameSays(tokens: readonly Token[], i: number): boolean {
  let v = tokens[i + 1];
  if (v && v.gap === ' ' && v.lower && v.text.length > 3 && v.key.endsWith('ly')) v = tokens[i + 2];
  return !!v && v.gap === ' ' && v.lower && says(v.key);
}

/** Flags the tokens whose key the case knows (a name part, an organisation or place word). */
function markKnownTokens(tokens: readonly Token[], keys: ReadonlySet<string>): void {
  // (most tokens fail the cheap test of length and first letter, before any look-up of the set)
  const lengths = new KeyLengths();
  for (const key of keys) lengths.add(key);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (lengths.hasWord(t.word) && keys.has(t.key)) t.f |= KNOWN;
  }
}

/** A date of birth the case knows, in whatever format the note uses. */
function markKnownDates(text: string, patterns: Span[], dates: ReadonlySet<string>): void {
  for (let i = 0; i < patterns.length; i++) {
    const p = patterns[i]!;
    if (p.type !== 'DATE') continue;
    const readings = readingsOf(text.slice(p.start, p.end));
    for (let j = 0; j < readings.length; j++) {
      if (dates.has(readings[j]!)) {
        p.source = 'known';
        break;
      }
    }
  }
}

/** The entities of the resolved spans, `offset` added to their offsets (a section's place in its text). */
function entitiesOf(resolved: readonly Resolved[], pseudonyms: Pseudonyms, offset: number): Entity[] {
  const entities: Entity[] = [];
  for (let i = 0; i < resolved.length; i++) {
    const s = resolved[i]!;
    entities.push({ type: s.type, start: s.start + offset, end: s.end + offset, text: s.text, source: s.source, replacement: pseudonyms.replacementFor(s) });
  }
  return entities;
}

/** The text with every entity replaced by its pseudonym. */
function replaced(text: string, entities: readonly Entity[]): string {
  const parts: string[] = [];
  let pos = 0;
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i]!;
    parts.push(text.slice(pos, e.start), e.replacement);
    pos = e.end;
  }
  parts.push(text.slice(pos));
  return parts.join('');
}

/** (every resolved span is made here, with its properties in one order, so that code reading them sees one shape) */
function resolvedSpan(type: Span['type'], kind: Span['kind'], start: number, end: number, source: Span['source'], identity: string | undefined, colleague: boolean | undefined, text: string): Resolved {
  return { type, kind, start, end, source, identity, colleague, text };
}

/** PRIORITY[source] without a keyed look-up by a variable name. */
function priority(source: Span['source']): number {
  return source === 'known' ? PRIORITY.known : source === 'pattern' ? PRIORITY.pattern : PRIORITY.model;
}

const byPosition = (a: Span, b: Span) => a.start - b.start || b.end - a.end;

/**
 * Sorts spans by start, longer first, stably (as Array.prototype.sort with byPosition): a note has a few
 * dozen, nearly in order, for which an insertion sort is quicker than the built-in sort calling back.
 */
function sortByPosition(spans: Span[]): void {
  if (spans.length > 32) {
    spans.sort(byPosition);
    return;
  }
  for (let i = 1; i < spans.length; i++) {
    const x = spans[i]!;
    let j = i - 1;
    while (j >= 0 && byPosition(spans[j]!, x) > 0) {
      spans[j + 1] = spans[j]!;
      j--;
    }
    spans[j + 1] = x;
  }
}

/** Union of overlapping spans; the longest span of a cluster gives its type (ties: known > pattern > model). */
function resolve(text: string, spans: readonly Span[]): Resolved[] {
  const valid: Span[] = [];
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    if (Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end) valid.push(s);
  }
  sortByPosition(valid);
  const out: Resolved[] = [];
  // a cluster is valid[from, i), ending at `end`
  let from = 0;
  let end = -1;
  for (let i = 0; i < valid.length; i++) {
    const s = valid[i]!;
    if (i > from && s.start >= end) {
      out.push(merge(text, valid, from, i, end));
      from = i;
    }
    if (i === from) end = s.end;
    if (s.end > end) end = s.end;
  }
  if (valid.length > from) out.push(merge(text, valid, from, valid.length, end));
  return out;
}

/** One resolved span for the cluster spans[from, to), which ends at `end`. */
function merge(text: string, spans: readonly Span[], from: number, to: number, end: number): Resolved {
  const start = spans[from]!.start;
  let lead = spans[from]!;
  let best = spans[from]!;
  for (let i = from; i < to; i++) {
    const s = spans[i]!;
    const d = s.end - s.start - (lead.end - lead.start);
    if (d > 0 || (d === 0 && priority(s.source) > priority(lead.source))) lead = s;
    if (priority(s.source) > priority(best.source)) best = s;
  }
  // the first span of the lead's type with an identity; the first postcode or address; any colleague
  let typed: Span | undefined;
  let address: Span | undefined;
  let colleague = false;
  for (let i = from; i < to; i++) {
    const s = spans[i]!;
    if (typed === undefined && s.type === lead.type && s.identity) typed = s;
    if (address === undefined && (s.kind === 'POSTCODE' || s.kind === 'ADDRESS')) address = s;
    if (s.colleague) colleague = true;
  }
  const identity = lead.identity ?? typed?.identity;
  // A postcode or street address in the cluster makes it a place ("Mount Druitt NSW 2770").
  const asPlace = !!address && lead.type !== 'LOCATION' && lead.source !== 'known';
  const merged = resolvedSpan(asPlace ? 'LOCATION' : lead.type, asPlace ? address!.kind : lead.kind, start, end, best.source, asPlace ? undefined : identity, colleague, text.slice(start, end));
  // A known name inside a longer model span keeps the case's identity ("Grace Liu" → the client).
  if (merged.type === 'PERSON' && !lead.identity) {
    for (let i = from; i < to; i++) {
      const s = spans[i]!;
      if (s.source === 'known' && s.type === 'PERSON' && s.identity) {
        merged.identity = s.identity;
        break;
      }
    }
  }
  return merged;
}

/** text.slice(from, to) matches /^,?\s{1,2}$/ (scanned in place). */
function isCommaSpace(text: string, from: number, to: number): boolean {
  let i = from;
  if (i < to && text.charCodeAt(i) === 44) i++;
  const n = to - i;
  if (n < 1 || n > 2) return false;
  if (!isSpace(text.charCodeAt(i))) return false;
  return n === 1 || isSpace(text.charCodeAt(i + 1));
}

/** "Esperanza" + "Morales" → one person; "27 Sefton Road" + "Liverpool" + "L8 4QP" → one address. */
function joinAdjacent(text: string, spans: Resolved[]): Resolved[] {
  // "George St, Sydney NSW 2000": a first name just before a postcode is a town.
  for (let i = 0; i + 1 < spans.length; i++) {
    const s = spans[i]!;
    const next = spans[i + 1]!;
    if (s.type === 'PERSON' && s.source === 'model' && next.kind === 'POSTCODE' && isCommaSpace(text, s.end, next.start)) {
      spans[i] = resolvedSpan('LOCATION', 'PLACE', s.start, s.end, s.source, undefined, s.colleague, s.text);
    }
  }
  const out: Resolved[] = [];
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    const prev = out.length ? out[out.length - 1] : undefined;
    if (prev) {
      // (the gap is text.slice(prev.end, s.start): " " is one space there)
      const samePerson = prev.type === 'PERSON' && s.type === 'PERSON' && s.start - prev.end === 1 && text.charCodeAt(prev.end) === 32 && (prev.identity === s.identity || !prev.identity || !s.identity);
      const address = prev.type === 'LOCATION' && s.type === 'LOCATION' && (prev.kind === 'ADDRESS' || s.kind === 'POSTCODE' || prev.kind === 'POSTCODE' || s.kind === 'ADDRESS') && isCommaSpace(text, prev.end, s.start);
      if (samePerson || address) {
        out[out.length - 1] = resolvedSpan(
          prev.type,
          address ? 'ADDRESS' : prev.kind,
          prev.start,
          s.end,
          priority(s.source) > priority(prev.source) ? s.source : prev.source,
          prev.identity ?? s.identity,
          prev.colleague,
          text.slice(prev.start, s.end),
        );
        continue;
      }
    }
    out.push(s);
  }
  return out;
}

/**
 * "Marisol de la Cruz", "Ms. de la Cruz", "Mr van der Meulen", "Cerys ab Iorwerth": lower-case particles just
 * before a person's name belong to it when two or more come together, or when a title or another part of the
 * name comes before them (then the two parts become one person).
 */
function withParticles(text: string, tokens: readonly Token[], spans: Resolved[]): Resolved[] {
  const out: Resolved[] = [];
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    const prev = out.length ? out[out.length - 1] : undefined;
    out.push(s);
    if (s.type !== 'PERSON' || codeAt(text, s.start - 1) !== 32) continue;
    // ("Umm Basil", "Abu Yazan": "mother of", "father of" and a name are what the person is called, a kunya)
    if (KUNYA_END.has(text.charCodeAt(s.start - 2)) && kunyaBefore(text, tokens, s, prev)) {
      out[out.length - 1] = resolvedSpan('PERSON', s.kind, s.start - 1 - kunyaLength, s.end, s.source, s.identity, s.colleague, text.slice(s.start - 1 - kunyaLength, s.end));
      continue;
    }
    // (a particle is a lower-case word and one space before the name: most names have none, found without a search)
    if (!isAsciiLower(text.charCodeAt(s.start - 2))) continue;
    const at = firstTokenAt(tokens, s.start, 0, tokens.length);
    if (at >= tokens.length || tokens[at]!.start !== s.start) continue;
    // the particles just before the span, up to three, one space between each and the next word
    let j = at;
    while (j > 0 && at - j < 3 && tokens[j]!.gap === ' ' && isParticle(tokens[j - 1]!)) j--;
    if (j === at) continue;
    const first = tokens[j]!;
    if (prev && prev.end > first.start) continue; // (a particle inside another span stays there)
    const before = j > 0 ? tokens[j - 1]! : undefined;
    const joinsPrev = !!prev && prev.type === 'PERSON' && !!before && prev.end === before.baseEnd && before.end === before.baseEnd && first.gap === ' ';
    const titled = !!before && (before.f & C.TITLE) !== 0 && (first.gap === ' ' || first.gap === '. ');
    if (!joinsPrev && !titled && at - j < 2) continue;
    out.pop();
    if (joinsPrev) {
      out[out.length - 1] = resolvedSpan('PERSON', prev.kind, prev.start, s.end, priority(s.source) > priority(prev.source) ? s.source : prev.source, prev.identity ?? s.identity, prev.colleague || s.colleague, text.slice(prev.start, s.end));
    } else out.push(resolvedSpan('PERSON', s.kind, first.start, s.end, s.source, s.identity, s.colleague, text.slice(first.start, s.end)));
  }
  return out;
}

/** Last letters of the kunya words ("Abu", "Umm", "Um", "Abou", "Oum", "Ummu"): u, m. */
const KUNYA_END = new Set([117, 109]);
const KUNYA = new Set(['abu', 'umm', 'um', 'abou', 'oum', 'ummu']);
let kunyaLength = 0;
/** Whether a capitalised kunya word stands just before the span, outside the previous one (its length in kunyaLength). */
function kunyaBefore(text: string, tokens: readonly Token[], s: Resolved, prev: Resolved | undefined): boolean {
  const at = firstTokenAt(tokens, s.start, 0, tokens.length);
  if (at === 0 || at >= tokens.length || tokens[at]!.start !== s.start || tokens[at]!.gap !== ' ') return false;
  const k = tokens[at - 1]!;
  if (!k.cap || !KUNYA.has(k.key) || k.end !== s.start - 1 || (prev && prev.end > k.start)) return false;
  kunyaLength = k.end - k.start;
  return true;
}

function isParticle(t: Token): boolean {
  return t.lower && NAME_PARTICLES.has(t.key);
}

/** text.slice(at, at + 5) matches /^ (?:NSW|VIC|QLD|TAS)\b/ (scanned in place). */
function isStateAfter(text: string, at: number): boolean {
  if (codeAt(text, at) !== 32 || at + 4 > text.length) return false;
  const a = text.charCodeAt(at + 1);
  const b = text.charCodeAt(at + 2);
  const c = text.charCodeAt(at + 3);
  const state = (a === 78 && b === 83 && c === 87) || (a === 86 && b === 73 && c === 67) || (a === 81 && b === 76 && c === 68) || (a === 84 && b === 65 && c === 83); // NSW VIC QLD TAS
  if (!state || at + 4 === text.length) return state;
  const d = text.charCodeAt(at + 4); // \b: no word character [A-Za-z0-9_] after
  return !((d >= 48 && d <= 57) || (d >= 65 && d <= 90) || (d >= 97 && d <= 122) || d === 95);
}

/** What follows "ID" when it labels an identifier: a code with a digit, a colon, "#", "no." or "number". */
const ID_AFTER = /^(?:\s*[:#]|\s+(?:no\b|number\b|[A-Za-z]{0,4}\d))/i;

/** "Killeen, TX", "Liverpool NSW": a state after a town belongs to the place; "Tamworth (2340)": so does a postcode in brackets. */
function extendStates(text: string, spans: Resolved[]): Resolved[] {
  const out: Resolved[] = [];
  for (let i = 0; i < spans.length; i++) {
    const s = withState(text, spans, i);
    out.push(s);
    if (s.type === 'LOCATION' && codeAt(text, s.end + 1) === 40) {
      const pc = postcodeInBrackets(text, s.end);
      const next = spans[i + 1];
      if (pc > 0 && (!next || next.start > pc + 4)) out.push(resolvedSpan('LOCATION', 'POSTCODE', pc, pc + 4, 'pattern', undefined, false, text.slice(pc, pc + 4)));
    }
  }
  return out;
}

/**
 * Where the four digits of " (2340)" start at `at` (an Australian postcode after a town), or -1; not a year
 * ("Leeds (2019)": 19xx and 20xx are left alone).
 */
function postcodeInBrackets(text: string, at: number): number {
  if (text.charCodeAt(at) !== 32 || text.charCodeAt(at + 1) !== 40 || text.charCodeAt(at + 6) !== 41) return -1;
  for (let k = at + 2; k < at + 6; k++) {
    const c = text.charCodeAt(k);
    if (c < 48 || c > 57) return -1;
  }
  const century = text.slice(at + 2, at + 4);
  return century === '19' || century === '20' ? -1 : at + 2;
}

function withState(text: string, spans: Resolved[], i: number): Resolved {
  const s = spans[i]!;
  const townAsName = (s.type === 'PERSON' || s.type === 'ORGANISATION') && s.source === 'model' && (codeAt(text, s.end) === 44 || isStateAfter(text, s.end));
  if (s.type !== 'LOCATION' && !townAsName) return s;
  // (STATE_ABBR starts /^,?\s/: nothing else can follow a place with a state)
  const c = codeAt(text, s.end);
  if (c !== 44 && !isSpace(c)) return s;
  const m = STATE_ABBR.exec(text.slice(s.end, s.end + 8));
  if (!m) return s;
  const end = s.end + m[0].length;
  // ("Student: Hunter Begaye, ID A00481276": letters for an identifier before its number, not Idaho)
  if (m[0].endsWith('ID') && ID_AFTER.test(text.slice(end, end + 12))) return s;
  const next = spans[i + 1];
  if (next && next.start < end) return s;
  // ("Jordan Whitehorse, MA", "Kai Smith, MS": a person's full name before letters that are also a degree's)
  if (s.type === 'PERSON' && text.slice(s.start, s.end).includes(' ') && DEGREE_STATES.has(m[0].replace(/^,?\s+/, ''))) return s;
  // "Austin, TX": a first name followed by a state is a town.
  return resolvedSpan('LOCATION', s.kind === 'PERSON' ? 'PLACE' : s.kind, s.start, end, s.source, townAsName ? undefined : s.identity, s.colleague, text.slice(s.start, end));
}

/**
 * Buffers of propagateNames, kept across calls (redact is synchronous and never re-entered). COVERED[i] equals
 * this call's STAMP when offset i lies in a span: a new stamp per call instead of clearing the buffer (it is
 * cleared once every 255 calls, when the stamp wraps).
 */
let COVERED = new Uint8Array(1024);
let STAMP = 0;
/**
 * The names found: key → seen capitalised only. A note has a handful, so they are looked up in two parallel
 * arrays (keys are internalised strings: each comparison is a pointer compare); past NAME_LIST_MAX a Map
 * indexes them, so a long note with thousands of names stays linear.
 */
const NAME_KEYS: string[] = [];
const NAME_CAP_ONLY: boolean[] = [];
/** Whether a mention of the name was in lower case ("bones: cant make it"). */
const NAME_LOWER: boolean[] = [];
let nameCount = 0;
let NAME_INDEX: Map<string, number> | undefined;
const NAME_LIST_MAX = 16;

function nameIndex(key: string): number {
  if (NAME_INDEX !== undefined) return NAME_INDEX.get(key) ?? -1;
  for (let i = 0; i < nameCount; i++) if (NAME_KEYS[i] === key) return i;
  return -1;
}

/** As `names.set(key, capOnly || names.get(key) === true)` on a Map. */
function addName(key: string, capOnly: boolean, lower: boolean): void {
  const i = nameIndex(key);
  if (i >= 0) {
    if (capOnly) NAME_CAP_ONLY[i] = true;
    if (lower) NAME_LOWER[i] = true;
    return;
  }
  if (nameCount < NAME_KEYS.length) {
    NAME_KEYS[nameCount] = key;
    NAME_CAP_ONLY[nameCount] = capOnly;
    NAME_LOWER[nameCount] = lower;
  } else {
    NAME_KEYS.push(key);
    NAME_CAP_ONLY.push(capOnly);
    NAME_LOWER.push(lower);
  }
  if (NAME_INDEX !== undefined) NAME_INDEX.set(key, nameCount);
  else if (nameCount === NAME_LIST_MAX) {
    NAME_INDEX = new Map();
    for (let j = 0; j <= nameCount; j++) NAME_INDEX.set(NAME_KEYS[j]!, j);
  }
  nameCount++;
}

/** A capitalised ordinary word of four letters or more in a person's name of two or three words ("Paddy Sullivan"). */
function nameWordOfShortSpan(t: Token, inside: number): boolean {
  return inside <= 3 && t.cap && t.text.length >= 4 && (t.f & (C.TITLE | C.RELATION | C.KIN | C.ORG_SUFFIX | C.STREET_SUFFIX | C.PLACE_SUFFIX | C.DOMAIN | C.NAME_LABEL | C.COLLEAGUE)) === 0;
}

/**
 * Once a name is found, its other mentions are names too ("Dwayne Riley" … "Dwayne"; "R" … "R"). `carried`, for a
 * long text's sections: the names found in the sections before (key → seen capitalised only), to which this
 * section's names are added.
 */
function propagateNames(text: string, tokens: readonly Token[], spans: readonly Span[], res: DeidResources, carried: Map<string, boolean> | undefined): Span[] {
  nameCount = 0;
  NAME_INDEX = undefined;
  if (NAME_KEYS.length > 4096) {
    NAME_KEYS.length = 0; // (let a long note's names go)
    NAME_CAP_ONLY.length = 0;
    NAME_LOWER.length = 0;
  }
  const lengths = new KeyLengths();
  const n = text.length + 1; // (offsets past the text are not covered, as fill() clamps on an array of this length)
  if (COVERED.length < n) {
    COVERED = new Uint8Array(Math.max(n, COVERED.length * 2));
    STAMP = 0;
  }
  if (STAMP === 255) {
    COVERED.fill(0);
    STAMP = 0;
  }
  const stamp = ++STAMP;
  const covered = COVERED;
  let ti = 0;
  // (in any order of the spans: known people come before the model's; a name's flag is the OR of its mentions)
  for (let si = 0; si < spans.length; si++) {
    const s = spans[si]!;
    const from = s.start;
    const to = s.end;
    if ((from | 0) === from && (to | 0) === to && from >= 0 && to >= 0 && to <= n) {
      for (let c = from; c < to; c++) covered[c] = stamp;
    } else covered.subarray(0, n).fill(stamp, from, to); // (an odd span, e.g. negative offsets: fill's own meaning)
    if (s.type !== 'PERSON') continue;
    // the first token at or after the span (binary search either side of the last one)
    ti = ti > 0 && tokens[ti - 1]!.start >= from ? firstTokenAt(tokens, from, 0, ti) : firstTokenAt(tokens, from, ti, tokens.length);
    // the tokens without digits that end inside the span: counted first, as the rule for each depends on how many
    let inside = 0;
    for (let j = ti; j < tokens.length && tokens[j]!.start < to; j++) if (tokens[j]!.baseEnd <= to && !tokens[j]!.hasDigit) inside++;
    for (let j = ti; j < tokens.length && tokens[j]!.start < to; j++) {
      const t = tokens[j]!;
      if (t.baseEnd > to || t.hasDigit) continue;
      const common = (t.f & (C.COMMON | C.WORD_NAME | C.RARE | C.PUBLIC_TERM | C.CALENDAR | C.PUBLIC_NAME)) !== 0;
      // In "Broadmeadows Police Station" only "Broadmeadows" is a name worth looking for again.
      // (a month that is also a given name, in a person's name of two or three words, is looked for again: "Zhang Jun"
      // … "No worries Jun,"; calendarUse below keeps the month where it is one)
      const publicWord = (t.f & (C.PUBLIC_TERM | C.PUBLIC_NAME)) !== 0 || ((t.f & C.CALENDAR) !== 0 && !(inside <= 3 && t.cap && (t.f & C.GIVEN) !== 0));
      // (an ordinary word in a person's name of two or three words is looked for again, capitalised only:
      // "Paddy Sullivan" … "Paddy has"; in a longer span it is more likely part of something else's name)
      if (inside > 1 && (publicWord || (common && !(t.f & C.GIVEN) && !nameWordOfShortSpan(t, inside)))) continue;
      if (t.text.length === 1 && !t.cap) continue;
      addName(t.key, common || t.text.length <= 2, t.lower);
      lengths.add(t.key);
    }
  }
  if (carried) {
    for (const [key, capOnly] of carried) {
      addName(key, capOnly, false);
      lengths.add(key);
    }
    for (let i = 0; i < nameCount; i++) carried.set(NAME_KEYS[i]!, NAME_CAP_ONLY[i]!);
  }
  const out: Span[] = [];
  if (nameCount === 0) return out;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (covered[t.start] === stamp) continue;
    if (!lengths.hasWord(t.word)) continue; // (length and first letter from the word: no load of the key string)
    const k = nameIndex(t.key);
    if (k < 0) continue;
    const capOnly = NAME_CAP_ONLY[k]!;
    // ("w/ Summer tues … summer finally rang back": in lower case only starting a sentence before a verb of saying)
    // (or after a cue for meeting someone: "big mike … he's going to ask mike friday")
    // ("… where jay wants to be": or mid-sentence before one, after a word that starts a clause)
    // ("later jay said he was fine and jay is worried": after an adverb of time too, and before any verb of a person
    // when the name is no abstract word or time)
    // ("bones: cant make it … no worries bones, next week": a name found in lower case, again in lower case where
    // the phrase ends, not after a determiner and not a modal)
    if (capOnly && !(t.cap || t.upper) && !((t.sentStart || clauseStartBefore(tokens, i) || timeAdverbBefore(tokens, i)) && (lowerNameSays(tokens, i) || lowerNameActs(tokens, i))) && !((t.f & C.GIVEN) !== 0 && !(t.f & (C.ORG_PREFIX | C.CONNECTOR | C.NOT_INITIAL_BEFORE)) && i > 0 && t.gap === ' ' && tokens[i - 1]!.lower && SOCIAL_CUES.has(tokens[i - 1]!.key)) && !(NAME_LOWER[k] && lowerNameAgain(tokens, i))) continue;
    if (t.text.length <= 2) {
      // an initial: only standing alone ("R said", "J had left"), never "Plan B" or "B-12"
      const prev = tokens[i - 1];
      if (t.baseEnd < text.length) {
        const a = text.charCodeAt(t.baseEnd); // [-/&+0-9] just after
        if (a === 45 || a === 47 || a === 38 || a === 43 || (a >= 48 && a <= 57)) continue;
      }
      if (prev && (prev.cap || prev.upper) && !t.sentStart) continue;
      if (t.gap.length) {
        const g = t.gap.charCodeAt(t.gap.length - 1); // [-/&+] just before
        if (g === 45 || g === 47 || g === 38 || g === 43) continue;
      }
      if (t.text === 'A' || t.text === 'I') continue;
      // ("D: Precious and Dan attended", "P: homework": a heading of a DAP or SOAP note, starting a line before a colon)
      if (codeAt(text, t.baseEnd) === 58 && (t.start === 0 || t.gap.includes('\n'))) continue;
    } else if (capOnly && t.sentStart && t.end === t.baseEnd && (t.key === 'will' || t.key === 'may' || t.key === 'can')) {
      // ("Will follow up" is the verb; "Will's own grandfather" the name: a modal has no possessive)
      const next = tokens[i + 1];
      if (next && next.lower) continue;
    }
    // ("His girlfriend April … up since April", "June moved in … in June": a month or a season after a word for
    // when, or beside a number, is the time again)
    if (t.f & C.CALENDAR && calendarUse(tokens, i)) continue;
    // ("(his given name is Major) … diagnosed with major depressive disorder": the word starting a public phrase)
    if (publicPhraseFrom(tokens, i)) continue;
    out.push(span('PERSON', t.start, t.baseEnd, 'model'));
  }
  return out;
}

/** A lower-case word, no modal, where its phrase ends (a comma, a full stop, a line's end) and not after a determiner. */
function lowerNameAgain(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!t.lower || t.end !== t.baseEnd || LOWER_NAME_NOT.has(t.key)) return false;
  const prev = tokens[i - 1];
  // (nor a word after a verb it describes: "to be frank, he said", "felt hope.")
  if (prev !== undefined && t.gap === ' ' && (DETERMINER_KEYS.has(prev.key) || PREDICATE_BEFORE.has(prev.key) || prev.end !== prev.baseEnd)) return false;
  const next = tokens[i + 1];
  return next === undefined || /^[,.!?]?\s*\n|^[,.!?]/.test(next.gap);
}
const LOWER_NAME_NOT = new Set(['will', 'may', 'can', 'must', 'might', 'shall', 'me', 'you', 'him', 'her', 'them', 'us', 'it', 'this', 'that', 'there', 'here', 'then', 'now', 'too', 'though', 'lol', 'ok', 'okay', 'yes', 'no', 'yeah']);
const PREDICATE_BEFORE = new Set(['be', 'being', 'been', 'is', 'was', 'are', 'were', 'am', 'so', 'very', 'too', 'quite', 'really', 'feel', 'feels', 'felt', 'feeling', 'seem', 'seems', 'seemed', 'look', 'looks', 'looked', 'sound', 'sounds', 'get', 'got', 'gets', 'become', 'became', 'stay', 'stayed', 'keep', 'kept', 'more', 'most', 'less', 'bit', 'and', 'or', 'with', 'without', 'for', 'in', 'on', 'at', 'about', 'lost', 'have', 'has', 'had', 'give', 'gave', 'find', 'found', 'need', 'needs', 'want', 'wants']);
const DETERMINER_KEYS = new Set(['the', 'a', 'an', 'my', 'his', 'her', 'their', 'our', 'your', 'its', 'this', 'that', 'these', 'those', 'some', 'any', 'no', 'of', 'to']);

/** Whether a lower-case name at i, no abstract word or time ("hope is …", "summer was …"), comes before a person's verb. */
function lowerNameActs(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const v = tokens[i + 1];
  return !(t.f & C.CALENDAR) && !ABSTRACT_NAMES.has(t.key) && !!v && v.gap === ' ' && v.lower && PERSON_VERBS.has(v.key);
}
// (not WORD_NAMES, the lexicon's given names that are ordinary words: it holds 'jay', 'will' and others that are often a
// name in such notes; using it lost names on blind 3, 29 and held-out 35 and 36)
const ABSTRACT_NAMES = new Set(['hope', 'faith', 'grace', 'joy', 'will', 'may', 'can', 'patience', 'charity', 'chance', 'destiny', 'harmony', 'justice', 'liberty', 'mercy', 'trinity', 'glory', 'unity', 'victory', 'honor', 'honour', 'precious', 'gift', 'sunny', 'major', 'echo', 'bear', 'rich', 'mark', 'bill', 'art', 'sky', 'rain', 'storm', 'river', 'ocean', 'star', 'love', 'peace', 'serenity', 'trust', 'blessing', 'miracle', 'heaven', 'angel', 'king', 'prince', 'duke', 'rose', 'lily', 'ivy', 'holly', 'iris', 'daisy', 'violet', 'jasmine', 'hazel', 'amber', 'ruby', 'pearl', 'crystal', 'dawn', 'eve', 'autumn', 'summer', 'winter', 'spring']);
/** Whether an adverb of time stands just before the token at i: "later jay said", "then kahu told me". */
function timeAdverbBefore(tokens: readonly Token[], i: number): boolean {
  const prev = i > 0 ? tokens[i - 1]! : undefined;
  return !!prev && tokens[i]!.gap === ' ' && prev.lower && TIME_ADVERBS.has(prev.key);
}
const TIME_ADVERBS = new Set(['later', 'then', 'today', 'yesterday', 'tonight', 'now', 'earlier', 'also', 'apparently', 'eventually', 'finally']);

/** Whether a word that starts a clause stands just before the token at i, which is no pronoun ("where jay wants", "and summer rang"; not "which he explained", "some hope left"). */
function clauseStartBefore(tokens: readonly Token[], i: number): boolean {
  const prev = i > 0 ? tokens[i - 1]! : undefined;
  return !!prev && tokens[i]!.gap === ' ' && CLAUSE_STARTS.has(prev.key) && !PRONOUNS.has(tokens[i]!.key);
}
const CLAUSE_STARTS = new Set(['where', 'when', 'if', 'that', 'and', 'but', 'so', 'because', 'cos', 'coz', 'while', 'until', 'whether', 'then', 'after', 'before', 'since']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'you', 'i', 'him', 'her', 'them', 'his', 'hers', 'their', 'who']);

/** Whether the month or season at i is used as one: after "in", "since", "until" …, before "school", "holidays" …, or beside a number. */
function calendarUse(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = i > 0 ? tokens[i - 1]! : undefined;
  const next = tokens[i + 1];
  if (prev && t.gap === ' ' && (prev.hasDigit || (prev.lower && WHEN_WORDS.has(prev.key)))) return true;
  // ("Summer school attendance", "Easter holidays": a season or a month before a word it names a time of)
  if (next && next.gap === ' ' && next.lower && CALENDAR_COMPOUNDS.has(next.key)) return true;
  // ("seen in June of last year", "June of 2023")
  if (next && next.key === 'of' && next.gap === ' ') {
    const after = tokens[i + 2];
    if (after && after.gap === ' ' && (after.hasDigit || after.key === 'last' || after.key === 'this' || after.key === 'next' || after.key === 'that')) return true;
  }
  return !!next && next.hasDigit && (next.gap === ' ' || next.gap === ', ');
}
const CALENDAR_COMPOUNDS = new Set(['school', 'term', 'holiday', 'holidays', 'hols', 'camp', 'break', 'semester', 'session', 'sessions', 'programme', 'program', 'intake', 'exams', 'placement', 'internship', 'job', 'fair']);
const WHEN_WORDS = new Set(['in', 'since', 'until', 'till', 'by', 'from', 'before', 'after', 'during', 'of', 'next', 'last', 'this', 'early', 'late', 'mid', 'end', 'through', 'over', 'every', 'each', 'around', 'throughout', 'that']);

export { span };
