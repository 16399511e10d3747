// The concern page links the practitioner to "Consult a supervisor" with the concern attached (issue 7 gap):
// the link opens /clients/:id/consult?concern=<id>, and the consultation prepared from it carries the concern.
// A safeguarding lead reading the escalated concern does not get the link. axe on every page; screenshots.
import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { field, launchBrowser, newPage, seedOrganisation, seedUser, signIn, visit, startServer, type ApiClient, type Person, type TestServer } from './helper.js';

// Synthetic people only.
const CLIENT = 'Robin Synthetic-Consultlink';

let server: TestServer;
let browser: Browser;
let priya: Person & { api: ApiClient };
let lena: Person & { api: ApiClient };
let clientId = '';
let concernId = '';
let lastPage: Page | undefined;

describe('concern page: consult a supervisor', () => {
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const org = await seedOrganisation(server.url);
    priya = await seedUser(org.api, 'Priya Practitioner', 'priya@example.test', ['practitioner']);
    lena = await seedUser(org.api, 'Lena Lead', 'lena@example.test', ['safeguarding-lead']);
    await seedUser(org.api, 'Sol Supervisor', 'sol@example.test', ['supervisor']);
    clientId = (await priya.api.ok<{ client: { id: string } }>('POST', '/api/v1/clients', { name: CLIENT, jurisdiction: 'GB-ENG' })).client.id;
    await priya.api.ok('POST', `/api/v1/clients/${clientId}/engagements`, { service: 'counselling' });
    const c = await priya.api.ok<{ concern: { id: string } }>('POST', `/api/v1/clients/${clientId}/concerns`, { kind: 'general', profession: 'counselling', concern: 'risk-to-self', atRisk: 'the-client', imminence: 'foreseeable', severity: 'serious', clientConsent: 'refused', summary: 'The client spoke of low mood and of stopping their medication; asked that no one be told.' });
    concernId = c.concern.id;
  });
  afterEach(async () => {
    await lastPage?.screenshot({ path: 'screenshots/debug-concern-consult-link-last.png' }).catch(() => undefined);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the practitioner follows the link; the consultation carries the concern', async () => {
    const { context, page, problems } = await newPage(browser, server.url);
    lastPage = page;
    await signIn(page, priya);
    await page.goto(`/clients/${clientId}/concerns/${concernId}`);
    await visit(page, 'concern-consult-link', /^Concern — client C-/, [CLIENT]);
    const link = page.getByTestId('consult-supervisor');
    assert.equal(await link.getAttribute('href'), `/clients/${clientId}/consult?concern=${concernId}`);
    await link.click();
    await page.waitForURL(/\/consult\?concern=/);
    await visit(page, 'concern-consult-new', 'Consult a supervisor', [CLIENT]);
    await page.getByRole('textbox', { name: 'Supervisor' }).click();
    await page.getByRole('option', { name: 'Sol Supervisor' }).click();
    await field(page, 'What you would like a view on').fill('Is this reportable? [CLIENT] asked that no one be told.');
    await page.getByRole('button', { name: 'Prepare the de-identified packet' }).click();
    await page.waitForURL(/\/consultations\/[0-9a-f-]+$/);
    const id = new URL(page.url()).pathname.split('/').pop()!;
    const one = await priya.api.ok<{ consultation: { concernId: string | null } }>('GET', `/api/v1/consultations/${id}`);
    assert.equal(one.consultation.concernId, concernId, 'the consultation is linked to the concern');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a safeguarding lead on the escalated concern has no consult link', async () => {
    await priya.api.ok('POST', `/api/v1/clients/${clientId}/concerns/${concernId}/escalate`, { urgency: 'soon' });
    const { context, page, problems } = await newPage(browser, server.url);
    lastPage = page;
    await signIn(page, lena);
    await page.goto(`/clients/${clientId}/concerns/${concernId}`);
    await page.getByRole('heading', { level: 1, name: /^Concern — client C-/ }).waitFor();
    await page.getByText('Questions and answers').waitFor();
    assert.equal(await page.getByTestId('consult-supervisor').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
