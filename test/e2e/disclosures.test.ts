// Scenario (a) end to end in real Chromium (issue 7): a client at a community centre discloses suicidal thoughts
// and self-medication and asks that no one be told. The practitioner saves the note (the risk prompt shows),
// raises a concern (the engine says escalate), records discussing it with the client (accepting the verdict),
// escalates; the lead decides. The practitioner requests a disclosure to the mental health crisis team from the
// concern's verdict (citation ground, the minimum necessary, client told after); the lead approves it from the
// safeguarding home; the practitioner records it; a referral to mental health services; the accounting entry
// shows on the client page; the chronology shows every step, filtered and printable. The concern and escalation
// steps that belong to the concerns part run through its API; the disclosure steps through the web pages.
// axe on every page; screenshots in screenshots/.
import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { browserStorage, field, launchBrowser, newPage, seedOrganisation, seedUser, signIn, startServer, visit, type ApiClient, type Person, type TestServer } from './helper.js';

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

  test('scenario (a): concern, escalation, the lead’s approval, referral, client told, accounting entry and chronology', async () => {
    // Setup through the API: the client, the engagement and the agreement (limits explained).
    const statementId = (await priya.api.ok<{ id: string; service: string }[]>('GET', '/api/v1/statements')).find((s) => s.service === 'community-support')!.id;
    const clientId = (await priya.api.ok<{ client: { id: string } }>('POST', '/api/v1/clients', { name: CLIENT, phone: '07700 900777', dateOfBirth: '1994-02-03', jurisdiction: 'GB-ENG' })).client.id;
    const engagementId = (await priya.api.ok<{ engagement: { id: string } }>('POST', `/api/v1/clients/${clientId}/engagements`, { service: 'community-support', openedAt: '2026-01-05' })).engagement.id;
    await priya.api.ok('PUT', `/api/v1/clients/${clientId}/engagements/${engagementId}/agreement`, { statementId, explainedAt: '2026-01-10T10:00:00Z', method: 'in-person', acknowledgement: { kind: 'typed-name', name: CLIENT }, comprehension: [{ question: 'When would I have to break confidentiality?', answer: 'If I was in danger', understood: true }] });
    // The note: the risk prompt comes back (it never decides).
    const saved = await priya.api.ok<{ note: { id: string }; riskPrompts: { concern: string; prompt: string }[] }>('POST', `/api/v1/clients/${clientId}/engagements/${engagementId}/notes`, { text: NOTE, sessionDate: '2026-01-20', mode: 'in-person', durationMinutes: 50 });
    assert.ok(saved.riskPrompts.some((r) => r.concern === 'risk-to-self'), JSON.stringify(saved.riskPrompts));
    // The concern (engine: escalate), discussing it with the client (accepted), escalation and the lead's decision.
    const concern = (await priya.api.ok<{ concern: { id: string; verdict: string } }>('POST', `/api/v1/clients/${clientId}/concerns`, { kind: 'general', engagementId, noteId: saved.note.id, profession: 'counselling', concern: 'risk-to-self', atRisk: 'the-client', imminence: 'foreseeable', severity: 'serious', clientConsent: 'refused', summary: 'Suicidal thoughts and self-medication with sleeping tablets; asked that no one be told.' })).concern;
    assert.equal(concern.verdict, 'escalate');
    await priya.api.ok('POST', `/api/v1/clients/${clientId}/concerns/${concern.id}/choice`, { choice: 'accepted', reason: 'Discussed with Morgan: explained why I need to involve the lead; they were upset but understood.' });
    await priya.api.ok('POST', `/api/v1/clients/${clientId}/concerns/${concern.id}/escalate`, { urgency: 'urgent', note: 'Discussed with the client; they asked that no one be told.' });
    await lee.api.ok('POST', `/api/v1/escalations/${concern.id}/decision`, { outcome: 'disclose', reason: 'Real risk of serious harm; a referral to the crisis team is necessary and proportionate.' });

    // The practitioner requests the disclosure in the web app, from the concern's verdict.
    const p = await newPage(browser, server.url);
    lastPage = p.page;
    const page = p.page;
    await signIn(page, priya);
    await page.goto(`/clients/${clientId}`);
    await page.getByRole('heading', { level: 1, name: CLIENT }).waitFor();
    await page.getByRole('heading', { name: 'Disclosures' }).waitFor();
    await page.getByRole('link', { name: 'Request a disclosure' }).click();
    await page.getByRole('heading', { level: 1, name: 'Request a disclosure' }).waitFor();
    await page.getByText('No concern verdict').waitFor();
    await page.getByRole('textbox', { name: 'The concern this disclosure follows (optional)' }).click();
    await page.getByRole('option', { name: /Escalate to the safeguarding lead/ }).click();
    await page.waitForURL(`**/disclosures/new?concern=${concern.id}`);
    await visit(page, 'disclosures-request-form', 'Request a disclosure', [CLIENT]);
    await page.getByText('A safeguarding lead must approve this disclosure').waitFor();
    // The ground: the first citation of the verdict (already chosen). The recipient from the directory.
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
    await visit(page, 'disclosures-requested', 'Disclosure', [CLIENT]);
    await page.getByText('Awaiting approval').first().waitFor();
    const disclosureId = page.url().split('/').pop()!;

    // The lead approves from the safeguarding home.
    const l = await newPage(browser, server.url);
    lastPage = l.page;
    await signIn(l.page, lee);
    await l.page.goto('/safeguarding');
    await l.page.getByRole('heading', { name: 'Disclosures awaiting approval' }).waitFor();
    await visit(l.page, 'disclosures-safeguarding-home', 'Safeguarding', [CLIENT]);
    const pending = l.page.getByTestId('pending-disclosures');
    assert.ok(!(await pending.innerText()).includes(CLIENT), 'the queue shows the reference, not the name');
    await pending.getByRole('link').first().click();
    await l.page.waitForURL(`**/disclosures/${disclosureId}`);
    await visit(l.page, 'disclosures-approval', 'Disclosure', [CLIENT]);
    await l.page.getByRole('button', { name: 'Approve this disclosure' }).click();
    await l.page.getByText('Ready to disclose').first().waitFor();
    await l.page.getByText(/Approved by Lee Lead/).waitFor();

    // The practitioner records it; the pack holds the approved fields.
    await page.reload();
    await page.getByText('Ready to disclose').first().waitFor();
    await page.getByRole('button', { name: 'Record as disclosed now' }).click();
    await page.getByText('Disclosed', { exact: true }).first().waitFor();
    await page.getByRole('link', { name: 'Open the disclosure pack (PDF)' }).waitFor();
    await field(page, 'Add an annotation').fill('Client told after the call, at the centre; they agreed to see the crisis team.');
    await page.getByRole('button', { name: 'Add annotation' }).click();
    await page.getByText('Client told after the call, at the centre', { exact: false }).first().waitFor();
    await visit(page, 'disclosures-recorded', 'Disclosure', [CLIENT]);

    // The referral to mental health services (the existing referrals: through the API here).
    const dir = await priya.api.ok<{ id: string; name: string }[]>('GET', '/api/v1/directory');
    await priya.api.ok('POST', `/api/v1/clients/${clientId}/referrals`, { kind: 'signposting', engagementId, directoryId: dir[0]!.id, reason: 'Crisis support and a mental health assessment.' });

    // The accounting entry on the client page.
    await page.goto(`/clients/${clientId}`);
    await page.getByRole('heading', { level: 1, name: CLIENT }).waitFor();
    const acc = page.getByTestId('accounting');
    await acc.waitFor();
    const text = await acc.innerText();
    for (const s of ['Harbour Crisis Team (fictional)', 'Identity', 'Contact details', 'Risk summary', 'Priya Practitioner', 'approved by Lee Lead', 'Told after', 'Disclosed']) assert.ok(text.toLowerCase().includes(s.toLowerCase()), `accounting shows ${s}: ${text}`);
    await visit(page, 'disclosures-client-page', CLIENT);

    // The chronology: every step, filterable, printable.
    await page.getByRole('link', { name: 'Chronology' }).click();
    await visit(page, 'disclosures-chronology', 'Chronology', [CLIENT]);
    const chrono = page.getByTestId('chronology');
    const all = await chrono.innerText();
    for (const s of ['Engagement opened', 'Limits of confidentiality explained', 'Concern raised', 'Concern escalated', 'Information disclosed to Harbour Crisis Team', 'Signposted to Harbour Crisis Team']) assert.ok(all.includes(s), `chronology shows ${s}`);
    await page.getByRole('checkbox', { name: 'Disclosure' }).check();
    await page.waitForFunction(() => !document.querySelector('[data-testid="chronology"]')?.textContent?.includes('Engagement opened'));
    assert.ok(!(await chrono.innerText()).includes('Signposted'), 'filtered to disclosures');
    await visit(page, 'disclosures-chronology-filtered', 'Chronology', [CLIENT]);
    assert.doesNotMatch(await browserStorage(page), /Morgan|suicid/i, 'no client content in browser storage');
    assert.deepEqual(p.problems, []);
    assert.deepEqual(l.problems, []);
    await p.context.close();
    await l.context.close();
  });
});
