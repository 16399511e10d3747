// Scenario (d) in real Chromium: a practitioner consults a supervisor without names (U1). The client's and
// third parties' names (possessive, first name, nickname, capitals), the address, phone, e-mail and date of birth
// are in the notes and the summary. The practitioner reviews the packet (unmarks a false positive, hides one more
// word), tries to send a final wording with a name in it (refused), sends; the supervisor's pages — their text,
// titles, URLs, localStorage/sessionStorage and every API response they received — hold no identifier; the
// supervisor replies and the practitioner reads the reply. axe on every page; screenshots in screenshots/.
import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page, Response } from 'playwright-core';
import { browserStorage, field, launchBrowser, newPage, seedOrganisation, seedUser, signIn, startServer, visit, type ApiClient, type Person, type TestServer } from './helper.js';

// Synthetic people only.
const CLIENT = 'Elizabeth Quennell';
const PLANTED: RegExp[] = [/quennell/i, /elizabeth/i, /lizzie/i, /\bliz\b/i, /\bbeth\b/i, /declan/i, /ferriby/i, /\brose\b/i, /mallory/i, /finch/i, /harbourside/i, /wrenfield/i, /ashby/i, /LE17/i, /07700/, /900\s?461/, /example\.test.*quennell|liz\.quennell/i, /1991/, /07\/04/, /7th April/i];
const leaks = (s: string) => PLANTED.filter((re) => re.test(s)).map(String);

const NOTES = [
  "Lizzie Quennell (Beth) came in upset. Declan's comments at Harbourside Freight continue; DECLAN FERRIBY told her she was useless in front of the team. She lives at 14 Wrenfield Close, Ashby Magna, LE17 5NT. We used the Kanban board to map what happened.",
  "Beth's friend Rose came with her. Mr Ferriby emailed her again. DOB on file 07/04/1991; best number 07700 900461; e-mail liz.quennell@example.test.",
  'She said Elizabeth is what her gran calls her. Born 7th April 1991. We discussed options: a direct conversation, mediation, the reporting channel at work.',
];
const SUMMARY = "I am unsure whether Liz Quennell's situation with her manager is a conflict or harassment. Quennell's colleague Declan keeps making remarks; her friend Rose Mallory-Finch thinks she should report it.";
const REPLY = 'Repeated remarks in front of the team sound like more than a conflict. What does [CLIENT] want to happen next?';

let server: TestServer;
let browser: Browser;
let priya: Person & { api: ApiClient };
let sol: Person;
let clientId = '';
let consultationPath = '';
let lastPage: Page | undefined;

