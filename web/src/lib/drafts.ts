// Keeps unsaved form text across a sign-in, in sessionStorage — ONLY for forms that can never hold
// client content (profile, admin). Forms about clients never call this; their text stays in memory.
import { useEffect, useRef } from 'react';

const PREFIX = 'confidant-draft:';

export function clearDrafts(): void {
  try {
    for (let i = sessionStorage.length - 1; i >= 0; i--) {
      const k = sessionStorage.key(i);
      if (k?.startsWith(PREFIX)) sessionStorage.removeItem(k);
    }
  } catch {
    /* storage may be unavailable */
  }
}

export function readDraft<T extends object>(key: string): Partial<T> | undefined {
  try {
    const raw = sessionStorage.getItem(PREFIX + key);
    return raw ? (JSON.parse(raw) as Partial<T>) : undefined;
  } catch {
    return undefined;
  }
}

export function dropDraft(key: string): void {
  try {
    sessionStorage.removeItem(PREFIX + key);
  } catch {
    /* ignore */
  }
}

/**
 * Saves `values` (minus any secret fields) under `key` as they change.
 * `contentFree` is a type-level promise by the caller that the form holds no client content.
 */
export function useDraft<T extends Record<string, unknown>>(key: string, values: T, opts: { contentFree: true; omit?: (keyof T)[] }): void {
  const omit = useRef(opts.omit ?? []);
  useEffect(() => {
    const copy: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(values)) if (!omit.current.includes(k as keyof T)) copy[k] = v;
    try {
      sessionStorage.setItem(PREFIX + key, JSON.stringify(copy));
    } catch {
      /* ignore */
    }
  }, [key, values]);
}
