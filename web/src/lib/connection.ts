// Whether the server can be reached. Requests report here; the banner reads it and probes
// /api/health with backoff until the server answers again.
type Listener = (lost: boolean) => void;

let lost = false;
const listeners = new Set<Listener>();

function set(next: boolean) {
  if (next === lost) return;
  lost = next;
  for (const fn of listeners) fn(lost);
}

export const connection = {
  isLost: () => lost,
  reportLost: () => set(true),
  reportOk: () => set(false),
  subscribe(fn: Listener): () => void {
    listeners.add(fn);
    return () => listeners.delete(fn);
  },
  /** One probe of the server; true when it answered. */
  async probe(): Promise<boolean> {
    try {
      const res = await fetch('/api/health', { cache: 'no-store', credentials: 'same-origin' });
      if (res.ok || res.status < 500) {
        set(false);
        return true;
      }
    } catch {
      /* still lost */
    }
    set(true);
    return false;
  },
};

/** Backoff for retries: 1 s, 2 s, 4 s ... capped at 15 s. */
export function backoffMs(attempt: number): number {
  return Math.min(1000 * 2 ** attempt, 15_000);
}
