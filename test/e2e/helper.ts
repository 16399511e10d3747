// Browser-test helper: runs the real, built server (dist/) in-process on a random loopback port with a
// fresh SQLite data folder, drives Debian's Chromium through playwright-core, runs axe on every page,
// and saves screenshots to screenshots/ (git-ignored).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import assert from 'node:assert/strict';
import * as OTPAuth from 'otpauth';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const root = resolve(import.meta.dirname, '../..');
const dist = (p: string) => pathToFileURL(join(root, 'dist', p)).href;
export const screenshotDir = join(root, 'screenshots');
const axePath = join(root, 'node_modules/axe-core/axe.min.js');

export interface TestServer {
  url: string;
  /** The server's SQLite file (for tests that tamper with the audit log). */
  dbPath: string;
  close(): Promise<void>;
}

export async function startServer(env: Record<string, string> = {}): Promise<TestServer> {
  if (!existsSync(join(root, 'dist/web/index.html')) || !existsSync(join(root, 'dist/http/app.js'))) {
    throw new Error('The browser tests run against the built app: run `npm run build` first.');
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'confidant-e2e-'));
  const { loadConfig } = (await import(dist('config.js'))) as typeof import('../../src/config.js');
  const { createContext } = (await import(dist('services/context.js'))) as typeof import('../../src/services/context.js');
  const { buildApp } = (await import(dist('http/app.js'))) as typeof import('../../src/http/app.js');
  const config = loadConfig({ CONFIDANT_DATA_DIR: dataDir, CONFIDANT_LOG_LEVEL: 'silent', CONFIDANT_PORT: '0', CONFIDANT_MAX_EVENT_LOOP_DELAY_MS: '0', ...env }, root);
  // Cheap password hashing keeps the suite fast; the production cost is tested elsewhere.
  const ctx = await createContext(config, { argon2: { memoryCost: 4096, timeCost: 1, parallelism: 1 } });
  const app = await buildApp(ctx, { webRoot: await snapshotWeb(join(dataDir, 'web')) });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    dbPath: join(dataDir, 'confidant.db'),
    async close() {
      await app.close();
      await ctx.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Copies the built web app so that a rebuild of dist/web elsewhere (vite empties the folder first)
 * cannot pull files from under a running test. Waits for a complete build: index.html and every
 * file it names.
 */
async function snapshotWeb(to: string): Promise<string> {
  const from = join(root, 'dist/web');
  for (let i = 0; i < 120; i++) {
    try {
      rmSync(to, { recursive: true, force: true });
      cpSync(from, to, { recursive: true });
      const html = readFileSync(join(to, 'index.html'), 'utf8');
      const refs = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1]!);
      if (refs.length > 0 && refs.every((r) => existsSync(join(to, r)))) return to;
    } catch {
      /* a build is in progress */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('dist/web is not a complete build');
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** A page that fails the test on any CSP violation or uncaught error, and records every API request. */
export async function newPage(browser: Browser, baseURL: string, viewport = { width: 1280, height: 860 }): Promise<{ context: BrowserContext; page: Page; requests: string[]; problems: string[] }> {
  const context = await browser.newContext({ baseURL, viewport, locale: 'en-GB', timezoneId: 'Europe/London' });
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.pathname.startsWith('/api/')) requests.push(`${r.method()} ${u.pathname}${u.search}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) problems.push(`CSP: ${m.text()}`);
  });
  page.setDefaultTimeout(10_000);
  return { context, page, requests, problems };
}

/** Runs axe-core in the page and fails on any serious or critical violation. */
export async function checkA11y(page: Page, label: string): Promise<void> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  // addScriptTag would insert an inline <script>, which the server's CSP (script-src 'self') rightly
  // blocks; evaluating the source through the DevTools protocol is not subject to the page's CSP.
  if (!loaded) await page.evaluate(axeSource());
  // Let opening dialogs and other transitions finish: mid-fade text is semi-transparent, and axe would
  // measure the contrast of a frame no one reads (this made the check fail now and then on a slow machine).
  // Only finite animations are awaited (a spinner loops for ever), and never longer than 2 s.
  // (No named inner functions here: the TypeScript loader would wrap them in a helper the page lacks.)
  await page.evaluate(async () => {
    const deadline = Date.now() + 2000;
    for (;;) {
      const running = document.getAnimations().filter((a) => a.playState === 'running' && Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity));
      if (running.length === 0 || Date.now() >= deadline) return;
      await Promise.race([Promise.all(running.map((a) => a.finished.catch(() => undefined))), new Promise((r) => setTimeout(r, 250))]);
    }
  });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(serious, [], `axe found serious accessibility problems on ${label}:\n${JSON.stringify(serious, null, 2)}`);
}

let axeCache: string | undefined;
function axeSource(): string {
  axeCache ??= readFileSync(axePath, 'utf8');
  return axeCache;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}

/** Visit check for a page: wait for its h1, check the title carries no client content, run axe, screenshot. */
export async function visit(page: Page, name: string, heading: RegExp | string, forbidden: string[] = []): Promise<void> {
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.waitForFunction(() => !document.querySelector('[role="status"] .mantine-Loader-root'), undefined, { timeout: 10_000 }).catch(() => undefined);
  const title = await page.title();
  assert.match(title, / — Confidant$/, `title of ${name}`);
  for (const f of forbidden) {
    assert.ok(!title.includes(f), `client content in the title of ${name}`);
    assert.ok(!page.url().includes(encodeURIComponent(f)) && !page.url().includes(f), `client content in the URL of ${name}`);
  }
  await checkA11y(page, name);
  await screenshot(page, name);
}

// --- TOTP: codes from the secret the enrolment page shows. The server refuses a time step at or
// before the last one it accepted, so each call returns a code for a later step than the last.
const lastStep = new Map<string, number>();
export async function totpCode(secret: string): Promise<string> {
  const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret.replace(/\s/g, '')), digits: 6, period: 30, algorithm: 'SHA1' });
  let now = Math.floor(Date.now() / 30_000);
  let step = Math.max(now, (lastStep.get(secret) ?? -1) + 1);
  while (step > now + 1) {
    await new Promise((r) => setTimeout(r, (now + 1) * 30_000 - Date.now() + 50));
    now = Math.floor(Date.now() / 30_000);
    step = Math.max(now, (lastStep.get(secret) ?? -1) + 1);
  }
  lastStep.set(secret, step);
  return totp.generate({ timestamp: step * 30_000 });
}

/** A 6-digit code that is valid in none of the accepted steps. */
export function wrongTotpCode(secret: string): string {
  const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret.replace(/\s/g, '')), digits: 6, period: 30, algorithm: 'SHA1' });
  const now = Math.floor(Date.now() / 30_000);
  const valid = new Set([-1, 0, 1, 2].map((d) => totp.generate({ timestamp: (now + d) * 30_000 })));
  for (let i = 0; ; i++) {
    const c = String((123456 + i * 7919) % 1_000_000).padStart(6, '0');
    if (!valid.has(c)) return c;
  }
}

// --- A small API client (cookie + CSRF) to seed data the way another user would.
export class ApiClient {
  cookie = '';
  csrf = '';
  constructor(readonly base: string) {}
  async call<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.cookie) headers.cookie = this.cookie;
    if (method !== 'GET') {
      headers['content-type'] = 'application/json';
      if (this.csrf) headers['x-csrf-token'] = this.csrf;
    }
    const res = await fetch(this.base + path, { method, headers, body: method === 'GET' ? undefined : JSON.stringify(body ?? {}) });
    const set = res.headers.getSetCookie?.() ?? [];
    for (const c of set) {
      const pair = c.split(';')[0] ?? '';
      if (pair.endsWith('=')) this.cookie = '';
      else this.cookie = pair;
    }
    const text = await res.text();
    const parsed = text ? (JSON.parse(text) as T & { csrfToken?: string }) : (undefined as T);
    if (parsed && typeof parsed === 'object' && 'csrfToken' in parsed && typeof parsed.csrfToken === 'string') this.csrf = parsed.csrfToken;
    return { status: res.status, body: parsed };
  }
  async ok<T>(method: string, path: string, body?: unknown): Promise<T> {
    const r = await this.call<T>(method, path, body);
    assert.ok(r.status >= 200 && r.status < 300, `${method} ${path} → ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  }
}

export interface Person {
  id: string;
  email: string;
  password: string;
  displayName: string;
  totpSecret?: string;
}

export const ADMIN_PASSWORD = 'correct horse battery staple 42';

/** First-run setup through the API: organisation, first admin with TOTP. */
export async function seedOrganisation(base: string): Promise<{ admin: Person; api: ApiClient }> {
  const api = new ApiClient(base);
  const email = 'ada.admin@example.test';
  const r = await api.ok<{ user: { id: string } }>('POST', '/api/v1/setup', { organisation: 'Harbour Counselling (test)', displayName: 'Ada Admin', email, password: ADMIN_PASSWORD });
  const enrol = await api.ok<{ secret: string }>('POST', '/api/v1/auth/totp/enrol');
  await api.ok('POST', '/api/v1/auth/totp/confirm', { code: await totpCode(enrol.secret) });
  return { admin: { id: r.user.id, email, password: ADMIN_PASSWORD, displayName: 'Ada Admin', totpSecret: enrol.secret }, api };
}

/** Invites a user as the admin, then signs them in once to replace the temporary password (and enrol TOTP if needed). */
export async function seedUser(admin: ApiClient, displayName: string, email: string, roles: string[]): Promise<Person & { api: ApiClient }> {
  const created = await admin.ok<{ user: { id: string }; temporaryPassword: string }>('POST', '/api/v1/users', { email, displayName, roles });
  const api = new ApiClient(admin.base);
  const login = await api.ok<{ stage: string }>('POST', '/api/v1/auth/login', { email, password: created.temporaryPassword });
  const password = `${displayName.toLowerCase().replace(/\W+/g, '-')} walks the quiet harbour`;
  let totpSecret: string | undefined;
  if (login.stage === 'enrol') {
    const enrol = await api.ok<{ secret: string }>('POST', '/api/v1/auth/totp/enrol');
    totpSecret = enrol.secret;
    await api.ok('POST', '/api/v1/auth/totp/confirm', { code: await totpCode(enrol.secret) });
  }
  await api.ok('POST', '/api/v1/auth/password', { currentPassword: created.temporaryPassword, newPassword: password });
  return { id: created.user.id, email, password, displayName, totpSecret, api };
}

/** Signs in through the sign-in page (password, then TOTP when asked). */
export async function signIn(page: Page, person: Person, opts: { waitForApp?: boolean } = {}): Promise<void> {
  await page.goto('/sign-in');
  await field(page, 'Email').fill(person.email);
  await field(page, 'Password').fill(person.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  if (person.totpSecret) {
    const code = field(page, 'Authentication code');
    await code.waitFor();
    await code.fill(await totpCode(person.totpSecret));
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  if (opts.waitForApp !== false) await page.getByTestId('signed-in-as').waitFor();
}

/** Everything the page keeps in browser storage, as one string, to check for client content. */
export async function browserStorage(page: Page): Promise<string> {
  // A string, not a function: tsx would wrap a named arrow function in a helper the page does not have.
  return page.evaluate(`(async () => {
    const dump = (s) => Array.from({ length: s.length }, (_, i) => s.key(i) + '=' + s.getItem(s.key(i))).join('\\n');
    const dbs = indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name).join(',') : '';
    return dump(localStorage) + '\\n' + dump(sessionStorage) + '\\nidb:' + dbs + '\\ncookie:' + document.cookie;
  })()`);
}

/** The input labelled exactly `text` (Mantine appends an aria-hidden " *" to required labels). */
export function field(scope: Pick<Page, 'getByLabel'>, text: string) {
  const esc = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return scope.getByLabel(new RegExp(`^${esc}( \\*)?$`));
}

/** A link in the main navigation. */
export function navLink(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
}
