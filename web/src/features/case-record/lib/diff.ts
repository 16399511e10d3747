// A small word-level diff for note versions (what changed between two saved versions, or between the text
// being edited and a newer version saved meanwhile). Longest common subsequence over words and whitespace;
// very long texts fall back to comparing lines so the page never stalls.

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

const MAX_CELLS = 2_000_000;

function tokens(s: string, byLine: boolean): string[] {
  return byLine ? s.split(/(?<=\n)/) : s.split(/(\s+)/).filter((t) => t !== '');
}

export function diffWords(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ kind: 'same', text: before }] : [];
  let a = tokens(before, false);
  let b = tokens(after, false);
  if (a.length * b.length > MAX_CELLS) {
    a = tokens(before, true);
    b = tokens(after, true);
    if (a.length * b.length > MAX_CELLS) return [...(before ? [{ kind: 'removed' as const, text: before }] : []), ...(after ? [{ kind: 'added' as const, text: after }] : [])];
  }
  // Common prefix and suffix first (edits are usually local), then LCS on the middle.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const ma = a.slice(start, endA);
  const mb = b.slice(start, endB);
  const n = ma.length;
  const m = mb.length;
  const table = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * (m + 1) + j] = ma[i] === mb[j] ? table[(i + 1) * (m + 1) + j + 1]! + 1 : Math.max(table[(i + 1) * (m + 1) + j]!, table[i * (m + 1) + j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => {
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  if (start) push('same', a.slice(0, start).join(''));
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (ma[i] === mb[j]) {
      push('same', ma[i]!);
      i++;
      j++;
    } else if (table[(i + 1) * (m + 1) + j]! >= table[i * (m + 1) + j + 1]!) {
      push('removed', ma[i++]!);
    } else {
      push('added', mb[j++]!);
    }
  }
  while (i < n) push('removed', ma[i++]!);
  while (j < m) push('added', mb[j++]!);
  if (endA < a.length) push('same', a.slice(endA).join(''));
  return readable(parts);
}

/** Joins changes split only by whitespace into one removed run followed by one added run, so a changed phrase
 * reads as a phrase ("the other editor" → "my edit") rather than alternating single words. */
function readable(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) out.push({ kind: 'removed', text: removed });
    if (added) out.push({ kind: 'added', text: added });
    removed = added = '';
  };
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const inChange = removed !== '' || added !== '';
    const next = parts[i + 1];
    if (p.kind === 'removed') removed += p.text;
    else if (p.kind === 'added') added += p.text;
    else if (inChange && next && next.kind !== 'same' && /^\s+$/.test(p.text)) {
      removed += p.text;
      added += p.text;
    } else {
      flush();
      out.push(p);
    }
  }
  flush();
  return out;
}

/** A one-line summary: "3 words added, 1 removed". */
export function diffSummary(parts: DiffPart[]): string {
  const count = (k: DiffPart['kind']) => parts.filter((p) => p.kind === k).reduce((s, p) => s + p.text.split(/\s+/).filter(Boolean).length, 0);
  const added = count('added');
  const removed = count('removed');
  if (!added && !removed) return 'No change to the text';
  return [added ? `${added} word${added === 1 ? '' : 's'} added` : '', removed ? `${removed} removed` : ''].filter(Boolean).join(', ');
}
