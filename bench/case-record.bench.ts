// Case-record figures (issue 6), against the built server on the SQLite default, in real Chromium:
//  - the client page of a client with 200 session notes: API time of GET /clients/:id/record (the latest 20
//    opened), of one page of GET /clients/:id/session-notes?limit=20 and, for comparison, of every note; the UI
//    time from clicking the client in the caseload until the whole client page (details, engagements with the
//    agreement state, consents, referrals, conflicts, third parties, the latest 20 notes) has rendered, and of
//    "Show older notes" (the next 20);
//  - a caseload of 500 clients: API time of GET /clients (profiles opened in memory, flags added) and the
//    search-as-you-type latency in the browser (keypress → filtered table shown; the table renders the first
//    100 matches, "Show more" adds 100; the search covers all 500).
// Medians; targets: client page < 300 ms, search as you type. Run after `npm run build`.
import { performance } from 'node:perf_hooks';
import { loadavg } from 'node:os';
import { launchBrowser, newPage, seedOrganisation, seedUser, signIn, startServer } from '../test/e2e/helper.js';

const NOTES = 200;
const CLIENTS = 500;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!;

const server = await startServer();
const browser = await launchBrowser();
try {
  const org = await seedOrganisation(server.url);
  await org.api.ok('POST', '/api/v1/statements', { service: 'counselling', title: 'Confidentiality in counselling', body: 'What you tell me stays between us. I must share only if someone is at serious risk of harm, or if the law makes me.' });
  const pr = await seedUser(org.api, 'Bench Practitioner', 'bench@example.test', ['practitioner']);
  const statementId = (await pr.api.ok<{ id: string }[]>('GET', '/api/v1/statements'))[0]!.id;

  // One client with 200 session notes.
  const clientId = (await pr.api.ok<{ client: { id: string } }>('POST', '/api/v1/clients', { name: 'Aaron Benchmark' })).client.id;
  const eid = (await pr.api.ok<{ engagement: { id: string } }>('POST', `/api/v1/clients/${clientId}/engagements`, { service: 'counselling', openedAt: '2025-01-01' })).engagement.id;
  await pr.api.ok('PUT', `/api/v1/clients/${clientId}/engagements/${eid}/agreement`, { statementId, explainedAt: '2025-01-01', method: 'in-person', acknowledgement: { kind: 'typed-name', name: 'Aaron Benchmark' }, comprehension: [{ question: 'When would I have to break confidentiality?', answer: 'If someone is at risk', understood: true }] });
  const t0 = performance.now();
  for (let i = 0; i < NOTES; i++) {
    await pr.api.ok('POST', `/api/v1/clients/${clientId}/engagements/${eid}/notes`, { text: `Synthetic session ${i}: talked about work, sleep and the plan for next week. `.repeat(6), sessionDate: '2025-06-01', mode: 'in-person', durationMinutes: 50 });
  }
  const writeMs = (performance.now() - t0) / NOTES;
  const time = async (path: string, n = 20) => {
    const xs: number[] = [];
    for (let i = 0; i < n; i++) {
      const s = performance.now();
      await pr.api.ok('GET', path);
      xs.push(performance.now() - s);
    }
    return xs;
  };
  const recordMs = await time(`/api/v1/clients/${clientId}/record`);
  const pageNotesMs = await time(`/api/v1/clients/${clientId}/session-notes?limit=20`);
  const allNotesMs = await time(`/api/v1/clients/${clientId}/session-notes`);
  const legacyNotesMs = await time(`/api/v1/clients/${clientId}/notes`);

  // 499 more clients: a caseload of 500.
  const t1 = performance.now();
  for (let i = 1; i < CLIENTS; i++) await pr.api.ok('POST', '/api/v1/clients', { name: `Synthetic Person ${String(i).padStart(3, '0')} Benchfield`, preferredName: i % 7 === 0 ? `Sam ${i}` : null });
  const createMs = (performance.now() - t1) / (CLIENTS - 1);
  const caseloadMs = await time('/api/v1/clients', 10);

  // UI: the client page and search as you type.
  const { page, context } = await newPage(browser, server.url);
  await signIn(page, pr);
  await page.waitForURL('**/caseload');
  await page.getByTestId('caseload-table').waitFor();
  // Timed inside the page (performance.now at the click, then polled every animation frame), so the figure is
  // what the browser did, not Playwright's round trips.
  const uiPage: number[] = [];
  const uiOlder: number[] = [];
  for (let i = 0; i < 9; i++) {
    await page.goto('/caseload');
    await page.getByTestId('caseload-table').locator('tbody tr').nth(99).waitFor();
    await page.evaluate(() => {
      const link = [...document.querySelectorAll('[data-testid="caseload-table"] a')].find((a) => a.textContent === 'Aaron Benchmark') as HTMLAnchorElement;
      (window as unknown as { __t: number }).__t = performance.now();
      link.click();
    });
    // The whole page: the client's details, the agreement state, every section, and the latest notes.
    const ms = await page.waitForFunction(
      (n) => {
        const h2 = [...document.querySelectorAll('h2')].map((x) => x.textContent);
        const ready =
          document.querySelector('h1')?.textContent === 'Aaron Benchmark' &&
          h2.includes('Details') &&
          h2.includes(`Notes (${n})`) &&
          h2.includes('Conflicts of interest') &&
          document.querySelector('[data-testid="agreement-state"]') &&
          document.querySelectorAll('[data-testid="notes"] article').length === 20;
        return ready ? performance.now() - (window as unknown as { __t: number }).__t : false;
      },
      NOTES,
      { polling: 'raf', timeout: 20_000 },
    );
    uiPage.push(Number(await ms.jsonValue()));
    const articles = await page.locator('article').count();
    if (articles > 25) throw new Error(`the client page rendered ${articles} notes`);
    await page.evaluate(() => {
      const b = [...document.querySelectorAll('button')].find((x) => x.textContent?.startsWith('Show older notes')) as HTMLButtonElement;
      (window as unknown as { __t: number }).__t = performance.now();
      b.click();
    });
    const more = await page.waitForFunction(() => (document.querySelectorAll('[data-testid="notes"] article').length === 40 ? performance.now() - (window as unknown as { __t: number }).__t : false), undefined, { polling: 'raf', timeout: 20_000 });
    uiOlder.push(Number(await more.jsonValue()));
  }
  await page.goto('/caseload');
  await page.getByTestId('caseload-table').locator('tbody tr').nth(99).waitFor();
  const search = page.getByLabel(/^Search your caseload/);
  await search.focus();
  const typing: number[] = [];
  for (const key of ['b', 'e', 'n', 'c', 'h', 'f', 'Backspace', 'Backspace', 'Backspace', 'Backspace', 'Backspace', 'Backspace', '4', '2', '1']) {
    const before = await page.getByTestId('caseload-count').innerText().catch(() => '');
    await page.evaluate(() => {
      document.addEventListener('keydown', () => ((window as unknown as { __k: number }).__k = performance.now()), { once: true, capture: true });
    });
    await page.keyboard.press(key);
    const ms = await page.waitForFunction(
      (prev) => ((document.querySelector('[data-testid="caseload-count"]')?.textContent ?? '') !== prev ? performance.now() - (window as unknown as { __k: number }).__k : false),
      before,
      { polling: 'raf', timeout: 10_000 },
    ).catch(() => undefined);
    if (ms) typing.push(Number(await ms.jsonValue()));
  }
  await context.close();

  const f = (n: number) => `${n.toFixed(1)} ms`;
  console.log(`Case record on SQLite (${new Date().toISOString().slice(0, 16)}Z, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}), built server on loopback, Chromium headless`);
  console.table([
    { measure: `GET /clients/:id/record (client page summary; ${NOTES} notes, latest 20 opened)`, median: f(median(recordMs)), p95: f(p95(recordMs)) },
    { measure: 'GET /clients/:id/session-notes?limit=20 (one page opened)', median: f(median(pageNotesMs)), p95: f(p95(pageNotesMs)) },
    { measure: `GET /clients/:id/session-notes (all ${NOTES} notes opened; not used by the page)`, median: f(median(allNotesMs)), p95: f(p95(allNotesMs)) },
    { measure: `GET /clients/:id/notes (platform list, all ${NOTES}; not used by the page)`, median: f(median(legacyNotesMs)), p95: f(p95(legacyNotesMs)) },
    { measure: `UI: click client in caseload → whole client page rendered (${NOTES} notes, latest 20 shown)`, median: f(median(uiPage)), p95: f(Math.max(...uiPage)) },
    { measure: 'UI: "Show older notes" → next 20 rendered', median: f(median(uiOlder)), p95: f(Math.max(...uiOlder)) },
    { measure: `GET /clients (caseload of ${CLIENTS}, profiles opened, flags)`, median: f(median(caseloadMs)), p95: f(p95(caseloadMs)) },
    { measure: `UI: search as you type in ${CLIENTS} clients (keystroke → table updated)`, median: f(median(typing)), p95: f(Math.max(...typing)) },
    { measure: 'write: POST session note (gate, seal, version, audit)', median: f(writeMs), p95: '' },
    { measure: 'write: POST client (key, seal, audit)', median: f(createMs), p95: '' },
  ]);
} finally {
  await browser.close();
  await server.close();
}
