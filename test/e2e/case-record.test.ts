// The confidential case record in real Chromium (issue 6): creating a client, opening an engagement,
// trying to save a note before the agreement (warned), the agreement with its comprehension check, a session
// note, consent given then withdrawn, a referral, ending the engagement, a second practitioner who cannot
// open the client, and the DPO's subject-access export; the note history and the second editor's conflict, the
// referral outcome history, a conflict of interest, bad input (removed directory entry, closed engagement), and
// older notes on demand. axe on every page; screenshots in screenshots/.
import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { diffSummary, diffWords, type DiffPart } from '../../web/src/features/case-record/lib/diff.js';
import { browserStorage, checkA11y, field, launchBrowser, navLink, newPage, screenshot, seedOrganisation, seedUser, signIn, startServer, visit, type ApiClient, type Person, type TestServer } from './helper.js';

// Synthetic people only.
const CLIENT = 'Morgan Examplewood';
const STATEMENT = 'What you tell me stays between us. There are a few times I must share: if you or someone else is at serious risk of harm, or if the law makes me. I will tell you first if I can.';

let server: TestServer;
let browser: Browser;
let admin: ApiClient;
let priya: Person & { api: ApiClient };
let sam: Person;
let dana: Person;
let clientPath = '';
let reference = '';
let lastPage: Page | undefined;

async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('dialog').getByRole('textbox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option }).first().click();
}

