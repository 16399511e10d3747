// Training in real Chromium (issue 8): an admin writes a scenario the engine disagrees with and sees the
// disagreement side by side, then confirms it; a learner completes an assignment of both exercise kinds
// (and gets the certificate); a supervisor sees the team summary by topic, naming nobody. axe on each page.
import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { field, launchBrowser, newPage, seedOrganisation, seedUser, signIn, startServer, visit, type ApiClient, type Person, type TestServer } from './helper.js';

let server: TestServer;
let browser: Browser;
let admin: Person;
let learner: Person & { api: ApiClient };
let sup: Person & { api: ApiClient };
let assignmentId = '';
let lastPage: Page | undefined;

async function choose(page: Page, name: string, option: string): Promise<void> {
  await field(page, name).first().click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('training', () => {
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const org = await seedOrganisation(server.url);
    admin = org.admin;
    learner = await seedUser(org.api, 'Lena Learner', 'lena@example.test', ['practitioner']);
    sup = await seedUser(org.api, 'Sol Supervisor', 'sol@example.test', ['supervisor']);
    const r = await sup.api.ok<{ ids: string[] }>('POST', '/api/v1/training/assignments', {
      title: 'Induction set', items: [{ kind: 'scenario', id: 't-iag-01' }, { kind: 'exercise', id: 'e-iag-01' }], assigneeIds: [learner.id], dueAt: '2027-01-31',
    });
    assignmentId = r.ids[0]!;
  });
  afterEach(async () => {
    await lastPage?.screenshot({ path: 'screenshots/debug-training-last.png' }).catch(() => undefined);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('an admin writes a scenario the engine disagrees with, sees both answers, and confirms', async () => {
    const { context, page, problems } = await newPage(browser, server.url);
    lastPage = page;
    await signIn(page, admin);
    await page.goto('/training/write');
    await page.getByRole('heading', { level: 1, name: 'Write a scenario' }).waitFor();
    await field(page, 'Title').fill('Synthetic: a client who feels hopeless');
    await field(page, 'Narrative').fill('An invented client tells her adviser she has felt hopeless for weeks and has thought about ending her life; she asks that nobody be told.');
    await choose(page, 'Concern', 'Risk to self');
    await choose(page, 'How close is the harm?', 'Foreseeable');
    await choose(page, 'How serious is the harm?', 'Serious');
    await choose(page, "The client's consent", 'Refused');
    await choose(page, 'The expected response', 'Keep the confidence');
    await field(page, 'Teaching notes').fill('An author who thinks the confidence should be kept here: the engine disagrees.');
    await page.getByRole('button', { name: 'Check and save' }).click();
    const box = page.getByTestId('disagreement');
    await box.waitFor();
    assert.match(await box.innerText(), /You expected maintain; the decision engine says escalate/);
    assert.match(await page.getByTestId('engine-verdict').innerText(), /Escalate/);
    assert.ok((await page.getByTestId('engine-citations').locator('li').count()) > 0, 'citations shown');
    await visit(page, 'training-author-disagreement', 'Write a scenario');
    await page.getByRole('button', { name: 'Confirm the disagreement and save' }).click();
    await page.getByText('with the disagreement confirmed for review').waitFor();
    assert.match(await page.getByTestId('authored-table').innerText(), /Disagreement to review/i);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a learner completes both exercise kinds in an assignment and gets a certificate', async () => {
    const { context, page, problems } = await newPage(browser, server.url);
    lastPage = page;
    await signIn(page, learner);
    await page.getByRole('link', { name: 'Training assignments' }).click();
    await visit(page, 'training-assignments', 'Training assignments');
    await page.getByRole('link', { name: 'Induction set' }).click();
    await page.getByRole('heading', { level: 1, name: 'Induction set' }).waitFor();
    await page.getByRole('link', { name: /Low, self-harming/ }).click();
    await page.getByTestId('narrative').waitFor();
    await visit(page, 'training-scenario', /self-harming/);
    await page.getByRole('radio', { name: 'Escalate to the safeguarding lead or manager' }).check();
    await page.getByRole('radio', { name: 'Yes, tell them first' }).check();
    await page.getByRole('radio', { name: 'Yes, approval is needed' }).check();
    await page.getByRole('checkbox', { name: 'Safeguarding lead' }).check();
    await field(page, 'What is the minimum you would share?').fill('That she is at risk and needs a mental health referral.');
    await page.getByRole('button', { name: 'Submit my answer' }).click();
    await page.getByTestId('scenario-score').waitFor();
    assert.match(await page.getByTestId('scenario-score').innerText(), /Score 100/);
    assert.match(await page.getByTestId('engine-rationale').innerText(), /\w{10,}/);
    await visit(page, 'training-scenario-result', /self-harming/);

    await page.getByRole('link', { name: 'Back to the assignment' }).click();
    await page.getByRole('link', { name: 'The community worker and the low client' }).click();
    await page.getByRole('heading', { level: 1, name: 'The community worker and the low client' }).waitFor();
    const marks = ['unethical', 'ethical', 'unethical', 'ethical', 'ethical', 'ethical'];
    const groups = page.getByRole('radiogroup');
    assert.equal(await groups.count(), 6);
    for (let i = 0; i < marks.length; i++) await groups.nth(i).getByRole('radio', { name: marks[i] === 'ethical' ? 'Ethical' : 'Unethical', exact: true }).check();
    await visit(page, 'training-exercise', 'The community worker and the low client');
    await page.getByRole('button', { name: 'Submit my marks' }).click();
    const score = page.getByTestId('exercise-score');
    await score.waitFor();
    assert.match(await score.innerText(), /5 of 6/);
    assert.match(await score.innerText(), /completed the assignment/);
    assert.match(await page.getByTestId('exercise-feedback').innerText(), /it is unethical/);
    await visit(page, 'training-exercise-result', 'The community worker and the low client');

    await page.goto(`/training/assignments/${assignmentId}`);
    const cert = page.getByRole('link', { name: 'Download your certificate (PDF)' });
    await cert.waitFor();
    const res = await page.request.get(`/api/v1/training/certificates/${assignmentId}`);
    assert.equal(res.headers()['content-type'], 'application/pdf');
    assert.equal((await res.body()).subarray(0, 5).toString(), '%PDF-');
    await page.goto('/training/progress');
    await visit(page, 'training-progress', 'Your training progress');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a supervisor sees the team summary by topic, naming nobody', async () => {
    const { context, page, problems } = await newPage(browser, server.url);
    lastPage = page;
    await signIn(page, sup);
    await page.getByRole('link', { name: 'Team training summary' }).click();
    await visit(page, 'training-team', 'Team training summary');
    const table = page.getByTestId('team-topics');
    await table.waitFor();
    const text = await page.locator('main').innerText();
    assert.match(text, /Risk to self/);
    assert.ok(!text.includes('Lena') && !text.includes('lena@'), 'no learner named in the team summary');
    // Keyboard only: practise an "Ethical or unethical?" exercise without the mouse.
    await page.goto('/training/exercises/e-iag-02');
    await page.getByRole('heading', { level: 1, name: 'The training provider\'s adviser' }).waitFor();
    for (let i = 0; i < 60 && !(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio')); i++) await page.keyboard.press('Tab');
    for (const key of ['Space', 'Tab', 'ArrowRight', 'Tab', 'Space', 'Tab', 'ArrowRight', 'Tab']) await page.keyboard.press(key);
    assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'Submit my marks');
    await page.keyboard.press('Enter');
    await page.getByTestId('exercise-score').waitFor();
    assert.match(await page.getByTestId('exercise-score').innerText(), /4 of 4/);
    await page.goto('/training');
    await visit(page, 'training-library', 'Training library');
    assert.ok((await page.getByTestId('library-table').locator('tbody tr').count()) >= 50);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
