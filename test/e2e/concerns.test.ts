// Concerns and escalations in real Chromium (issue 7): scenario (b) — a client complains of a colleague's hostile
// comments: conflict or harassment, the options, no contact with the colleague, the concern and the note without
// the colleague's name; scenario (c) — a mentoring client (engagement commissioned by an employer) plans a
// relationship against the employer's code of conduct: explored, the verdict says no report, the engagement ended
// for code-of-conduct with "confidentiality not broken"; and the escalation walk — a saved note's risk prompt leads
// to the concern, the practitioner escalates it as urgent, the lead sees it in the queue, asks, the practitioner
// answers, the lead decides. axe on every page; screenshots in screenshots/.
import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Locator, Page } from 'playwright-core';
import { browserStorage, field, launchBrowser, newPage, screenshot, seedOrganisation, seedUser, signIn, startServer, visit, type ApiClient, type Person, type TestServer } from './helper.js';

// Synthetic people only.
const CLIENT_B = 'Jordan Testworthy';
const CLIENT_C = 'Alexis Mentorly-Sample';
const CLIENT_A = 'Casey Fabricated';
const COLLEAGUE = 'Dorian Madeupname';
const STATEMENT = 'What you tell me stays between us. There are a few times I must share: if you or someone else is at serious risk of harm, or if the law makes me. I will tell you first if I can.';

let server: TestServer;
let browser: Browser;
let priya: Person & { api: ApiClient };
let lee: Person & { api: ApiClient };
let lastPage: Page | undefined;

async function choose(scope: Page | Locator, label: string, option: string): Promise<void> {
  await scope.getByRole('textbox', { name: label, exact: true }).click();
  const page = 'page' in scope ? scope.page() : scope;
  await page.getByRole('option', { name: option, exact: true }).first().click();
}

async function clientWithAgreement(name: string, service: string, commissioning?: { organisation: string; toldAboutRole: string }): Promise<{ id: string; engagementId: string }> {
  const statementId = (await priya.api.ok<{ id: string; service: string }[]>('GET', '/api/v1/statements')).find((s) => s.service === service)!.id;
  const id = (await priya.api.ok<{ client: { id: string } }>('POST', '/api/v1/clients', { name, jurisdiction: 'GB-ENG' })).client.id;
  const engagementId = (await priya.api.ok<{ engagement: { id: string } }>('POST', `/api/v1/clients/${id}/engagements`, { service, openedAt: '2026-01-05', ...(commissioning ? { commissioning } : {}) })).engagement.id;
  await priya.api.ok('PUT', `/api/v1/clients/${id}/engagements/${engagementId}/agreement`, { statementId, explainedAt: '2026-01-10T10:00:00Z', method: 'in-person', acknowledgement: { kind: 'typed-name', name }, comprehension: [{ question: 'When would I have to break confidentiality?', answer: 'If someone is in danger', understood: true }] });
  return { id, engagementId };
}