describe('case record', () => {
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const org = await seedOrganisation(server.url);
    admin = org.api;
    await admin.ok('POST', '/api/v1/statements', { service: 'careers-guidance', title: 'Confidentiality in careers guidance', body: STATEMENT, questions: ['When would I have to break confidentiality?', 'What would it look like if I had to report something?'] });
    await admin.ok('POST', '/api/v1/directory', { kind: 'mental-health', name: 'Riverside Talking Therapies (fictional)' });
    priya = await seedUser(admin, 'Priya Practitioner', 'priya@example.test', ['practitioner']);
    sam = await seedUser(admin, 'Sam Practitioner', 'sam@example.test', ['practitioner']);
    dana = await seedUser(admin, 'Dana Officer', 'dana@example.test', ['dpo']);
  });
  afterEach(async () => {
    await lastPage?.screenshot({ path: 'screenshots/debug-case-record-last.png' }).catch(() => undefined);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('a practitioner keeps the record: client, agreement gate, comprehension check, note, consent, referral, ending', async () => {
    const { context, page, problems } = await newPage(browser, server.url);
    lastPage = page;
    await signIn(page, priya);
    await page.waitForURL('**/caseload');
    // Creating a client.
    await page.getByRole('button', { name: 'Add a client' }).click();
    const add = page.getByRole('dialog', { name: 'Add a client' });
    await field(add, 'Full name').fill(CLIENT);
    await add.getByRole('button', { name: 'Add client' }).click();
    await page.waitForURL('**/clients/**');
    clientPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 1, name: CLIENT }).waitFor();
    reference = ((await page.getByText(/^Reference C-/).innerText()).match(/C-[A-Z0-9]+/) ?? [''])[0];

    // An engagement for a service.
    await page.getByRole('button', { name: 'Open an engagement' }).click();
    const eng = page.getByRole('dialog', { name: 'Open an engagement' });
    await choose(page, 'Service', 'careers-guidance');
    await eng.getByRole('button', { name: 'Open engagement' }).click();
    await eng.waitFor({ state: 'detached' });
    await page.getByTestId('agreement-state').filter({ hasText: 'No agreement yet' }).waitFor();
    await visit(page, 'case-record-client-page', CLIENT, [CLIENT]);

    // Trying to save a note before the agreement: warned, the text kept.
    await field(page, 'New note').fill('Synthetic first-session note.');
    await page.getByRole('button', { name: 'Save note' }).click();
    await page.getByText(/Record that the limits of confidentiality were explained/).waitFor();
    assert.equal(await field(page, 'New note').inputValue(), 'Synthetic first-session note.');
    await screenshot(page, 'case-record-note-gate');
    await field(page, 'New note').fill('');

    // The agreement with the comprehension check.
    await page.getByRole('button', { name: 'Record the agreement' }).click();
    const ag = page.getByRole('dialog', { name: 'Confidentiality agreement' });
    await ag.getByText(/What you tell me stays between us/).waitFor();
    await field(ag, 'Client’s typed name').fill('M');
    await ag.getByText('The client types their name to acknowledge the limits.').waitFor();
    await field(ag, 'Client’s typed name').fill(CLIENT);
    await field(ag, 'Client’s answer to question 1').fill('If someone is in danger');
    await field(ag, 'Client’s answer to question 2').fill('You would tell me first');
    await ag.getByText('Until every answer shows understanding').waitFor();
    for (const box of await ag.getByLabel('Understanding shown').all()) await box.check();
    await checkA11y(page, 'agreement dialog');
    await screenshot(page, 'case-record-agreement');
    await ag.getByRole('button', { name: 'Save agreement' }).click();
    await ag.waitFor({ state: 'detached' });
    await page.getByTestId('agreement-state').filter({ hasText: 'Agreement complete' }).waitFor();
    assert.ok(await page.getByRole('link', { name: /Printable copy of the agreement/ }).isVisible());

    // A session note.
    await page.getByRole('button', { name: 'Add a session note' }).click();
    const note = page.getByRole('dialog', { name: 'Session note' });
    await field(note, 'Session date').fill('2099-01-01');
    await note.getByText('The date of the session cannot be in the future.').waitFor();
    await field(note, 'Session date').fill(new Date().toISOString().slice(0, 10));
    await note.getByRole('textbox', { name: 'Session note', exact: true }).fill('Synthetic: explored two course options and next steps.');
    await note.getByRole('button', { name: 'Save session note' }).click();
    await note.waitFor({ state: 'detached' });
    await page.getByText('Synthetic: explored two course options and next steps.').first().waitFor();

    // Two editors of the same note: the one who saves second gets a clear conflict and keeps their text.
    const clientId = clientPath.split('/').pop()!;
    const rec = await priya.api.ok<{ notes: { id: string; version: number }[] }>('GET', `/api/v1/clients/${clientId}/record`);
    const noteId = rec.notes[0]!.id;
    await page.getByRole('article').filter({ hasText: 'Synthetic: explored two course options' }).first().getByRole('button', { name: 'Edit' }).click();
    const ed = page.getByRole('dialog', { name: 'Edit the note' });
    await ed.getByRole('textbox', { name: 'Note text', exact: true }).fill('Synthetic: my edit, typed in the browser.');
    await priya.api.ok('PUT', `/api/v1/clients/${clientId}/notes/${noteId}`, { text: 'Synthetic: the other editor saved first.', version: 1 });
    await ed.getByRole('button', { name: 'Save changes' }).click();
    await ed.getByText(/nothing was overwritten/).waitFor();
    assert.equal(await ed.getByRole('textbox', { name: 'Note text', exact: true }).inputValue(), 'Synthetic: my edit, typed in the browser.', 'the second editor keeps their text');
    // The newer version is shown beside the kept text, with what differs; the practitioner chooses to save on top.
    const newer = ed.getByTestId('newer-version');
    await newer.getByText('Synthetic: the other editor saved first.').waitFor();
    await newer.getByText(/The newer version 2, saved by Priya Practitioner/).waitFor();
    assert.ok((await newer.locator('ins').count()) > 0 && (await newer.locator('del').count()) > 0, 'what differs is marked');
    await checkA11y(page, 'note edit conflict');
    await screenshot(page, 'case-record-edit-conflict');
    await newer.getByRole('button', { name: 'Save my text as version 3' }).click();
    await ed.waitFor({ state: 'detached' });
    const edited = page.getByRole('article').filter({ hasText: 'Synthetic: my edit, typed in the browser.' }).first();
    await edited.getByText(/version 3/).waitFor();
    // The note's history: who saved each version, when, and what changed.
    await edited.getByRole('button', { name: 'History' }).click();
    const hist = page.getByRole('dialog', { name: 'Note history' });
    await hist.getByText('3 saved versions, newest first.', { exact: false }).waitFor();
    assert.equal(await hist.getByRole('article').count(), 3);
    await hist.getByRole('article', { name: 'Version 1' }).getByText('Synthetic: explored two course options and next steps.').waitFor();
    await hist.getByRole('article', { name: 'Version 2' }).getByText(/Priya Practitioner/).waitFor();
    assert.match((await hist.getByRole('article', { name: 'Version 3' }).locator('ins').allInnerTexts()).join(' '), /my edit/);
    assert.match((await hist.getByRole('article', { name: 'Version 3' }).locator('del').allInnerTexts()).join(' '), /other editor/);
    await checkA11y(page, 'note history');
    await screenshot(page, 'case-record-note-history');
    await page.keyboard.press('Escape');
    await hist.waitFor({ state: 'detached' });

    // Consent given …
    await page.getByRole('button', { name: 'Record consent' }).click();
    const cf = page.getByRole('dialog', { name: 'Record consent to share' });
    // The dialog may still be opening (its focus trap can close a dropdown opened mid-transition): open the
    // list until the option shows, a bounded number of times.
    const categories = cf.getByRole('textbox', { name: 'Information the client agrees to share', exact: true });
    const referralInfo = page.getByRole('option', { name: 'Referral information' });
    for (let i = 0; i < 4 && !(await referralInfo.isVisible()); i++) {
      await categories.click({ force: true });
      await referralInfo.waitFor({ timeout: 2500 }).catch(() => undefined);
    }
    await referralInfo.click();
    await page.keyboard.press('Tab');
    await page.getByRole('option', { name: 'Health' }).waitFor({ state: 'hidden' });
    await choose(page, 'Service', 'Riverside Talking Therapies (fictional)');
    await field(cf, 'Purpose').fill('Referral for talking therapy');
    await field(cf, 'Expires on (recommended)').fill('2000-01-01');
    await cf.getByText('Consent must expire after it was given.').waitFor();
    await field(cf, 'Expires on (recommended)').fill('');
    await cf.getByLabel('The client was told the risks and benefits of sharing').check();
    await cf.getByRole('button', { name: 'Record consent' }).click();
    await cf.waitFor({ state: 'detached' });
    await page.getByTestId('consent-active').waitFor();

    // … used for a referral …
    await page.getByRole('button', { name: 'Refer or signpost' }).click();
    const rf = page.getByRole('dialog', { name: 'Refer or signpost' });
    await choose(page, 'To', 'Riverside Talking Therapies (fictional)');
    await field(rf, 'Why').fill('Low mood; wants talking therapy.');
    await choose(page, 'Consent that covers it', 'Riverside Talking Therapies (fictional): Referral information');
    await checkA11y(page, 'referral dialog');
    await rf.getByRole('button', { name: 'Save referral' }).click();
    await rf.waitFor({ state: 'detached' });
    await page.getByTestId('referrals').getByText('Referral to Riverside Talking Therapies (fictional)').waitFor();
    // The outcome, recorded later and then updated: both states kept.
    const referral = page.getByTestId('referral').filter({ hasText: 'Referral to Riverside Talking Therapies (fictional)' });
    await referral.getByText('No outcome recorded yet.').waitFor();
    for (const [i, outcome] of ['Synthetic: accepted onto the waiting list', 'Synthetic: first appointment attended'].entries()) {
      await referral.getByRole('button', { name: 'Record an outcome' }).click();
      const of = page.getByRole('dialog', { name: 'Referral outcome' });
      await field(of, 'Outcome').fill(outcome);
      if (i === 0) {
        await field(of, 'Date of the outcome').fill('2099-01-01');
        await of.getByText('The date of the outcome cannot be in the future.').waitFor();
        await field(of, 'Date of the outcome').fill('2000-01-01');
        await of.getByText('The outcome cannot be dated before the referral was made.').waitFor();
        await field(of, 'Date of the outcome').fill(new Date().toISOString().slice(0, 10));
        await checkA11y(page, 'referral outcome dialog');
      }
      await of.getByRole('button', { name: 'Save outcome' }).click();
      await of.waitFor({ state: 'detached' });
      await referral.getByText(`Outcome: ${outcome}`, { exact: false }).waitFor();
    }
    await referral.getByTestId('outcome-history').getByText('Synthetic: accepted onto the waiting list', { exact: false }).waitFor();
    await screenshot(page, 'case-record-referral-outcome');

    // A conflict of interest, declared and listed.
    await page.getByRole('button', { name: 'Declare a conflict of interest' }).click();
    const coi = page.getByRole('dialog', { name: 'Declare a conflict of interest' });
    await field(coi, 'The conflict of interest').fill('Synthetic: the client’s manager is my neighbour.');
    await field(coi, 'Declared on').fill('2099-01-01');
    await coi.getByText('The date the conflict was declared cannot be in the future.').waitFor();
    await field(coi, 'Declared on').fill(new Date().toISOString().slice(0, 10));
    await coi.getByRole('button', { name: 'Declare' }).click();
    await coi.getByText('Say what was done about it', { exact: false }).waitFor();
    await field(coi, 'What was done about it').fill('Synthetic: told the client; they chose to continue with me.');
    await checkA11y(page, 'conflict of interest dialog');
    await screenshot(page, 'case-record-conflict-of-interest');
    await coi.getByRole('button', { name: 'Declare' }).click();
    await coi.waitFor({ state: 'detached' });
    await page.getByTestId('conflicts').getByText('Synthetic: the client’s manager is my neighbour.').waitFor();
    await page.getByTestId('conflicts').getByText('What was done: Synthetic: told the client; they chose to continue with me.').waitFor();

    // … then withdrawn (history kept).
    await page.getByTestId('consent-active').getByRole('button', { name: 'Withdraw' }).click();
    const wd = page.getByRole('dialog', { name: 'Withdraw consent' });
    await wd.getByRole('button', { name: 'Withdraw consent' }).click();
    await wd.waitFor({ state: 'detached' });
    await page.getByTestId('consent-withdrawn').waitFor();
    assert.equal(await page.getByTestId('consent-active').count(), 0);

    // Ending the engagement.
    await page.getByRole('button', { name: 'End the engagement' }).click();
    const end = page.getByRole('dialog', { name: 'End the engagement' });
    await choose(page, 'Reason for ending', 'Code-of-conduct concern');
    await field(end, 'Closing summary').fill('Synthetic: client planned to take files to a competitor; we ended the work.');
    await end.getByRole('button', { name: 'End engagement' }).click();
    await end.getByText('Confirm that confidentiality was not broken (K1).').waitFor();
    await end.getByLabel('Confidentiality was not broken').check();
    await end.getByRole('button', { name: 'End engagement' }).click();
    await end.waitFor({ state: 'detached' });
    await page.getByText(/confidentiality was not broken/).waitFor();
    await visit(page, 'case-record-ended', CLIENT, [CLIENT]);

    const stored = await browserStorage(page);
    assert.ok(!stored.includes(CLIENT) && !stored.includes('Synthetic'), 'no client content in browser storage');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('bad input shows a clear message and keeps what was typed: a removed directory entry, a note on an engagement closed meanwhile', async () => {
    const old = await admin.ok<{ entry: { id: string } }>('POST', '/api/v1/directory', { kind: 'helpline', name: 'Old Helpline (fictional)' });
    const statementId = (await priya.api.ok<{ id: string; service: string }[]>('GET', '/api/v1/statements')).find((x) => x.service === 'careers-guidance')!.id;
    const id = (await priya.api.ok<{ client: { id: string } }>('POST', '/api/v1/clients', { name: 'Quinn Sampleford' })).client.id;
    const eid = (await priya.api.ok<{ engagement: { id: string } }>('POST', `/api/v1/clients/${id}/engagements`, { service: 'careers-guidance' })).engagement.id;
    await priya.api.ok('PUT', `/api/v1/clients/${id}/engagements/${eid}/agreement`, { statementId, explainedAt: new Date().toISOString(), method: 'in-person', acknowledgement: { kind: 'verbal', note: 'Said yes' }, comprehension: [{ question: 'When would I have to break confidentiality?', answer: 'If someone is at risk', understood: true }] });
    const { context, page, problems } = await newPage(browser, server.url);
    lastPage = page;
    await signIn(page, priya);
    await page.waitForURL('**/caseload');
    await page.goto(`/clients/${id}`);
    await page.getByRole('heading', { level: 1, name: 'Quinn Sampleford' }).waitFor();

    // Signposting to a directory entry that an administrator removes while the form is open.
    await page.getByRole('button', { name: 'Refer or signpost' }).click();
    const rf = page.getByRole('dialog', { name: 'Refer or signpost' });
    await rf.getByLabel('Signposting (client contacts them)').check();
    await choose(page, 'To', 'Old Helpline (fictional)');
    await field(rf, 'Why').fill('Synthetic: out-of-hours support.');
    await admin.ok('DELETE', `/api/v1/directory/${old.entry.id}`);
    await rf.getByRole('button', { name: 'Save referral' }).click();
    await rf.getByText(/removed from the directory/).waitFor();
    assert.equal(await field(rf, 'Why').inputValue(), 'Synthetic: out-of-hours support.', 'nothing typed is lost');
    await screenshot(page, 'case-record-removed-entry');
    await rf.getByRole('button', { name: 'Cancel' }).click();
    await rf.waitFor({ state: 'detached' });
    assert.equal((await priya.api.ok<{ referrals: unknown[] }>('GET', `/api/v1/clients/${id}/record`)).referrals.length, 0, 'nothing half-saved');

    // Where the organisation has an interest, the alternatives offered are asked for and shown (I1).
    await page.getByRole('button', { name: 'Refer or signpost' }).click();
    const sp = page.getByRole('dialog', { name: 'Refer or signpost' });
    await sp.getByLabel('Signposting (client contacts them)').check();
    await choose(page, 'To', 'Riverside Talking Therapies (fictional)');
    await field(sp, 'Why').fill('Synthetic: wants support with low mood.');
    await sp.getByLabel(/Our organisation has an interest in this service/).check();
    await sp.getByRole('button', { name: 'Save referral' }).click();
    await sp.getByText('Record the alternatives the client was offered (I1).').waitFor();
    await field(sp, 'Alternatives offered to the client').fill('Synthetic: the GP and a national helpline.');
    await checkA11y(page, 'referral with organisation interest');
    await sp.getByRole('button', { name: 'Save referral' }).click();
    await sp.waitFor({ state: 'detached' });
    const card = page.getByTestId('referral').filter({ hasText: 'Signposting to Riverside Talking Therapies (fictional)' });
    await card.getByText('Organisation has an interest').waitFor();
    await card.getByText('Alternatives offered: Synthetic: the GP and a national helpline.').waitFor();
    await screenshot(page, 'case-record-organisation-interest');

    // A session note on an engagement that was ended (in another tab) while the note was being written.
    await page.getByRole('button', { name: 'Add a session note' }).click();
    const note = page.getByRole('dialog', { name: 'Session note' });
    await note.getByRole('textbox', { name: 'Session note', exact: true }).fill('Synthetic: a note written while the work ended elsewhere.');
    await priya.api.ok('POST', `/api/v1/clients/${id}/engagements/${eid}/close`, { reason: 'client-choice', summary: 'Synthetic: the client chose to stop here.' });
    await note.getByRole('button', { name: 'Save session note' }).click();
    await note.getByText(/This engagement is closed: notes can no longer be added/).waitFor();
    assert.equal(await note.getByRole('textbox', { name: 'Session note', exact: true }).inputValue(), 'Synthetic: a note written while the work ended elsewhere.');
    await checkA11y(page, 'note on a closed engagement');
    await screenshot(page, 'case-record-note-closed-engagement');
    assert.equal((await priya.api.ok<{ noteCount: number }>('GET', `/api/v1/clients/${id}/record`)).noteCount, 0, 'nothing half-saved');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('older notes load on demand: the client page shows the latest 20', async () => {
    const statementId = (await priya.api.ok<{ id: string; service: string }[]>('GET', '/api/v1/statements')).find((x) => x.service === 'careers-guidance')!.id;
    const id = (await priya.api.ok<{ client: { id: string } }>('POST', '/api/v1/clients', { name: 'Reese Pagewell' })).client.id;
    const eid = (await priya.api.ok<{ engagement: { id: string } }>('POST', `/api/v1/clients/${id}/engagements`, { service: 'careers-guidance' })).engagement.id;
    await priya.api.ok('PUT', `/api/v1/clients/${id}/engagements/${eid}/agreement`, { statementId, explainedAt: new Date().toISOString(), method: 'in-person', acknowledgement: { kind: 'verbal', note: 'Said yes' }, comprehension: [{ question: 'When would I have to break confidentiality?', answer: 'If someone is at risk', understood: true }] });
    for (let i = 1; i <= 45; i++) await priya.api.ok('POST', `/api/v1/clients/${id}/engagements/${eid}/notes`, { text: `Synthetic paged note number ${i}.`, sessionDate: new Date().toISOString().slice(0, 10), mode: 'phone' });
    const { context, page, requests, problems } = await newPage(browser, server.url);
    lastPage = page;
    await signIn(page, priya);
    await page.waitForURL('**/caseload');
    await page.goto(`/clients/${id}`);
    await page.getByRole('heading', { level: 2, name: 'Notes (45)' }).waitFor();
    const notes = page.getByTestId('notes').getByRole('article');
    await page.getByText('Synthetic paged note number 45.').waitFor();
    assert.equal(await notes.count(), 20);
    assert.ok(!requests.some((r) => /\/notes(\?|$)|session-notes/.test(r)), 'no list of every note is fetched');
    await page.getByRole('button', { name: 'Show older notes (25 more)' }).click();
    await page.getByText('Synthetic paged note number 6.', { exact: true }).waitFor();
    assert.equal(await notes.count(), 40);
    await page.getByRole('button', { name: 'Show older notes (5 more)' }).click();
    await page.getByText('Synthetic paged note number 1.', { exact: true }).waitFor();
    assert.equal(await notes.count(), 45);
    assert.equal(await page.getByRole('button', { name: /Show older notes/ }).count(), 0);
    await page.getByTestId('notes-shown').getByText('Showing the latest 45 of 45.').waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a second practitioner cannot open the client', async () => {
    assert.ok(clientPath, 'the first test created the client');
    const { context, page, problems } = await newPage(browser, server.url);
    lastPage = page;
    await signIn(page, sam);
    await page.waitForURL('**/caseload');
    await page.goto(clientPath);
    await visit(page, 'case-record-other-practitioner', 'This page is not available');
    assert.ok(!(await page.locator('body').innerText()).includes(CLIENT));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the DPO produces a subject-access export that says what was withheld', async () => {
    assert.ok(reference, 'the first test created the client');
    const { context, page, problems } = await newPage(browser, server.url);
    lastPage = page;
    await signIn(page, dana);
    await navLink(page, 'Client rights').click();
    await visit(page, 'client-rights', 'Client rights');
    await field(page, 'Client reference').fill('nope');
    await page.getByText('A reference looks like C-7KQ2M9.').waitFor();
    await field(page, 'Client reference').fill(reference);
    await page.getByRole('button', { name: 'Find' }).click();
    await page.getByTestId('record-card').waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Produce export (JSON)' }).click();
    const file = await download;
    assert.match(file.suggestedFilename(), /^subject-access-C-/);
    await page.getByTestId('withheld').waitFor();
    await checkA11y(page, 'client rights with export');
    await screenshot(page, 'client-rights-export');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

// The word diff behind the note history and the edit conflict (pure; runs without the browser).
describe('note diff', () => {
  const side = (parts: DiffPart[], keep: DiffPart['kind']) => parts.filter((p) => p.kind === 'same' || p.kind === keep).map((p) => p.text).join('');
  test('every diff rebuilds both texts, and a changed phrase reads as one removal and one addition', () => {
    const d = diffWords('Synthetic: the other editor saved first.', 'Synthetic: my edit, typed in the browser.');
    assert.deepEqual(d.map((p) => p.kind), ['same', 'removed', 'added']);
    assert.equal(diffSummary(diffWords('a b c', 'a x c')), '1 word added, 1 removed');
    assert.equal(diffSummary(diffWords('same', 'same')), 'No change to the text');
    assert.deepEqual(diffWords('', ''), []);
    // Long texts fall back to lines and still rebuild both sides.
    const long = 'word '.repeat(3000);
    assert.equal(side(diffWords(long, `${long}more`), 'added'), `${long}more`);
    // Randomised round trips with a fixed seed (repeatable).
    let seed = 42;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const text = () => Array.from({ length: Math.floor(rnd() * 30) }, () => ['a', 'b', 'cd', ' ', '\n', '. '][Math.floor(rnd() * 6)]).join('');
    for (let i = 0; i < 500; i++) {
      const x = text();
      const y = text();
      const p = diffWords(x, y);
      assert.equal(side(p, 'removed'), x);
      assert.equal(side(p, 'added'), y);
    }
  });
});
