// The gazetteers hold about 250,000 words; a look-up in a set that large misses the CPU cache. A token's
// key is looked up in several of them, and the same words recur from note to note, so the redactor asks
// this small cache instead: one bit mask per word, computed once from the large sets.
import type { DeidResources } from './types.js';

const GIVEN = 1;
const SURNAME = 2;
const COMMON = 4;
const RARE = 8;
const PLACE = 16;
const PUBLIC = 32;
const LIMIT = 200_000;

function view(flags: (k: string) => number, bit: number): ReadonlySet<string> {
  // Only `has` is used by the engine; the rest of the Set interface is not needed.
  return { has: (k: string) => (flags(k) & bit) !== 0 } as unknown as ReadonlySet<string>;
}

export function cachedResources(res: DeidResources): DeidResources {
  const cache = new Map<string, number>();
  const flags = (k: string): number => {
    let f = cache.get(k);
    if (f === undefined) {
      f =
        (res.givenNames.has(k) ? GIVEN : 0) |
        (res.surnames.has(k) ? SURNAME : 0) |
        (res.commonWords.has(k) ? COMMON : 0) |
        (res.rareWords.has(k) ? RARE : 0) |
        (res.placeNames.has(k) ? PLACE : 0) |
        (res.publicNames.has(k) ? PUBLIC : 0);
      if (cache.size >= LIMIT) cache.clear();
      cache.set(k, f);
    }
    return f;
  };
  return {
    givenNames: view(flags, GIVEN),
    surnames: view(flags, SURNAME),
    commonWords: view(flags, COMMON),
    rareWords: view(flags, RARE),
    placeNames: view(flags, PLACE),
    publicNames: view(flags, PUBLIC),
    nicknames: res.nicknames,
  };
}
