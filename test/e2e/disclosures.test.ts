// Scenario (a) end to end in real Chromium (issue 7): a client at a community centre discloses suicidal thoughts
// and self-medication and asks that no one be told. Every step a person takes runs through the web app: the
// practitioner saves the note and sees the risk prompt, raises a concern from it (the guided form, the limits answer
// prefilled from the agreement), sees the engine's verdict (escalate) and accepts it, records in a note that it was
// discussed with the client, escalates it as urgent; the lead, signed in in a second browser context, finds it in the
// queue and decides to disclose; the practitioner requests the disclosure from the concern (citation ground, the
// minimum necessary, client told after); the lead approves it from the safeguarding home; the practitioner records it
// with the date the client was told; signposts the client to the mental health crisis service from the client page;
// the accounting entry shows on the client page and every step in the chronology, filtered and printable.
// Only the setup (organisation, users, client, engagement, agreement, directory) goes through the API.
// axe on every page; screenshots in screenshots/.
import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Locator, Page } from 'playwright-core';
import { browserStorage, field, launchBrowser, newPage, screenshot, seedOrganisation, seedUser, signIn, startServer, visit, type ApiClient, type Person, type TestServer } from './helper.js';

// Synthetic people only.
const CLIENT = 'Morgan Fictitious-Example';
const STATEMENT = 'What you tell me stays between us. There are a few times I must share: if you or someone else is at serious risk of harm, or if the law makes me. I will tell you first if I can.';
const NOTE = 'Morgan said they have been having suicidal thoughts most nights and have been taking extra sleeping tablets to cope. They asked that no one be told.';

let server: TestServer;
let browser: Browser;
let org: { admin: Person; api: ApiClient };
let priya: Person & { api: ApiClient };
let lee: Person & { api: ApiClient };
let lastPage: Page | undefined;

/** Picks an option of a Mantine Select by its label (the dropdown is a listbox of options). */
async function choose(scope: Page | Locator, label: string, option: string | RegExp): Promise<void> {
  await scope.getByRole('textbox', { name: label, exact: true }).click();
  const page = 'page' in scope ? scope.page() : scope;
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).first().click();
}

