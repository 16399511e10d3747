// Notes dictated to voice-recognition software often keep the punctuation as words: "student is mia de souza comma
// year twelve full stop new paragraph …". The rules read punctuation (a list's commas, a sentence's end, a line's
// start), so such a note is redacted as if it were written: the spoken marks are replaced by the marks themselves,
// and every span found is mapped back to the words of the note as dictated.

/** A dictated note in its written form, and for each code unit of it (and its end) where it comes from in the note. */
export interface Written {
  text: string;
  /** map[i]: the offset in the dictated note of the written text's code unit i; map[text.length]: the note's length. */
  map: Int32Array;
}

/** The spoken marks: " full stop", " comma", " new paragraph" … with the space before them (and a "period" in US notes). */
const SPOKEN = /[ \t]+(full stop|comma|colon|semicolon|question mark|exclamation mark|new paragraph|new line|next paragraph|period)(?![\p{L}\p{N}'’-])/gu;
const WRITTEN: Record<string, string> = {
  'full stop': '.',
  period: '.',
  comma: ',',
  colon: ':',
  semicolon: ';',
  'question mark': '?',
  'exclamation mark': '!',
  'new paragraph': '\n\n',
  'next paragraph': '\n\n',
  'new line': '\n',
};
/** Marks only a dictated note uses, one of which must appear before any is replaced ("the comma splice" is no mark). */
const DICTATION_CUE = /[ \t](?:full stop|new paragraph|next paragraph|new line)(?![\p{L}\p{N}])/u;

/**
 * The written form of a dictated note (undefined when the note is not dictated: no "full stop", "new paragraph"
 * or "new line" in it, or fewer than three spoken marks in all). A mark's written form takes the place of the
 * space before it and the words; after a new paragraph or line, the space that followed goes too.
 */
export function writtenForm(text: string): Written | undefined {
  if (text.length < 20 || !DICTATION_CUE.test(text)) return undefined;
  SPOKEN.lastIndex = 0;
  const marks: RegExpExecArray[] = [];
  for (let m = SPOKEN.exec(text); m; m = SPOKEN.exec(text)) marks.push(m);
  if (marks.length < 3) return undefined;
  let out = '';
  const map: number[] = [];
  let pos = 0;
  for (const m of marks) {
    for (let i = pos; i < m.index; i++) map.push(i);
    out += text.slice(pos, m.index);
    const mark = WRITTEN[m[1]!]!;
    for (let i = 0; i < mark.length; i++) map.push(m.index);
    out += mark;
    pos = m.index + m[0].length;
    // ("… full stop new paragraph she said": the space after a line break is dropped)
    if (mark.endsWith('\n')) while (pos < text.length && (text.charCodeAt(pos) === 32 || text.charCodeAt(pos) === 9)) pos++;
  }
  for (let i = pos; i < text.length; i++) map.push(i);
  out += text.slice(pos);
  map.push(text.length);
  return { text: out, map: Int32Array.from(map) };
}

/** The span [start, end) of the written form as a span of the dictated note. */
export function dictatedRange(w: Written, start: number, end: number): [number, number] {
  return [w.map[start]!, end > start ? w.map[end - 1]! + 1 : w.map[start]!];
}
