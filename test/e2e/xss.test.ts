// Stored XSS rendered inert (issue 9 item 4, TEST-PLAN T9): script payloads stored through the API in every
// free-text field of a client and in notes are shown by the real web app in Chromium. No script runs (alert,
// confirm and prompt stay silent, no global set by a payload), the DOM has no inline <script> and no on*
// attribute, no javascript: link, and each payload is visible as plain text.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, screenshot, seedOrganisation, seedUser, signIn, startServer, type ApiClient, type Person, type TestServer } from './helper.js';

const PAYLOADS = [
  '<script>window.__xss=1;alert(1)</script>',
  '<img src=x onerror="window.__xss=2;alert(2)">',
  '<svg onload="window.__xss=3">',
  '"><iframe src="javascript:window.top.__xss=4">',
  '<a href="javascript:window.__xss=5">click me</a>',
  "'';!--\"<XSS>=&{()}",
  '<details open ontoggle="window.__xss=6">',
  '{{constructor.constructor(\'window.__xss=7\')()}}',
];

describe('stored XSS is rendered inert', () => {
  let server: TestServer;
  let browser: Browser;
  let priya: Person & { api: ApiClient };
  let clientId = '';
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const org = await seedOrganisation(server.url);
    priya = await seedUser(org.api, 'Priya Practitioner', 'priya@example.test', ['practitioner']);
    clientId = (await priya.api.ok<{ client: { id: string } }>('POST', '/api/v1/clients', { name: `Xavier ${PAYLOADS[1]}`, preferredName: PAYLOADS[0]!.slice(0, 200), phone: '<b onmouseover=alert(1)>', language: '<script>alert(1)</script>'.slice(0, 40) })).client.id;
    for (const p of PAYLOADS) await priya.api.ok('POST', `/api/v1/clients/${clientId}/notes`, { text: `Synthetic note with payload ${p}` });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('client page and notes: no script runs, payloads shown as text', async () => {
    const { context, page, problems } = await newPage(browser, server.url);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    try {
      await signIn(page, priya);
      await page.goto(`/clients/${clientId}`);
      await page.getByText('Synthetic note with payload', { exact: false }).first().waitFor();
      await page.waitForLoadState('networkidle');
      // Hover and click everything that could carry a handler, to give any live payload a chance to fire.
      for (const el of await page.locator('main a, main b, main img, main svg, main details').all()) await el.hover({ timeout: 500 }).catch(() => undefined);
      const state = await page.evaluate(() => ({
        xss: (window as unknown as { __xss?: number }).__xss,
        inlineScripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
        onAttrs: [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${e.tagName}.${a.name}`)),
        jsLinks: [...document.querySelectorAll('a[href], iframe[src]')].map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? '').filter((h) => /^\s*javascript:/i.test(h)),
        injected: document.querySelectorAll('main iframe, main svg[onload], main img[src="x"], main details[ontoggle]').length,
        text: document.body.innerText,
      }));
      await screenshot(page, 'xss-client-page');
      assert.equal(state.xss, undefined, 'a payload ran');
      assert.deepEqual(dialogs, [], 'a dialog opened');
      assert.equal(state.inlineScripts, 0, 'inline <script> in the DOM');
      assert.deepEqual(state.onAttrs, [], 'on* attributes in the DOM');
      assert.deepEqual(state.jsLinks, [], 'javascript: links in the DOM');
      assert.equal(state.injected, 0, 'payload elements in the DOM');
      for (const p of PAYLOADS) assert.ok(state.text.includes(`Synthetic note with payload ${p}`) || state.text.includes(p.slice(0, 20)), `payload not shown as text: ${p}`);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
