// First run through the browser: set up the organisation and first administrator (with TOTP
// enrolment), sign out, sign in with password + TOTP (and a wrong TOTP), then the admin pages,
// keyboard-only use, server-side field errors, lock-out wording and a tablet-width layout.
import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { browserStorage, checkA11y, field, navLink, launchBrowser, newPage, screenshot, startServer, totpCode, visit, wrongTotpCode, type TestServer } from './helper.js';

const admin = { email: 'morgan.admin@example.test', password: 'lantern orchard velvet compass 7', displayName: 'Morgan Admin' };
let server: TestServer;
let browser: Browser;
let page: Page;
let problems: string[];
let secret = '';
let recoveryCode = '';
let riley: { context: import('playwright-core').BrowserContext; page: Page } | undefined;

describe('first run, sign-in and admin pages', () => {
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    ({ page, problems } = await newPage(browser, server.url));
  });
  afterEach(async () => {
    await page?.screenshot({ path: 'screenshots/debug-first-run-last.png' }).catch(() => undefined);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('with no users the app opens the set-up page; fields validate as you type and on the server', async () => {
    await page.goto('/');
    await page.waitForURL('**/setup');
    await visit(page, 'setup', 'Set up Confidant');
    const pw = field(page, 'Password');
    await pw.fill('short');
    await page.getByText('Use at least 12 characters (5 so far)').waitFor();
    await field(page, 'Organisation name').fill('Harbour Counselling (test)');
    await field(page, 'Your name').fill(admin.displayName);
    await field(page, 'Your work email').fill(admin.email);
    // Long enough for the browser's check, but on the server's list of common passwords.
    await pw.fill('password1234');
    await field(page, 'Password again').fill('password1234');
    await page.getByRole('button', { name: 'Create organisation' }).click();
    const err = page.locator('.mantine-PasswordInput-error', { hasText: /common|easy to guess/ });
    await err.waitFor();
    // The message is attached to the password field (aria-describedby), not a generic banner.
    const describedBy = await pw.getAttribute('aria-describedby');
    assert.ok(describedBy && (await err.getAttribute('id')) && describedBy.includes((await err.getAttribute('id'))!), 'server error is tied to the field');
    await screenshot(page, 'setup-server-error');
    await pw.fill(admin.password);
    await field(page, 'Password again').fill(admin.password);
    await page.getByRole('button', { name: 'Create organisation' }).click();
  });

  test('the first administrator enrols TOTP, sees recovery codes once, and is signed in', async () => {
    await page.waitForURL('**/enrol');
    await page.getByTestId('totp-secret').waitFor();
    await visit(page, 'enrol', 'Set up two-step sign-in');
    secret = (await page.getByTestId('totp-secret').innerText()).trim();
    assert.match(secret, /^[A-Z2-7]+=*$/);
    await field(page, 'Code from your app').fill(wrongTotpCode(secret));
    await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
    await page.getByText(/not correct|did not work/).waitFor();
    assert.equal(await field(page, 'Code from your app').getAttribute('aria-invalid'), 'true');
    await field(page, 'Code from your app').fill(await totpCode(secret));
    await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
    const codes = page.getByTestId('recovery-codes').locator('li');
    await codes.first().waitFor();
    assert.equal(await codes.count(), 10);
    recoveryCode = (await codes.first().innerText()).trim();
    await checkA11y(page, 'recovery codes');
    await screenshot(page, 'recovery-codes');
    const go = page.getByRole('button', { name: 'Continue to Confidant' });
    assert.equal(await go.isDisabled(), true, 'cannot skip past the codes without ticking the box');
    await field(page, 'I have stored these recovery codes somewhere safe').check();
    await go.click();
    await page.waitForURL('**/admin');
    await visit(page, 'admin-home', 'Administration');
    assert.deepEqual(problems, []);
  });

  test('sign-in: unknown account and wrong password read the same; a wrong TOTP is refused; the right one signs in', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/sign-in');
    await visit(page, 'sign-in', 'Sign in to Confidant');

    const message = async (email: string, password: string) => {
      await field(page, 'Email').fill(email);
      await field(page, 'Password').fill(password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      const alert = page.getByRole('alert').filter({ hasText: 'not recognised' });
      await alert.waitFor();
      const text = await alert.innerText();
      await field(page, 'Email').fill('');
      return text;
    };
    const unknown = await message('nobody.here@example.test', 'some long password 123');
    const wrong = await message(admin.email, 'not the right password 123');
    assert.equal(unknown, wrong, 'the message does not reveal whether the account exists');
    await screenshot(page, 'sign-in-refused');

    // Keyboard only: Tab into the fields, Enter submits.
    await field(page, 'Email').focus();
    await page.keyboard.type(admin.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(admin.password);
    await page.keyboard.press('Enter');
    const code = field(page, 'Authentication code');
    await code.waitFor();
    await visit(page, 'sign-in-code', 'Sign in to Confidant');
    await code.fill(wrongTotpCode(secret));
    await page.keyboard.press('Enter');
    await page.getByText('That code did not work').waitFor();
    assert.equal(await code.getAttribute('aria-invalid'), 'true');
    await checkA11y(page, 'wrong TOTP');
    await screenshot(page, 'sign-in-wrong-code');
    await code.fill(await totpCode(secret));
    await page.keyboard.press('Enter');
    await page.waitForURL('**/admin');
    await page.getByTestId('signed-in-as').waitFor();
  });

  test('skip link and keyboard navigation work on signed-in pages', async () => {
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement?.textContent);
    assert.equal(first, 'Skip to main content');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
  });

  let tempPassword = '';
  test('admin pages: people (invite, roles), assignments, organisation, profile', async () => {
    await navLink(page, 'People').click();
    await page.getByTestId('users-table').waitFor();
    await visit(page, 'admin-users', 'People');
    await page.getByRole('button', { name: 'Invite someone' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite someone' });
    await field(dialog, 'Name').fill('Riley Practitioner');
    await field(dialog, 'Work email').fill('riley');
    await dialog.getByText('Enter an email address like name@example.org').waitFor();
    await field(dialog, 'Work email').fill('riley.practitioner@example.test');
    await checkA11y(page, 'invite dialog');
    await screenshot(page, 'admin-invite');
    await dialog.getByRole('button', { name: 'Invite' }).click();
    tempPassword = (await page.getByTestId('temporary-password').innerText()).trim();
    assert.ok(tempPassword.length >= 12);
    await screenshot(page, 'admin-invited');
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByTestId('user-row-riley.practitioner@example.test').waitFor();

    // Inviting the same email again: the server's answer shows in the form.
    await page.getByRole('button', { name: 'Invite someone' }).click();
    await field(dialog, 'Name').fill('Riley Again');
    await field(dialog, 'Work email').fill('riley.practitioner@example.test');
    await dialog.getByRole('button', { name: 'Invite' }).click();
    await dialog.getByText('An account with this email address already exists').waitFor();
    assert.equal(await field(dialog, 'Work email').getAttribute('aria-invalid'), 'true');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await navLink(page, 'Client assignments').click();
    await visit(page, 'admin-assignments', 'Client assignments');
    await navLink(page, 'Organisation').click();
    await field(page, 'Organisation name').waitFor();
    await visit(page, 'admin-organisation', 'Organisation settings');
    await field(page, 'Organisation name').fill('');
    await page.getByText("Enter the organisation's name").waitFor();
    await field(page, 'Organisation name').fill('Harbour Counselling Service (test)');
    const months = field(page, 'Review confidentiality agreements every (months)');
    await months.fill('24');
    await page.getByText('Choose a whole number of months from 1 to 12').waitFor();
    await months.fill('6');
    await field(page, 'Default jurisdiction for new clients').fill('gb-eng');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Organisation settings saved.').waitFor();
    await page.reload();
    assert.equal(await field(page, 'Default jurisdiction for new clients').inputValue(), 'GB-ENG');
    assert.equal(await field(page, 'Review confidentiality agreements every (months)').inputValue(), '6');
    await navLink(page, 'Your profile').click();
    await page.getByTestId('sessions-table').waitFor();
    await page.getByTestId('sign-ins-table').waitFor();
    await visit(page, 'profile', 'Your profile');
    assert.deepEqual(problems, []);
  });

  test('forms without client content keep a draft across a reload; cancelling drops it', async () => {
    await navLink(page, 'People').click();
    await page.getByRole('button', { name: 'Invite someone' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite someone' });
    await field(dialog, 'Name').fill('Sam Draftworth');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('button', { name: 'Invite someone' }).click();
    assert.equal(await field(dialog, 'Name').inputValue(), 'Sam Draftworth');
    assert.match(await browserStorage(page), /confidant-draft:invite-user/);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    assert.doesNotMatch(await browserStorage(page), /Sam Draftworth/);
  });

  test('an invited person must choose their own password first', async () => {
    const { context, page: p } = await newPage(browser, server.url);
    await p.goto('/sign-in');
    await field(p, 'Email').fill('riley.practitioner@example.test');
    await field(p, 'Password').fill(tempPassword);
    await p.getByRole('button', { name: 'Sign in' }).click();
    await p.waitForURL('**/profile').catch(async (e) => {
      await p.screenshot({ path: 'screenshots/debug-invited.png' });
      throw e;
    });
    await p.getByText('You signed in with a temporary password').waitFor();
    await field(p, 'Current password').fill(tempPassword);
    await field(p, 'New password').fill('riley keeps seven quiet lighthouses');
    await field(p, 'New password again').fill('riley keeps seven quiet lighthouses');
    await p.getByRole('button', { name: 'Change password' }).click();
    await p.getByText('Password changed.').waitFor();
    await navLink(p, 'Your caseload').click();
    await visit(p, 'caseload-empty', 'Your caseload');
    riley = { context, page: p };
  });

  test('deactivating someone ends their sessions at once', async () => {
    await navLink(page, 'People').click();
    const row = page.getByTestId('user-row-riley.practitioner@example.test');
    await row.getByRole('button', { name: 'Actions for Riley Practitioner' }).click();
    await page.getByRole('menuitem', { name: 'Deactivate' }).click();
    const dialog = page.getByRole('dialog', { name: 'Deactivate this account?' });
    await page.getByRole('menu').waitFor({ state: 'detached' });
    await field(dialog, 'Reason (optional, kept in the audit log)').fill('Left the service');
    await checkA11y(page, 'deactivate dialog');
    await screenshot(page, 'admin-deactivate');
    await dialog.getByRole('button', { name: 'Deactivate' }).click();
    await row.getByText('Deactivated').waitFor();

    // Riley's open page finds out at its next request.
    const p = riley!.page;
    await p.getByRole('button', { name: 'Add a client' }).click();
    await field(p.getByRole('dialog', { name: 'Add a client' }), 'Full name').fill('Dora Exampleton');
    await p.getByRole('button', { name: 'Add client' }).click();
    await p.getByRole('dialog', { name: 'Your session has ended' }).waitFor();
    // The deactivated account cannot sign back in; the message is the same as for a wrong password.
    const ended = p.getByRole('dialog', { name: 'Your session has ended' });
    await field(ended, 'Password').fill('riley keeps seven quiet lighthouses');
    await ended.getByRole('button', { name: 'Sign in' }).click();
    await ended.getByText('not recognised').waitFor();
    await riley!.context.close();
  });

  test('responsive down to a tablet (768 px)', async () => {
    await page.setViewportSize({ width: 768, height: 1024 });
    // Below 992 px the navigation folds behind a menu button.
    const menu = page.getByRole('button', { name: 'Open menu' });
    await menu.click();
    assert.equal(await page.getByRole('button', { name: 'Close menu' }).getAttribute('aria-expanded'), 'true');
    await screenshot(page, 'tablet-menu-open');
    await navLink(page, 'People').click();
    await page.getByRole('button', { name: 'Open menu' }).waitFor();
    await page.getByTestId('users-table').waitFor();
    await visit(page, 'admin-users-tablet', 'People');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `no sideways scrolling at 768 px (overflow ${overflow}px)`);
    await page.setViewportSize({ width: 1280, height: 860 });
  });

  test('lock-out after repeated failures says so without revealing whether the account exists', async () => {
    const { context, page: p } = await newPage(browser, server.url);
    await p.goto('/sign-in');
    let text = '';
    for (let i = 0; i < 8; i++) {
      await field(p, 'Email').fill('riley.practitioner@example.test');
      await field(p, 'Password').fill(`wrong password number ${i}`);
      await p.getByRole('button', { name: 'Sign in' }).click();
      const alert = p.getByRole('alert');
      await alert.waitFor();
      await p.waitForFunction(() => !document.querySelector('button[data-loading]'));
      text = await alert.innerText();
      if (/paused/.test(text)) break;
    }
    assert.match(text, /Signing in is paused after too many attempts/);
    assert.doesNotMatch(text, /account|exist/i);
    await checkA11y(p, 'locked');
    await screenshot(p, 'sign-in-locked');
    await context.close();
  });

  test('a recovery code signs in when the authenticator is not to hand', async () => {
    const { context, page: p } = await newPage(browser, server.url);
    await p.goto('/sign-in');
    await field(p, 'Email').fill(admin.email);
    await field(p, 'Password').fill(admin.password);
    await p.getByRole('button', { name: 'Sign in' }).click();
    await p.getByRole('button', { name: /use a recovery code/ }).click();
    await field(p, 'Recovery code').fill('not-a-real-code');
    await p.getByRole('button', { name: 'Continue' }).click();
    await p.getByText(/recovery code did not work/).waitFor();
    await checkA11y(p, 'recovery code');
    await screenshot(p, 'sign-in-recovery-code');
    await field(p, 'Recovery code').fill(recoveryCode);
    await p.getByRole('button', { name: 'Continue' }).click();
    await p.waitForURL('**/admin');
    await context.close();
  });
});
