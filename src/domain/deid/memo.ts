// Values computed from a string and kept across texts: the same names, places and dates recur from note to
// note. Each map holds at most MEMO_LIMIT values and then starts again, so a long batch cannot grow it without end.

export const MEMO_LIMIT = 20_000;

/** m's value for key, made by `make` (a pure function of the key) the first time. */
export function memo<T>(m: Map<string, T>, key: string, make: (key: string) => T): T {
  let v = m.get(key);
  if (v === undefined) {
    if (m.size >= MEMO_LIMIT) m.clear();
    v = make(key);
    m.set(key, v);
  }
  return v;
}