describe('disclosures', () => {
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    org = await seedOrganisation(server.url);
    await org.api.ok('POST', '/api/v1/statements', { service: 'community-support', title: 'Confidentiality at the community centre', body: STATEMENT });
    await org.api.ok('POST', '/api/v1/directory', { kind: 'mental-health', name: 'Harbour Crisis Team (fictional)', contact: '01632 960222' });
    priya = await seedUser(org.api, 'Priya Practitioner', 'priya@example.test', ['practitioner']);
    lee = await seedUser(org.api, 'Lee Lead', 'lee@example.test', ['safeguarding-lead']);
  });
  afterEach(async () => {
    await lastPage?.screenshot({ path: 'screenshots/debug-disclosures-last.png' }).catch(() => undefined);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('scenario (a) in the browser: risk prompt, concern, escalation, the lead’s decision and approval, disclosure, referral, client told, accounting and chronology', async () => {
    // Setup through the API: the client, the engagement and the agreement (limits explained).
    const statementId = (await priya.api.ok<{ id: string; service: string }[]>('GET', '/api/v1/statements')).find((s) => s.service === 'community-support')!.id;
    const clientId = (await priya.api.ok<{ client: { id: string } }>('POST', '/api/v1/clients', { name: CLIENT, phone: '07700 900777', dateOfBirth: '1994-02-03', jurisdiction: 'GB-ENG' })).client.id;
    const engagementId = (await priya.api.ok<{ engagement: { id: string } }>('POST', `/api/v1/clients/${clientId}/engagements`, { service: 'community-support', openedAt: '2026-01-05' })).engagement.id;
    await priya.api.ok('PUT', `/api/v1/clients/${clientId}/engagements/${engagementId}/agreement`, { statementId, explainedAt: '2026-01-10T10:00:00Z', method: 'in-person', acknowledgement: { kind: 'typed-name', name: CLIENT }, comprehension: [{ question: 'When would I have to break confidentiality?', answer: 'If I was in danger', understood: true }] });

    const p = await newPage(browser, server.url);
    const page = p.page;
    lastPage = page;
    await signIn(page, priya);

    // 1. The note: saved from the client page; the risk prompt shows (it never decides).
    await page.goto(`/clients/${clientId}`);
    await page.getByRole('heading', { level: 1, name: CLIENT }).waitFor();
    await page.getByRole('button', { name: 'Add a session note' }).click();
    const noteDlg = page.getByRole('dialog', { name: 'Session note' });
    await noteDlg.waitFor();
    await noteDlg.getByRole('textbox', { name: 'Session note' }).fill(NOTE);
    await noteDlg.getByRole('button', { name: 'Save session note' }).click();
    await noteDlg.getByText('Raise a concern?').first().waitFor();
    await screenshot(page, 'scenario-a-01-risk-prompt');

    // 2. The concern, raised from the prompt: the guided form, the limits answer prefilled from the agreement.
    await noteDlg.getByRole('link', { name: 'Raise a concern' }).first().click();
    await page.waitForURL('**/concerns/new*');
    await page.getByRole('heading', { level: 1, name: 'Raise a concern' }).waitFor();
    assert.equal(await page.getByRole('textbox', { name: 'What is it about?', exact: true }).inputValue(), 'Risk to the client (self-harm, suicidal thoughts, self-neglect)', 'prefilled from the prompt');
    await page.getByText(/Prefilled\. From the agreement record: limits explained on 2026-01-10/).waitFor();
    assert.ok(await page.getByRole('radio', { name: 'Yes', exact: true }).isChecked(), 'limits explained: yes, from the agreement');
    const atRiskClient = page.getByRole('radio', { name: 'The client', exact: true });
    if (!(await atRiskClient.isChecked())) await atRiskClient.check();
    await choose(page, 'How soon could harm happen?', 'In the coming days or weeks');
    await choose(page, 'How serious could it be?', 'Serious harm');
    await choose(page, 'Has the client agreed to information being shared?', 'No, the client asked that no one be told');
    await field(page, 'What was said or happened, briefly').fill('Suicidal thoughts most nights and self-medicating with extra sleeping tablets; asked that no one be told.');
    await visit(page, 'scenario-a-02-raise-concern', 'Raise a concern', [CLIENT]);
    await page.getByRole('button', { name: 'See what the policy says' }).click();

    // 3. The engine's verdict (escalate), shown with its rationale; accepted.
    await page.getByRole('heading', { name: 'What the policy says' }).waitFor();
    assert.equal(await page.getByTestId('verdict').innerText(), 'Escalate to the safeguarding lead');
    assert.ok((await page.getByTestId('rationale').innerText()).length > 20, 'the rationale is shown');
    await screenshot(page, 'scenario-a-03-verdict');
    await page.getByRole('radio', { name: 'I accept the verdict' }).check();
    await page.getByRole('button', { name: 'Record my choice' }).click();
    await page.getByTestId('choice').filter({ hasText: 'Accepted the verdict.' }).waitFor();
    await visit(page, 'scenario-a-04-concern-accepted', /^Concern — client C-/, [CLIENT]);
    const concernPath = new URL(page.url()).pathname;
    const concernId = concernPath.split('/').pop()!;

    // 4. A note records discussing it with the client (from the client page).
    await page.getByRole('link', { name: 'Back to the client' }).click();
    await page.getByRole('heading', { level: 1, name: CLIENT }).waitFor();
    await page.getByRole('button', { name: 'Add a session note' }).click();
    const talkDlg = page.getByRole('dialog', { name: 'Session note' });
    await talkDlg.waitFor();
    await talkDlg.getByRole('textbox', { name: 'Session note' }).fill('Discussed the concern with Morgan: explained why I need to involve the safeguarding lead today and what may be shared. Upset, but understood; agreed a safety plan for tonight.');
    await talkDlg.getByRole('button', { name: 'Save session note' }).click();
    // The dialog closes by itself unless the note raises a prompt or a warning; then it stays with "Done".
    await Promise.race([talkDlg.waitFor({ state: 'detached' }), talkDlg.getByText('The note was saved.').waitFor()]);
    if (await talkDlg.isVisible()) {
      await talkDlg.getByRole('button', { name: 'Done' }).click();
      await talkDlg.waitFor({ state: 'detached' });
    }
    await page.getByText(/Discussed the concern with Morgan/).first().waitFor();

    // 5. Escalated as urgent, from the concern (reached from the client page's concerns list).
    await page.getByRole('table', { name: 'Concerns' }).getByRole('link').first().click();
    await page.waitForURL(`**${concernPath}`);
    await choose(page, 'How urgent is it?', 'Urgent (today)');
    await field(page, 'A note for the lead (optional)').fill('Discussed with the client, who asked that no one be told. Please advise today.');
    await page.getByRole('button', { name: 'Escalate to the safeguarding lead' }).click();
    await page.getByText(/^Escalated .* as Urgent \(today\)\./).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Request a disclosure' }).count(), 0, 'no disclosure proposed yet: escalate is not disclose');
    await visit(page, 'scenario-a-05-escalated', /^Concern — client C-/, [CLIENT]);

    // 6. The lead, in a second browser context: the queue, a question, the decision (disclose).
    const l = await newPage(browser, server.url);
    const lead = l.page;
    lastPage = lead;
    await signIn(lead, lee);
    await lead.goto('/safeguarding');
    const queue = lead.getByTestId('escalation-queue');
    await queue.waitFor();
    await visit(lead, 'scenario-a-06-lead-queue', 'Safeguarding', [CLIENT]);
    assert.ok(!(await queue.innerText()).includes(CLIENT), 'the queue shows the reference, not the name');
    await queue.getByRole('row').filter({ hasText: 'Urgent' }).getByRole('link').first().click();
    await lead.waitForURL(`**${concernPath}`);
    await lead.getByTestId('concern-summary').filter({ hasText: 'sleeping tablets' }).waitFor();
    await field(lead, 'Ask the practitioner a question').fill('Is there a safety plan for tonight?');
    await lead.getByRole('button', { name: 'Send question' }).click();
    await lead.getByText('Is there a safety plan for tonight?').waitFor();

    lastPage = page;
    await page.reload();
    await page.getByText('Is there a safety plan for tonight?').waitFor();
    await field(page, 'Your answer').fill('Yes, agreed with the client; they will stay with a friend tonight.');
    await page.getByRole('button', { name: 'Send answer' }).click();
    await page.getByText(/stay with a friend tonight/).waitFor();

    lastPage = lead;
    await lead.reload();
    await lead.getByText(/stay with a friend tonight/).waitFor();
    await choose(lead, 'Outcome', 'Disclose (through a disclosure record)');
    await field(lead, 'Reason').fill('Real risk of serious harm; a referral to the crisis team is necessary and proportionate.');
    await lead.getByRole('button', { name: 'Record the decision' }).click();
    await lead.getByTestId('decision').waitFor();
    await visit(lead, 'scenario-a-07-lead-decided', /^Concern — client C-/, [CLIENT]);

    // 7. The practitioner requests the disclosure from the concern (its verdict gives the grounds and the minimum).
    lastPage = page;
    await page.reload();
    await page.getByTestId('decision').filter({ hasText: 'necessary and proportionate' }).waitFor();
    await page.getByRole('link', { name: 'Request a disclosure' }).waitFor();
    await visit(page, 'scenario-a-07b-practitioner-decided', /^Concern — client C-/, [CLIENT]);
    await page.getByRole('link', { name: 'Request a disclosure' }).click();
    await page.waitForURL(`**/clients/${clientId}/disclosures/new?concern=${concernId}`);
    await page.getByText('A safeguarding lead must approve this disclosure').waitFor();
    await visit(page, 'scenario-a-08-disclosure-form', 'Request a disclosure', [CLIENT]);
    await page.getByRole('textbox', { name: 'Service' }).click();
    await page.getByRole('option', { name: 'Harbour Crisis Team (fictional)' }).click();
    await page.getByRole('checkbox', { name: new RegExp(`Name: ${CLIENT}`) }).check();
    await page.getByRole('checkbox', { name: /Phone: 07700 900777/ }).check();
    await field(page, 'Written item 1: what you will share').fill('Suicidal thoughts most nights; taking extra sleeping tablets. No plan disclosed.');
    await page.getByRole('radio', { name: 'Yes, after the disclosure (when it is safe)' }).check();
    // A session note is beyond the minimum: picking it asks for a justification (not given: refused, named).
    await page.getByRole('checkbox', { name: /suicidal thoughts most nights/ }).check();
    await page.getByRole('button', { name: 'Send the request' }).click();
    await page.getByText(/beyond the minimum necessary/).first().waitFor();
    await page.getByRole('checkbox', { name: /suicidal thoughts most nights/ }).uncheck();
    await page.getByRole('button', { name: 'Send the request' }).click();
    await page.waitForURL('**/disclosures/*');
    await page.getByText('Awaiting approval').first().waitFor();
    await visit(page, 'scenario-a-09-disclosure-requested', 'Disclosure', [CLIENT]);
    const disclosureId = page.url().split('/').pop()!;

    // 8. The lead approves it from the safeguarding home.
    lastPage = lead;
    await lead.goto('/safeguarding');
    await lead.getByRole('heading', { name: 'Disclosures awaiting approval' }).waitFor();
    const pending = lead.getByTestId('pending-disclosures');
    await pending.getByRole('link').first().waitFor();
    assert.ok(!(await pending.innerText()).includes(CLIENT), 'the approvals list shows the reference, not the name');
    await pending.getByRole('link').first().click();
    await lead.waitForURL(`**/disclosures/${disclosureId}`);
    await visit(lead, 'scenario-a-10-approval', 'Disclosure', [CLIENT]);
    await lead.getByRole('button', { name: 'Approve this disclosure' }).click();
    await lead.getByText('Ready to disclose').first().waitFor();
    await lead.getByText(/Approved by Lee Lead/).waitFor();

    // 9. The practitioner records it, with the day the client was told (after, when it was safe).
    lastPage = page;
    await page.reload();
    await page.getByText('Ready to disclose').first().waitFor();
    const today = new Date().toISOString().slice(0, 10);
    await field(page, 'When the client was told (optional, YYYY-MM-DD)').fill(today);
    await page.getByRole('button', { name: 'Record as disclosed now' }).click();
    await page.getByText('Disclosed', { exact: true }).first().waitFor();
    await page.getByText(/^Told after \(/).waitFor();
    await page.getByRole('link', { name: 'Open the disclosure pack (PDF)' }).waitFor();
    await field(page, 'Add an annotation').fill('Client told after the call, at the centre; they agreed to see the crisis team.');
    await page.getByRole('button', { name: 'Add annotation' }).click();
    await page.getByText('Client told after the call, at the centre', { exact: false }).first().waitFor();
    await visit(page, 'scenario-a-11-disclosure-recorded', 'Disclosure', [CLIENT]);

    // 10. The referral to mental health services, from the client page (signposting: the client contacts them).
    await page.goto(`/clients/${clientId}`);
    await page.getByRole('heading', { level: 1, name: CLIENT }).waitFor();
    await page.getByRole('button', { name: 'Refer or signpost' }).click();
    const refDlg = page.getByRole('dialog', { name: 'Refer or signpost' });
    await refDlg.waitFor();
    await refDlg.getByRole('radio', { name: 'Signposting (client contacts them)' }).check();
    await choose(refDlg, 'To', 'Harbour Crisis Team (fictional)');
    await field(refDlg, 'Why').fill('Crisis support and a mental health assessment; the client agreed to go.');
    await refDlg.getByRole('button', { name: 'Save referral' }).click();
    await refDlg.waitFor({ state: 'detached' });
    await page.getByTestId('referrals').getByText(/Signposting to Harbour Crisis Team/).waitFor();

    // 11. The accounting entry on the client page.
    const acc = page.getByTestId('accounting');
    await acc.waitFor();
    const text = await acc.innerText();
    for (const s of ['Harbour Crisis Team (fictional)', 'Identity', 'Contact details', 'Risk summary', 'Priya Practitioner', 'approved by Lee Lead', 'Told after', 'Disclosed']) assert.ok(text.toLowerCase().includes(s.toLowerCase()), `accounting shows ${s}: ${text}`);
    await visit(page, 'scenario-a-12-client-page', CLIENT);

    // 12. The chronology: every step, filterable, printable.
    await page.getByRole('link', { name: 'Chronology' }).click();
    await visit(page, 'scenario-a-13-chronology', 'Chronology', [CLIENT]);
    const chrono = page.getByTestId('chronology');
    const all = await chrono.innerText();
    for (const s of ['Engagement opened', 'Limits of confidentiality explained', 'Concern raised', 'Concern escalated', 'Information disclosed to Harbour Crisis Team', 'Signposted to Harbour Crisis Team']) assert.ok(all.includes(s), `chronology shows ${s}: ${all}`);
    await page.getByRole('checkbox', { name: 'Disclosure' }).check();
    await page.waitForFunction(() => !document.querySelector('[data-testid="chronology"]')?.textContent?.includes('Engagement opened'));
    assert.ok(!(await chrono.innerText()).includes('Signposted'), 'filtered to disclosures');
    await visit(page, 'scenario-a-14-chronology-filtered', 'Chronology', [CLIENT]);

    assert.doesNotMatch(await browserStorage(page), /Morgan|suicid/i, 'no client content in browser storage');
    assert.doesNotMatch(await browserStorage(lead), /Morgan|suicid/i, 'no client content in the lead’s browser storage');
    assert.deepEqual(p.problems, []);
    assert.deepEqual(l.problems, []);
    await p.context.close();
    await l.context.close();
  });
});
