// Web app figures: gzipped JavaScript the sign-in page needs (from the Vite manifest), and the time
// from navigation start until the sign-in button is enabled in real Chromium on loopback (median of 5,
// cold cache each run, plus warm reloads). Run after `npm run build`.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser, seedOrganisation, startServer } from '../test/e2e/helper.js';

const root = resolve(import.meta.dirname, '..');
const webDir = join(root, 'dist/web');
interface Chunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
const manifest = JSON.parse(readFileSync(join(webDir, '.vite/manifest.json'), 'utf8')) as Record<string, Chunk>;
const gz = (file: string) => gzipSync(readFileSync(join(webDir, file))).length;
const raw = (file: string) => readFileSync(join(webDir, file)).length;

/** A chunk and everything it imports statically (what the browser must fetch before running it). */
function closure(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const k of manifest[key]?.imports ?? []) closure(k, seen);
  return seen;
}
const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
// The sign-in page is part of the entry chunk; if it is ever split out again, count its chunk too.
const signInKey = Object.keys(manifest).find((k) => k.endsWith('features/auth/pages/sign-in-page.tsx'));
const entry = closure(entryKey);
const signIn = signInKey ? closure(signInKey, new Set(entry)) : new Set(entry);
const sum = (keys: Set<string>, f: (file: string) => number) => [...keys].reduce((n, k) => n + f(manifest[k]!.file), 0);
const css = [...signIn].flatMap((k) => manifest[k]!.css ?? []);
const allJs = Object.values(manifest).filter((c) => c.file.endsWith('.js'));
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

// public/boot.js: a few lines that start the session check before the bundle has loaded.
const boot = 'boot.js';
const rows: [string, string, string][] = [
  ['entry chunk + static imports (JS)', kb(sum(entry, raw)), kb(sum(entry, gz))],
  ['sign-in route total (JS, incl. boot.js)', kb(sum(signIn, raw) + raw(boot)), kb(sum(signIn, gz) + gz(boot))],
  ['stylesheet for the sign-in route (CSS)', kb(css.reduce((n, f) => n + raw(f), 0)), kb(css.reduce((n, f) => n + gz(f), 0))],
  ['all JS chunks of the app', kb(allJs.reduce((n, c) => n + raw(c.file), 0)), kb(allJs.reduce((n, c) => n + gz(c.file), 0))],
];

const server = await startServer();
const browser = await launchBrowser();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
// A plain function (no inner named helpers: tsx would add a wrapper the page lacks); a string would be
// eval'd in the page, which the CSP forbids.
const readyScript = () => {
  for (const b of Array.from(document.querySelectorAll('button'))) if (b.textContent?.trim() === 'Sign in' && !b.disabled) return performance.now();
  return false;
};
try {
  await seedOrganisation(server.url);
  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    await page.goto('/sign-in', { waitUntil: 'commit' });
    cold.push(Number(await (await page.waitForFunction(readyScript, undefined, { polling: 'raf' })).jsonValue()));
    await page.reload({ waitUntil: 'commit' });
    warm.push(Number(await (await page.waitForFunction(readyScript, undefined, { polling: 'raf' })).jsonValue()));
    await context.close();
  }
  rows.push(['sign-in page interactive, cold cache (median of 5)', '', `${median(cold).toFixed(0)} ms`]);
  rows.push(['sign-in page interactive, warm reload (median of 5)', '', `${median(warm).toFixed(0)} ms`]);
} finally {
  await browser.close();
  await server.close();
}

const w: [number, number, number] = [Math.max(...rows.map((r) => r[0].length)), 10, 12];
console.log(`${'measure'.padEnd(w[0])}  ${'raw'.padStart(w[1])}  ${'gzip / time'.padStart(w[2])}`);
for (const [a, b, c] of rows) console.log(`${a.padEnd(w[0])}  ${b.padStart(w[1])}  ${c.padStart(w[2])}`);
console.log(`(production build; gzip level 6; Chromium ${'headless'} on loopback; ${new Date().toISOString().slice(0, 10)})`);
