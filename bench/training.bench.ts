// Training figures: the "What would you do?" page interactive after navigation, on the SQLite default,
// in real Chromium on loopback. "Interactive" = the narrative is shown and the submit button is enabled.
// (a) in-app navigation: a click on a library link until interactive (median of 9, different scenarios);
// (b) a full load of the scenario URL, warm cache (median of 9). Run after `npm run build`.
import { launchBrowser, seedOrganisation, seedUser, signIn, startServer } from '../test/e2e/helper.js';

const server = await startServer();
const browser = await launchBrowser();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ready = () => {
  const n = document.querySelector('[data-testid="narrative"]');
  for (const b of Array.from(document.querySelectorAll('button'))) if (n && b.textContent?.trim() === 'Submit my answer' && !b.disabled) return performance.now();
  return false;
};
const rows: [string, string][] = [];
try {
  const org = await seedOrganisation(server.url);
  const learner = await seedUser(org.api, 'Bench Learner', 'bench@example.test', ['practitioner']);
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  await signIn(page, learner);
  const ids = ['t-iag-01', 't-iag-06', 't-couns-01', 't-couns-02', 't-psych-01', 't-psych-06', 't-sw-01', 't-sw-05', 't-ment-03', 't-ment-07'];
  // Warm-up: the library and the scenario chunk once.
  await page.goto('/training');
  await page.getByTestId('library-table').waitFor();
  const inApp: number[] = [];
  for (const id of ids.slice(1)) {
    await page.goto('/training');
    await page.getByTestId('library-table').waitFor();
    const started = await page.evaluate((href) => {
      const a = document.querySelector(`a[href="${href}"]`) as HTMLAnchorElement | null;
      const t = performance.now();
      a?.click();
      return t;
    }, `/training/scenarios/${id}`);
    const done = Number(await (await page.waitForFunction(ready, undefined, { polling: 'raf' })).jsonValue());
    inApp.push(done - started);
  }
  const full: number[] = [];
  for (const id of ids.slice(1)) {
    await page.goto(`/training/scenarios/${id}`, { waitUntil: 'commit' });
    full.push(Number(await (await page.waitForFunction(ready, undefined, { polling: 'raf' })).jsonValue()));
  }
  rows.push([`scenario page interactive after an in-app click (median of ${inApp.length}; min ${Math.min(...inApp).toFixed(0)}, max ${Math.max(...inApp).toFixed(0)})`, `${median(inApp).toFixed(0)} ms`]);
  rows.push([`scenario page interactive after a full load, warm cache (median of ${full.length}; min ${Math.min(...full).toFixed(0)}, max ${Math.max(...full).toFixed(0)})`, `${median(full).toFixed(0)} ms`]);
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
const w = Math.max(...rows.map((r) => r[0].length));
for (const [a, b] of rows) console.log(`${a.padEnd(w)}  ${b.padStart(8)}`);
console.log(`(target < 200 ms; SQLite default; production build; Chromium headless on loopback; ${new Date().toISOString().slice(0, 10)})`);