describe('concerns', () => {
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const org = await seedOrganisation(server.url);
    for (const service of ['counselling', 'mentoring']) await org.api.ok('POST', '/api/v1/statements', { service, title: `Confidentiality in ${service}`, body: STATEMENT });
    priya = await seedUser(org.api, 'Priya Practitioner', 'priya@example.test', ['practitioner']);
    lee = await seedUser(org.api, 'Lee Lead', 'lee@example.test', ['safeguarding-lead']);
  });
  afterEach(async () => {
    await lastPage?.screenshot({ path: 'screenshots/debug-concerns-last.png' }).catch(() => undefined);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('scenario (b): a colleague’s hostile comments — conflict or harassment, options, no contact, no name in the concern or the note', async () => {
    const c = await clientWithAgreement(CLIENT_B, 'counselling');
    const { context, page, problems } = await newPage(browser, server.url);
    lastPage = page;
    await signIn(page, priya);
    await page.goto(`/clients/${c.id}`);
    await page.getByRole('heading', { level: 1, name: CLIENT_B }).waitFor();
    await page.getByRole('heading', { name: 'Concerns' }).waitFor();
    await page.getByRole('link', { name: 'Raise a concern' }).click();
    await page.waitForURL('**/concerns/new');
    await page.getByRole('radio', { name: /one of their colleagues/ }).check();
    // Conflict first: direct conversation and mediation are suggested.
    await page.getByRole('radio', { name: 'A workplace conflict' }).check();
    await page.getByText('Mediation', { exact: true }).waitFor();
    await visit(page, 'concerns-raise-colleague-conflict', 'Raise a concern', [CLIENT_B]);
    // The client describes comments about their accent, repeated: harassment; the organisation's channels are suggested.
    await page.getByRole('radio', { name: 'Harassment' }).check();
    await page.getByText('The organisation’s reporting channels', { exact: true }).waitFor();
    assert.equal(await page.getByText('Mediation', { exact: true }).count(), 0);
    await choose(page, 'The colleague (optional)', 'Someone not yet recorded…');
    await field(page, 'Their name, as the client uses it').fill(COLLEAGUE);
    await page.getByRole('radio', { name: 'The client', exact: true }).check();
    await choose(page, 'How soon could harm happen?', 'In the coming days or weeks');
    await choose(page, 'How serious could it be?', 'Moderate harm');
    await choose(page, 'Has the client agreed to information being shared?', 'Not asked yet');
    // Limits prefilled from the agreement record, with where it came from.
    await page.getByText(/Prefilled\. From the agreement record: limits explained on 2026-01-10/).waitFor();
    assert.ok(await page.getByRole('radio', { name: 'Yes', exact: true }).isChecked());
    // Naming the colleague in the summary: caught as you type, and refused by the server if sent anyway.
    const summary = field(page, 'What was said or happened, briefly');
    await summary.fill('Dorian keeps making hostile comments about the client’s accent in team meetings.');
    await page.getByText(/The summary names the colleague: write “the colleague” instead/).waitFor();
    await summary.fill('The colleague keeps making hostile comments about the client’s accent in team meetings, most weeks since spring.');
    await page.getByRole('button', { name: 'See what the policy says' }).click();
    await page.getByRole('heading', { name: 'What the policy says' }).waitFor();
    assert.equal(await page.getByTestId('verdict').innerText(), 'Keep it confidential and work with the client');
    await page.getByRole('heading', { name: 'Options to explore with the client' }).waitFor();
    await page.getByText('Do not contact the colleague yourself.').first().waitFor();
    await visit(page, 'concerns-verdict-colleague', 'Raise a concern', [CLIENT_B, COLLEAGUE]);
    await page.getByRole('radio', { name: 'I accept the verdict' }).check();
    await page.getByRole('button', { name: 'Record my choice' }).click();
    await page.getByTestId('choice').filter({ hasText: 'Accepted the verdict.' }).waitFor();
    await visit(page, 'concerns-detail-colleague', /^Concern — client C-/, [CLIENT_B, COLLEAGUE]);
    assert.ok(!(await page.content()).includes('Dorian'), 'the concern page never shows the colleague’s name');
    // The note documents it without the colleague's name.
    await page.getByRole('link', { name: 'Back to the client' }).click();
    await page.getByRole('heading', { level: 1, name: CLIENT_B }).waitFor();
    await field(page, 'New note').fill('Client described hostile comments from a colleague about their accent. Explored harassment vs conflict and the employer’s reporting channels; client will decide. No contact with the colleague.');
    await page.getByRole('button', { name: 'Save note' }).click();
    await page.getByText(/Explored harassment vs conflict/).first().waitFor();
    await page.getByRole('table', { name: 'Concerns' }).getByRole('row').nth(1).waitFor();
    await screenshot(page, 'concerns-client-page');
    const concerns = await priya.api.ok<{ id: string }[]>('GET', `/api/v1/clients/${c.id}/concerns`);
    const one = await priya.api.ok<{ concern: { summary: string; colleagueThirdPartyId: string } }>('GET', `/api/v1/clients/${c.id}/concerns/${concerns[0]!.id}`);
    assert.ok(!JSON.stringify(one).includes('Dorian') && one.concern.colleagueThirdPartyId, 'the name lives only in the third-party record');
    assert.ok(!(await browserStorage(page)).includes(CLIENT_B));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('scenario (c): a mentoring client’s plan against the employer’s code of conduct — explored, no report, ended without breach', async () => {
    const c = await clientWithAgreement(CLIENT_C, 'mentoring', { organisation: 'Northwind Example Ltd (fictional)', toldAboutRole: 'Told the employer that sessions are confidential; they hear attendance only, with consent.' });
    const { context, page, problems } = await newPage(browser, server.url);
    lastPage = page;
    await signIn(page, priya);
    await page.goto(`/clients/${c.id}/concerns/new`);
    await page.getByRole('heading', { level: 1, name: 'Raise a concern' }).waitFor();
    await choose(page, 'What is it about?', 'The client plans something against an organisation’s code of conduct (no crime, no harm)');
    await page.getByRole('radio', { name: 'No one, as far as I know' }).check();
    await choose(page, 'How soon could harm happen?', 'In the coming days or weeks');
    await choose(page, 'How serious could it be?', 'Minor');
    await choose(page, 'Has the client agreed to information being shared?', 'Not asked yet');
    assert.equal(await page.getByRole('textbox', { name: 'Your profession', exact: true }).inputValue(), 'Mentoring', 'the profession follows the service');
    await field(page, 'What was said or happened, briefly').fill('The client plans a relationship with a colleague in their reporting line, against the employer’s code of conduct. No crime, no risk of harm.');
    await page.getByRole('button', { name: 'See what the policy says' }).click();
    await page.getByRole('heading', { name: 'What the policy says' }).waitFor();
    assert.equal(await page.getByTestId('verdict').innerText(), 'Keep it confidential and work with the client');
    assert.match(await page.getByTestId('rationale').innerText(), /report|confiden/i);
    await page.getByRole('radio', { name: 'I accept the verdict' }).check();
    await page.getByRole('button', { name: 'Record my choice' }).click();
    await page.getByTestId('choice').waitFor();
    await visit(page, 'concerns-detail-code-of-conduct', /^Concern — client C-/, [CLIENT_C]);
    // Explored; the client chooses to go ahead; the practitioner ends the engagement without breaking confidence.
    await page.getByRole('link', { name: 'Back to the client' }).click();
    await page.getByRole('heading', { level: 1, name: CLIENT_C }).waitFor();
    await page.getByRole('button', { name: 'End the engagement' }).click();
    const dlg = page.getByRole('dialog', { name: 'End the engagement' });
    await choose(dlg, 'Reason for ending', 'Code-of-conduct concern');
    await dlg.getByRole('checkbox', { name: 'Confidentiality was not broken' }).check();
    await field(dlg, 'Closing summary').fill('Explored the plan and its consequences under the employer’s code. No report made; mentoring ended by agreement.');
    await dlg.getByRole('button', { name: 'End engagement' }).click();
    await dlg.waitFor({ state: 'detached' });
    await page.getByText(/confidentiality was not broken/).first().waitFor();
    await screenshot(page, 'concerns-code-of-conduct-ended');
    const list = await priya.api.ok<{ verdict: string; choice: string }[]>('GET', `/api/v1/clients/${c.id}/concerns`);
    assert.deepEqual(list.map((x) => [x.verdict, x.choice]), [['maintain', 'accepted']]);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('escalation walk: risk prompt → concern → escalated urgent → lead’s queue → question → answer → decision', async () => {
    const c = await clientWithAgreement(CLIENT_A, 'counselling');
    const p = await newPage(browser, server.url);
    lastPage = p.page;
    const page = p.page;
    await signIn(page, priya);
    await page.goto(`/clients/${c.id}`);
    await page.getByRole('heading', { level: 1, name: CLIENT_A }).waitFor();
    await page.getByRole('button', { name: 'Add a session note' }).click();
    const dlg = page.getByRole('dialog', { name: 'Session note' });
    await dlg.getByRole('textbox', { name: 'Session note' }).fill('Client said they have been having suicidal thoughts this week and have been saving up tablets. Asked that no one be told.');
    await dlg.getByRole('button', { name: 'Save session note' }).click();
    await dlg.getByText('Raise a concern?').first().waitFor();
    await dlg.getByRole('link', { name: 'Raise a concern' }).first().click();
    await page.waitForURL('**/concerns/new');
    await page.getByRole('heading', { level: 1, name: 'Raise a concern' }).waitFor();
    assert.equal(await page.getByRole('textbox', { name: 'What is it about?', exact: true }).inputValue(), 'Risk to the client (self-harm, suicidal thoughts, self-neglect)', 'prefilled from the prompt');
    await choose(page, 'How soon could harm happen?', 'In the coming days or weeks');
    await choose(page, 'How serious could it be?', 'Serious harm');
    await choose(page, 'Has the client agreed to information being shared?', 'No, the client asked that no one be told');
    // Submitting with a missing answer says what is needed.
    await page.getByRole('button', { name: 'See what the policy says' }).click();
    await page.getByText('Say briefly what was said or happened (at least a sentence).').waitFor();
    await visit(page, 'concerns-raise-validation', 'Raise a concern', [CLIENT_A]);
    await field(page, 'What was said or happened, briefly').fill('Suicidal thoughts this week and saving up tablets; asked that no one be told.');
    await page.getByRole('button', { name: 'See what the policy says' }).click();
    await page.getByRole('heading', { name: 'What the policy says' }).waitFor();
    await page.getByRole('radio', { name: 'I choose otherwise (give your reason)' }).check();
    await page.getByRole('button', { name: 'Record my choice' }).click();
    await page.getByText('You are choosing otherwise: write your reason (at least a sentence).').waitFor();
    await page.getByRole('radio', { name: 'I accept the verdict' }).check();
    await page.getByRole('button', { name: 'Record my choice' }).click();
    await page.getByTestId('choice').waitFor();
    await choose(page, 'How urgent is it?', 'Urgent (today)');
    await field(page, 'A note for the lead (optional)').fill('Please advise today.');
    await page.getByRole('button', { name: 'Escalate to the safeguarding lead' }).click();
    await page.getByText(/^Escalated .* as Urgent \(today\)\./).waitFor();
    const concernUrl = new URL(page.url()).pathname;

    // The lead: the queue, then the concern (not the record).
    const l = await newPage(browser, server.url);
    lastPage = l.page;
    await signIn(l.page, lee);
    await l.page.waitForURL('**/safeguarding');
    const queue = l.page.getByTestId('escalation-queue');
    await queue.waitFor();
    await visit(l.page, 'concerns-lead-queue', 'Safeguarding', [CLIENT_A]);
    assert.ok(!(await l.page.content()).includes(CLIENT_A), 'the queue shows the reference, not the name');
    await l.page.getByText(/An urgent concern about client C-.* was escalated/).waitFor();
    assert.equal(await l.page.getByRole('link', { name: 'Open record' }).count(), 0, 'the notice opens no record: the concern is reached from the queue');
    await queue.getByRole('row').filter({ hasText: 'Urgent' }).getByRole('link').click();
    await l.page.waitForURL(`**${concernUrl}`);
    // The link in the e-mail (concern id only) leads to the same page.
    await l.page.goto(`/escalations/${concernUrl.split('/').pop()}`);
    await l.page.waitForURL(`**${concernUrl}`);
    await l.page.getByTestId('concern-summary').filter({ hasText: 'saving up tablets' }).waitFor();
    assert.ok(!(await l.page.content()).includes(CLIENT_A), 'the lead sees the concern without the client’s name');
    await field(l.page, 'Ask the practitioner a question').fill('Has a safety plan been agreed with the client?');
    await l.page.getByRole('button', { name: 'Send question' }).click();
    await l.page.getByText('Has a safety plan been agreed with the client?').waitFor();
    await visit(l.page, 'concerns-lead-detail', /^Concern — client C-/, [CLIENT_A]);

    // The practitioner answers.
    lastPage = page;
    await page.reload();
    await page.getByText('Has a safety plan been agreed with the client?').waitFor();
    await field(page, 'Your answer').fill('Yes: a safety plan is agreed, and the client will see their GP tomorrow.');
    await page.getByRole('button', { name: 'Send answer' }).click();
    await page.getByText(/a safety plan is agreed/).waitFor();

    // The lead decides.
    lastPage = l.page;
    await l.page.reload();
    await l.page.getByText(/a safety plan is agreed/).waitFor();
    await choose(l.page, 'Outcome', 'Refer on (with consent where possible)');
    await field(l.page, 'Reason').fill('Refer to the mental health team with the client’s agreement; review in a week.');
    await l.page.getByRole('button', { name: 'Record the decision' }).click();
    await l.page.getByTestId('decision').waitFor();
    await screenshot(l.page, 'concerns-lead-decided');
    await l.page.goto('/safeguarding');
    await l.page.getByText('No escalated concerns are waiting.').waitFor();

    lastPage = page;
    await page.reload();
    await page.getByTestId('decision').filter({ hasText: 'Refer to the mental health team' }).waitFor();
    await visit(page, 'concerns-practitioner-decided', /^Concern — client C-/, [CLIENT_A]);
    assert.deepEqual([...p.problems, ...l.problems], []);
    await l.context.close();
    await p.context.close();
  });
});