describe('consultations without names (scenario d)', () => {
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const org = await seedOrganisation(server.url);
    priya = await seedUser(org.api, 'Priya Practitioner', 'priya@example.test', ['practitioner']);
    sol = await seedUser(org.api, 'Sol Supervisor', 'sol@example.test', ['supervisor']);
    clientId = (await priya.api.ok<{ client: { id: string } }>('POST', '/api/v1/clients', { name: CLIENT, preferredName: 'Beth', dateOfBirth: '1991-04-07', phone: '07700 900461', email: 'liz.quennell@example.test' })).client.id;
    for (const text of NOTES) await priya.api.ok('POST', `/api/v1/clients/${clientId}/notes`, { text });
    await priya.api.ok('POST', `/api/v1/clients/${clientId}/third-parties`, { name: 'Declan Ferriby', relationship: 'colleague' });
    await priya.api.ok('POST', `/api/v1/clients/${clientId}/third-parties`, { name: 'Rose Mallory-Finch', relationship: 'friend' });
    await priya.api.ok('POST', `/api/v1/clients/${clientId}/engagements`, { service: 'careers-guidance', commissioning: { organisation: 'Harbourside Freight Ltd', toldAboutRole: 'Told HR that sessions are confidential.' } });
  });
  afterEach(async () => {
    await lastPage?.screenshot({ path: 'screenshots/debug-consultations-last.png' }).catch(() => undefined);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the practitioner prepares, reviews and sends a de-identified packet', async () => {
    const { context, page, problems } = await newPage(browser, server.url);
    lastPage = page;
    await signIn(page, priya);
    await page.goto(`/clients/${clientId}`);
    await page.getByRole('heading', { level: 1, name: CLIENT }).waitFor();
    await page.getByRole('link', { name: 'Consult a supervisor' }).click();
    await visit(page, 'consultation-new', 'Consult a supervisor', [CLIENT]);
    await page.getByRole('textbox', { name: 'Supervisor' }).click();
    await page.getByRole('option', { name: 'Sol Supervisor' }).click();
    await field(page, 'What you would like a view on').fill(SUMMARY);
    const boxes = page.getByRole('checkbox');
    await boxes.first().waitFor();
    for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check();
    await page.getByRole('button', { name: 'Prepare the de-identified packet' }).click();
    await page.waitForURL(/\/consultations\/[0-9a-f-]+$/);
    consultationPath = new URL(page.url()).pathname;
    await visit(page, 'consultation-review', 'Consultation with Sol Supervisor', [CLIENT]);

    // A false positive shown as written; one more word hidden.
    await page.getByRole('button', { name: 'Unmark “Kanban” (show as written)' }).click();
    await page.getByTestId('kept-span').filter({ hasText: 'Kanban' }).first().waitFor();
    await field(page, 'Words to hide everywhere in the packet').fill('gran');
    await page.getByRole('button', { name: 'Hide these words' }).click();
    await page.getByRole('button', { name: 'Stop hiding “gran”' }).waitFor();
    const finalText = page.getByTestId('final-text');
    await page.waitForFunction(() => !(document.querySelector('[data-testid="final-text"]') as HTMLTextAreaElement | null)?.value.includes(' gran '));
    const reviewed = await finalText.inputValue();
    assert.deepEqual(leaks(reviewed), [], reviewed);
    assert.match(reviewed, /Kanban board/);

    // A name typed into the final wording is refused at send.
    await finalText.fill(`${reviewed}\nBeth says thank you.`);
    await page.getByRole('button', { name: 'Send to Sol Supervisor' }).click();
    await page.getByRole('alert').filter({ hasText: '“Beth”' }).waitFor();
    await page.getByRole('button', { name: 'Undo my wording changes' }).click();
    await page.getByRole('button', { name: 'Send to Sol Supervisor' }).click();
    await page.getByRole('heading', { name: 'The packet as sent' }).waitFor();
    await visit(page, 'consultation-sent', 'Consultation with Sol Supervisor', [CLIENT]);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the supervisor sees only the packet: no identifier in text, titles, URLs, storage or API responses; they reply', async () => {
    const { context, page, problems } = await newPage(browser, server.url);
    lastPage = page;
    const bodies: Promise<string>[] = [];
    const urls: string[] = [];
    page.on('response', (r: Response) => {
      if (!r.url().includes('/api/')) return;
      urls.push(r.url());
      bodies.push(r.text().catch(() => ''));
    });
    await signIn(page, sol);
    await page.waitForURL('**/supervision');
    await page.getByTestId('inbox').waitFor();
    await visit(page, 'supervision-inbox', 'Supervision', [CLIENT]);
    const pageTexts: string[] = [await page.locator('body').innerText(), await page.title(), page.url()];
    await page.getByTestId('inbox').getByRole('link').first().click();
    await page.waitForURL(/\/supervision\/consultations\/[0-9a-f-]+$/);
    await visit(page, 'supervision-consultation', 'Consultation from Priya Practitioner', [CLIENT]);
    const packet = await page.getByTestId('packet-text').innerText();
    assert.match(packet, /\[CLIENT\]/);
    assert.match(packet, /\[COLLEAGUE-1\]/);
    pageTexts.push(await page.locator('body').innerText(), await page.title(), page.url(), await browserStorage(page));

    await field(page, 'Your message').fill(REPLY);
    await page.getByRole('button', { name: 'Send message' }).click();
    await page.getByTestId('thread-message').filter({ hasText: 'What does [CLIENT] want' }).waitFor();
    pageTexts.push(await page.locator('body').innerText(), await browserStorage(page));
    // The record stays closed to the supervisor, even by URL.
    await page.goto(`/clients/${clientId}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    pageTexts.push(await page.locator('body').innerText(), await page.title());

    const all = await Promise.all(bodies);
    assert.ok(all.length >= 5, `captured ${all.length} API responses`);
    assert.ok(urls.every((u) => !/quennell/i.test(u)));
    for (const b of all) assert.deepEqual(leaks(b), [], b.slice(0, 300));
    for (const s of pageTexts) assert.deepEqual(leaks(s), [], s.slice(0, 300));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the practitioner reads the reply', async () => {
    const { context, page } = await newPage(browser, server.url);
    lastPage = page;
    await signIn(page, priya);
    await page.goto(consultationPath);
    await page.getByRole('heading', { level: 1, name: 'Consultation with Sol Supervisor' }).waitFor();
    await page.getByText('Your supervisor replied').waitFor();
    await page.getByTestId('thread-message').filter({ hasText: REPLY }).waitFor();
    await visit(page, 'consultation-reply', 'Consultation with Sol Supervisor', [CLIENT]);
    await page.goto('/consultations');
    await visit(page, 'consultations-mine', 'Your consultations', [CLIENT]);
    await page.getByRole('cell', { name: /supervisor/ }).first().waitFor();
    await context.close();
  });
});
