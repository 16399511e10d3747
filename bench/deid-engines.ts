// The three de-identification engines of the side-by-side benchmark, loaded the same way by the benchmark
// (to score them) and by its speed worker (to time each one alone in its own process).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Known } from '../src/domain/deid/index.js';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
const require = createRequire(import.meta.url);

export interface BenchNote {
  id: string;
  text: string;
  known?: Known;
}
export type Span = { start: number; end: number };

export interface Engine {
  name: EngineName;
  run(n: BenchNote): Promise<Span[]> | Span[];
}
export const ENGINE_NAMES = ['confidant', 'redact-pii', 'openredaction'] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

/** Our engine: the compiled build when present (what `confidant redact` runs), else the sources. */
export const distEntry = `${ROOT}dist/services/deid-resources.js`;

/** redact-pii returns only the redacted string: replace with NUL and align the kept segments to get spans. */
export function spansFromMasked(input: string, masked: string): Span[] {
  const spans: Span[] = [];
  const parts = masked.split('\u0000');
  let pos = 0;
  for (let i = 0; i < parts.length; i++) {
    const seg = parts[i]!;
    const at = i === 0 ? 0 : input.indexOf(seg, pos + 1);
    if (i > 0) spans.push({ start: pos, end: seg === '' && i === parts.length - 1 ? input.length : at });
    pos = at + seg.length;
  }
  return spans.filter((s) => s.end > s.start);
}

/** Loads one engine (only that one: a process timing an engine holds no other engine's code or garbage). */
export async function loadEngine(name: EngineName): Promise<Engine> {
  switch (name) {
    case 'confidant': {
      const ours = existsSync(distEntry)
        ? ((await import(distEntry)) as typeof import('../src/services/deid-resources.js'))
        : await import('../src/services/deid-resources.js');
      const redactor = ours.getRedactor();
      return { name, run: (n) => redactor.redact(n.text, n.known ?? {}).entities };
    }
    case 'redact-pii': {
      const { SyncRedactor } = require('redact-pii') as { SyncRedactor: new (o: object) => { redact(s: string): string } };
      const redactPii = new SyncRedactor({ globalReplaceWith: '\u0000' });
      return { name, run: (n) => spansFromMasked(n.text, redactPii.redact(n.text)) };
    }
    case 'openredaction': {
      const { OpenRedaction } = (await import('openredaction')) as unknown as { OpenRedaction: new (o: object) => { detect(s: string): Promise<{ detections: { position: [number, number] }[] }> } };
      const openRedaction = new OpenRedaction({ redactionMode: 'placeholder' });
      return { name, run: async (n) => (await openRedaction.detect(n.text)).detections.map((d) => ({ start: d.position[0], end: d.position[1] })) };
    }
  }
}

/** A node -e script that loads the engine and prints {ms, rss}, for the start-up table (a fresh process each). */
export function startupScript(name: EngineName): string | undefined {
  switch (name) {
    case 'confidant':
      return existsSync(distEntry) ? `const t=performance.now();const m=await import(${JSON.stringify(distEntry)});m.getRedactor().redact('Mrs Okafor rang.');console.log(JSON.stringify({ms:performance.now()-t,rss:process.memoryUsage().rss}))` : undefined;
    case 'redact-pii':
      return `const t=performance.now();const {SyncRedactor}=(await import('redact-pii')).default;new SyncRedactor().redact('Mrs Okafor rang.');console.log(JSON.stringify({ms:performance.now()-t,rss:process.memoryUsage().rss}))`;
    case 'openredaction':
      return `const t=performance.now();const {OpenRedaction}=await import('openredaction');await new OpenRedaction({redactionMode:'placeholder'}).detect('Mrs Okafor rang.');console.log(JSON.stringify({ms:performance.now()-t,rss:process.memoryUsage().rss}))`;
  }
}
