// Role-based access through the browser: a practitioner sees only their own caseload (searchable as
// they type, with no client content in titles, URLs or storage); an admin cannot reach case content by
// URL; a DPO verifies the audit chain; "sign out everywhere" ends another session, which then gets the
// sign-in dialog and carries on where it was; the idle-expiry warning mentions unsaved client text.
import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import {
  browserStorage,
  checkA11y,
  field,
  launchBrowser,
  navLink,
  newPage,
  screenshot,
  seedOrganisation,
  seedUser,
  signIn,
  startServer,
  totpCode,
  visit,
  type ApiClient,
  type Person,
  type TestServer,
} from './helper.js';

// Synthetic people only.
const ALEX = 'Alexandra Testwood';
const BEA = 'Beatrix Sampleford';
const CAL = 'Calum Fakenham';
const NOTE = 'Synthetic note: talked through options for the autumn course.';

let server: TestServer;
let browser: Browser;
let admin: Person;
let priya: Person & { api: ApiClient };
let dana: Person;
let sol: Person;
let gwen: Person;
let alexId = '';
let calId = '';
let lastPage: Page | undefined;

describe('roles, access and sessions', () => {
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const org = await seedOrganisation(server.url);
    admin = org.admin;
    priya = await seedUser(org.api, 'Priya Practitioner', 'priya@example.test', ['practitioner']);
    const sam = await seedUser(org.api, 'Sam Practitioner', 'sam@example.test', ['practitioner']);
    dana = await seedUser(org.api, 'Dana Officer', 'dana@example.test', ['dpo']);
    sol = await seedUser(org.api, 'Sol Supervisor', 'sol@example.test', ['supervisor']);
    gwen = await seedUser(org.api, 'Gwen Safeguarding', 'gwen@example.test', ['safeguarding-lead']);
    alexId = (await priya.api.ok<{ client: { id: string } }>('POST', '/api/v1/clients', { name: ALEX, preferredName: 'Alex' })).client.id;
    await priya.api.ok('POST', '/api/v1/clients', { name: BEA });
    calId = (await sam.api.ok<{ client: { id: string } }>('POST', '/api/v1/clients', { name: CAL })).client.id;
    await priya.api.ok('POST', `/api/v1/clients/${alexId}/notes`, { text: NOTE });
  });
  afterEach(async () => {
    await lastPage?.screenshot({ path: 'screenshots/debug-roles-last.png' }).catch(() => undefined);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('a practitioner sees only their own caseload, searchable as they type', async () => {
    const { context, page, problems } = await newPage(browser, server.url);
    lastPage = page;
    await signIn(page, priya);
    await page.waitForURL('**/caseload');
    await page.getByTestId('caseload-table').waitFor();
    await visit(page, 'caseload', 'Your caseload', [ALEX, BEA]);
    const table = page.getByTestId('caseload-table');
    assert.equal(await table.locator('tbody tr').count(), 2);
    assert.ok((await table.innerText()).includes(ALEX));
    assert.ok(!(await page.locator('body').innerText()).includes(CAL), "another practitioner's client is not shown");

    await field(page, 'Search your caseload').pressSequentially('beat');
    await page.getByTestId('caseload-count').filter({ hasText: '1 of 2 clients match' }).waitFor();
    assert.equal(await table.locator('tbody tr').count(), 1);
    assert.ok(!page.url().includes('beat'), 'the search term stays out of the URL');
    await screenshot(page, 'caseload-search');
    await field(page, 'Search your caseload').fill('');

    // Adding a client: validated as you type and on the server (a bad email is refused by both).
    await page.getByRole('button', { name: 'Add a client' }).click();
    const add = page.getByRole('dialog', { name: 'Add a client' });
    await field(add, 'Email (optional)').fill('not-an-email');
    await add.getByText('Enter an email address like name@example.org').waitFor();
    await checkA11y(page, 'add client dialog');
    await screenshot(page, 'caseload-add-client');
    await add.getByRole('button', { name: 'Cancel' }).click();
    await add.waitFor({ state: 'detached' });

    // Keyboard only: from the search box, Tab reaches the first client's link; Enter opens it.
    await field(page, 'Search your caseload').focus();
    await page.keyboard.type('alexandra');
    await page.getByTestId('caseload-count').filter({ hasText: '1 of 2 clients match' }).waitFor();
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      const text = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (text.includes(ALEX)) break;
    }
    assert.ok((await page.evaluate(() => document.activeElement?.textContent ?? '')).includes(ALEX), 'Tab reaches the client link');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/clients/${alexId}`);
    await page.getByText(NOTE).first().waitFor();
    await visit(page, 'client', ALEX, [ALEX, 'Alex']);
    assert.equal(await page.title(), 'Client record — Confidant');

    const stored = await browserStorage(page);
    for (const s of [ALEX, BEA, 'Alex', NOTE]) assert.ok(!stored.includes(s), 'no client content in browser storage');

    await page.goto(`/clients/${calId}`);
    await visit(page, 'client-not-yours', 'This page is not available');
    assert.ok(!(await page.locator('body').innerText()).includes(CAL));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('an admin cannot reach case content by URL, and sees references only', async () => {
    const { context, page, requests, problems } = await newPage(browser, server.url);
    lastPage = page;
    await signIn(page, admin);
    await page.goto(`/clients/${alexId}`);
    await visit(page, 'admin-client-url', 'This page is not available');
    await page.getByText('not available to you').waitFor();
    await navLink(page, 'Client assignments').click();
    await page.getByTestId('assignments-table').waitFor();
    await visit(page, 'admin-assignments-filled', 'Client assignments');
    const body = await page.locator('body').innerText();
    for (const s of [ALEX, BEA, CAL, 'Alex', NOTE]) assert.ok(!body.includes(s), 'no client names or content on any admin page');
    assert.match(body, /C-[A-Z0-9]+/, 'references are shown instead');

    // Reset a safeguarding lead's second factor (e.g. a lost phone): they must enrol again at next sign-in.
    await navLink(page, 'People').click();
    const row = page.getByTestId('user-row-gwen@example.test');
    await row.getByRole('button', { name: 'Actions for Gwen Safeguarding' }).click();
    await page.getByRole('menuitem', { name: 'Reset two-step sign-in' }).click();
    const confirm = page.getByRole('dialog', { name: 'Reset two-step sign-in?' });
    await confirm.getByRole('button', { name: 'Reset two-step sign-in' }).click();
    await row.getByText('No two-step').waitFor();

    const caseRequests = requests.filter((r) => /^GET \/api\/v1\/clients(\?|\/(?!assignments)|$)/.test(r));
    assert.deepEqual(caseRequests, [], 'the admin UI never asks for client content');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a DPO verifies the audit chain, filters and exports the log', async () => {
    const { context, page, problems } = await newPage(browser, server.url);
    lastPage = page;
    await signIn(page, dana);
    await page.waitForURL('**/audit');
    await page.getByTestId('audit-table').waitFor();
    await visit(page, 'audit', 'Audit log');
    await page.getByRole('button', { name: 'Check the chain now' }).click();
    const result = page.getByTestId('verify-result');
    await result.getByText('The audit chain is intact').waitFor();
    assert.match(await result.innerText(), /\d+ records/);
    await visit(page, 'audit-verified', 'Audit log');

    // Someone edits a record behind the application's back: the check names the first bad record.
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(server.dbPath);
    try {
      const original = (db.prepare('select action from audit_log where seq = 5').get() as { action: string }).action;
      db.prepare('update audit_log set action = ? where seq = 5').run('client.read');
      await page.getByRole('button', { name: 'Check the chain now' }).click();
      await result.getByText('The audit chain is broken').waitFor();
      assert.match(await result.innerText(), /first bad record is number 5/);
      await visit(page, 'audit-broken', 'Audit log');
      db.prepare('update audit_log set action = ? where seq = 5').run(original);
    } finally {
      db.close();
    }
    await page.getByRole('button', { name: 'Check the chain now' }).click();
    await result.getByText('The audit chain is intact').waitFor();

    await field(page, 'Action').fill('auth.login');
    await page.getByRole('button', { name: 'Show records' }).click();
    await page.waitForFunction(() => {
      const cells = [...document.querySelectorAll('[data-testid="audit-table"] tbody tr td:nth-child(4)')];
      return cells.length > 0 && cells.every((c) => c.textContent === 'auth.login');
    });
    await field(page, 'To').fill('2001-01-01');
    await field(page, 'From').fill('2002-01-01');
    await page.getByText('The start date is after the end date').waitFor();
    await field(page, 'To').fill('');
    await field(page, 'From').fill('');

    const href = await page.getByRole('link', { name: 'Download export' }).getAttribute('href');
    assert.match(href ?? '', /^\/api\/v1\/audit\/export\?format=jsonl/);
    const res = await page.request.get(href!);
    assert.equal(res.status(), 200);
    const lines = (await res.text()).trim().split('\n');
    assert.ok(lines.length > 5 && lines.every((l) => JSON.parse(l)));
    await page.getByText('FHIR AuditEvent', { exact: true }).click();
    assert.match((await page.getByRole('link', { name: 'Download export' }).getAttribute('href')) ?? '', /format=fhir/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('sign out everywhere ends another session, which signs in again and returns where it was', async () => {
    const a = await newPage(browser, server.url);
    const b = await newPage(browser, server.url);
    lastPage = a.page;
    await signIn(a.page, priya);
    await signIn(b.page, priya);
    await b.page.goto(`/clients/${alexId}`);
    await b.page.getByText(NOTE).first().waitFor();

    await navLink(a.page, 'Your profile').click();
    await a.page.getByTestId('sessions-table').waitFor();
    await a.page.waitForFunction(() => document.querySelectorAll('[data-testid="sessions-table"] tbody tr').length >= 2);
    await a.page.getByRole('button', { name: 'Sign out everywhere' }).click();
    const confirm = a.page.getByRole('dialog', { name: 'Sign out everywhere?' });
    await confirm.getByRole('button', { name: 'Sign out everywhere' }).click();
    await a.page.waitForURL('**/sign-in');
    await a.page.getByRole('heading', { name: 'Sign in to Confidant' }).waitFor();

    // The other browser finds out at its next request; typed text stays on the page behind the dialog.
    lastPage = b.page;
    await field(b.page, 'New note').fill('Unsaved synthetic text');
    await b.page.getByRole('button', { name: 'Save note' }).click();
    const dialog = b.page.getByRole('dialog', { name: 'Your session has ended' });
    await dialog.waitFor();
    await visit(b.page, 'session-ended', ALEX);
    await field(dialog, 'Password').fill(priya.password);
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await dialog.waitFor({ state: 'detached' });
    assert.ok(b.page.url().endsWith(`/clients/${alexId}`), 'back where they were');
    assert.equal(await field(b.page, 'New note').inputValue(), 'Unsaved synthetic text', 'the typed text survived');
    const stored = await browserStorage(b.page);
    assert.ok(!stored.includes('Unsaved synthetic text'), 'unsaved client text is never written to storage');
    assert.deepEqual([...a.problems, ...b.problems], []);
    await a.context.close();
    await b.context.close();
  });

  test('two minutes before the idle limit the user is warned, including about unsaved client text', async () => {
    const { context, page } = await newPage(browser, server.url);
    lastPage = page;
    await context.clock.install();
    await signIn(page, priya);
    await page.goto(`/clients/${alexId}`);
    await page.getByText(NOTE).first().waitFor();
    await field(page, 'New note').fill('More unsaved synthetic text');
    // Idle window is 30 minutes; jump the page's clock to 29 minutes of inactivity.
    await page.clock.fastForward('29:00');
    const warning = page.getByRole('dialog', { name: 'You will be signed out soon' });
    await warning.waitFor();
    await warning.getByText('You have unsaved text').waitFor();
    await visit(page, 'expiry-warning', ALEX);
    await warning.getByRole('button', { name: 'Stay signed in' }).click();
    await warning.waitFor({ state: 'detached' });
    assert.equal(await field(page, 'New note').inputValue(), 'More unsaved synthetic text');
    await context.close();
  });

  test('a supervisor and a safeguarding lead each land on their own home page', async () => {
    const { context, page, problems } = await newPage(browser, server.url);
    lastPage = page;
    await signIn(page, sol);
    await page.waitForURL('**/supervision');
    await page.getByText('No messages.').waitFor();
    await visit(page, 'supervision-home', 'Supervision');
    await page.goto(`/clients/${alexId}`);
    await visit(page, 'supervisor-client-url', 'This page is not available');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/sign-in');
    assert.ok(gwen.totpSecret, 'safeguarding leads must have two-step sign-in');
    // The admin reset Gwen's second factor above, so her next sign-in goes through enrolment again.
    await signIn(page, { ...gwen, totpSecret: undefined }, { waitForApp: false });
    await page.waitForURL('**/enrol');
    const secret = (await page.getByTestId('totp-secret').innerText()).trim();
    assert.notEqual(secret, gwen.totpSecret);
    await field(page, 'Code from your app').fill(await totpCode(secret));
    await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
    await field(page, 'I have stored these recovery codes somewhere safe').check();
    await page.getByRole('button', { name: 'Continue to Confidant' }).click();
    await page.waitForURL('**/safeguarding');
    await page.getByText('You have no records open under emergency access.').waitFor();
    await visit(page, 'safeguarding-home', 'Safeguarding');
    assert.ok(!(await page.locator('body').innerText()).includes(ALEX));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a lost connection is shown and retried, never a blank page', async () => {
    const { context, page, problems } = await newPage(browser, server.url);
    lastPage = page;
    await signIn(page, priya);
    await page.getByTestId('caseload-table').waitFor();
    // Let the background preload of this role's pages finish: this test is about data requests.
    await page.waitForLoadState('networkidle');
    await context.setOffline(true);
    await navLink(page, 'Your profile').click();
    const banner = page.getByTestId('connection-lost');
    await banner.waitFor();
    await page.getByRole('heading', { level: 1, name: 'Your profile' }).waitFor();
    await checkA11y(page, 'connection lost');
    await screenshot(page, 'connection-lost');
    await context.setOffline(false);
    await banner.waitFor({ state: 'detached', timeout: 20_000 });
    await page.getByTestId('sessions-table').waitFor({ timeout: 20_000 });
    assert.deepEqual(problems, []);
    await context.close();
  });
});
