// Reliability harness (issue 9, TEST-PLAN T13/T21/T31): runs the BUILT server (`node dist/server.js`) as a
// child process on a fresh data folder and a random loopback port, talks to it over real HTTP, and kills it
// with SIGKILL. Used by test/api/crash-*.test.ts, multinode-*.test.ts, faults-*.test.ts and test/fuzz/.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig } from '../../src/config.js';
import { createContext } from '../../src/services/context.js';
import { runSetup } from '../../src/services/setup.js';
import { hashPassword } from '../../src/services/passwords.js';
import { newId } from '../../src/services/ids.js';
import type { Role } from '../../src/access/index.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const PASSWORD = 'correct horse battery staple 42';
const CHEAP_ARGON2 = { memoryCost: 1024, timeCost: 1, parallelism: 1 };

/** Seeded, reproducible randomness (mulberry32). Every test logs its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seedFromEnv(name = 'CONFIDANT_SEED'): number {
  const v = process.env[name];
  return v ? Number(v) : (Date.now() ^ (process.pid << 8)) >>> 0;
}

export function serverEnv(database: { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string }, dataDir: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    CONFIDANT_DATA_DIR: dataDir,
    CONFIDANT_DATABASE_URL: database.kind === 'sqlite' ? database.path : database.url,
    CONFIDANT_SECURE_COOKIES: 'false',
    CONFIDANT_LOG_LEVEL: 'warn',
    CONFIDANT_PORT: '0',
    // The overload guard is tested on its own (test/api/overload.test.ts sets it). Here a busy 2-core machine's
    // stall right after a restart would shed the harness's verification reads with 503s and fail a durability check.
    CONFIDANT_MAX_EVENT_LOOP_DELAY_MS: '0',
    ...extra,
  };
}

/** Creates the organisation and users straight through the services (cheap password hashes), then closes. */
export async function seedInstallation(env: Record<string, string>, users: { email: string; roles: Role[] }[]): Promise<{ orgId: string; ids: Record<string, string> }> {
  const config = loadConfig(env, ROOT);
  const ctx = await createContext(config, { argon2: CHEAP_ARGON2, logStream: devNull() });
  try {
    const setup = await runSetup(ctx, { organisation: 'Reliability Org (fictional)', displayName: 'Ada Admin', email: 'admin@example.test', password: PASSWORD }, { ip: null, userAgent: null }, { session: false });
    const ids: Record<string, string> = { 'admin@example.test': setup.user.id };
    const now = new Date().toISOString();
    for (const u of users) {
      const id = newId();
      await ctx.store.db
        .insertInto('users')
        .values({ id, org_id: setup.orgId, email: u.email, display_name: u.email.split('@')[0]!, password_hash: await hashPassword(PASSWORD, CHEAP_ARGON2), roles: JSON.stringify(u.roles), active: 1, totp_secret_enc: null, totp_enabled: 0, recovery_codes: null, password_changed_at: now, created_at: now, deactivated_at: null })
        .execute();
      ids[u.email] = id;
    }
    return { orgId: setup.orgId, ids };
  } finally {
    await ctx.close();
  }
}

function devNull(): NodeJS.WritableStream {
  // A pino destination that drops everything.
  return { write: () => true } as unknown as NodeJS.WritableStream;
}

export interface RunningServer {
  url: string;
  proc: ChildProcess;
  /** Everything the process wrote to stderr so far. */
  stderr(): string;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export function assertBuilt(): void {
  if (!existsSync(join(ROOT, 'dist/server.js')) || !existsSync(join(ROOT, 'dist/cli/main.js'))) {
    throw new Error('The reliability tests run the built server: run `npm run build` first.');
  }
}

/** Starts `node dist/server.js` and resolves once it listens (or rejects with its stderr if it exits). */
export function startServer(env: Record<string, string>, opts: { timeoutMs?: number; /** A launcher that execs the server (e.g. fiu-run -x). */ wrap?: string[]; /** Another build's server.js (a benchmark comparing two builds). */ entry?: string; /** Node flags before the entry (e.g. --cpu-prof, which NODE_OPTIONS refuses). */ nodeArgs?: string[] } = {}): Promise<RunningServer> {
  assertBuilt();
  const argv = [...(opts.wrap ?? []), process.execPath, ...(opts.nodeArgs ?? []), opts.entry ?? join(ROOT, 'dist/server.js')];
  const proc = spawn(argv[0]!, argv.slice(1), { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', process.env.CONFIDANT_HARNESS_LOGS ? 'inherit' : 'ignore', 'pipe'] });
  let err = '';
  const exited = new Promise<void>((res) => proc.once('exit', () => res()));
  const kill = async (signal: NodeJS.Signals = 'SIGKILL') => {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
    await exited;
  };
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      void kill();
      reject(new Error(`server did not start within ${opts.timeoutMs ?? 20000} ms: ${err}`));
    }, opts.timeoutMs ?? 20_000);
    proc.stderr!.on('data', (d: Buffer) => {
      err += String(d);
      const m = /running at (http:\/\/\S+?)\s/.exec(err);
      if (m) {
        clearTimeout(timer);
        resolvePromise({ url: m[1]!.replace('localhost', '127.0.0.1'), proc, stderr: () => err, kill });
      }
    });
    proc.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new ServerExit(code, signal, err));
    });
  });
}

export class ServerExit extends Error {
  constructor(readonly code: number | null, readonly signal: string | null, readonly stderr: string) {
    super(`server exited (${code ?? signal}) before listening: ${stderr.trim()}`);
  }
}

/** Runs the built CLI (`node bin/confidant.js …`) with the given environment. */
export function runCliProcess(args: string[], env: Record<string, string>): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/confidant.js'), ...args], { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Asynchronous variant (does not block the event loop while a server child keeps running). */
export function runCliAsync(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((res) => {
    const p = spawn(process.execPath, [join(ROOT, 'bin/confidant.js'), ...args], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (d: Buffer) => (out += String(d)));
    p.stderr.on('data', (d: Buffer) => (err += String(d)));
    p.once('exit', (code) => res({ code: code ?? -1, stdout: out, stderr: err }));
  });
}

// ---------------------------------------------------------------------------------------------------------
// HTTP client with a session cookie and the CSRF header.

export interface HttpResult {
  status: number;
  body: unknown;
  text: string;
  headers: Headers;
}

export class HttpSession {
  cookie = '';
  csrf = '';
  constructor(public base: string) {}

  async req(method: string, path: string, body?: unknown, timeoutMs = 10_000): Promise<HttpResult> {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrf) headers['x-csrf-token'] = this.csrf;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(this.base + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(timeoutMs) });
    const text = await res.text();
    let parsed: unknown = undefined;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    const set = res.headers.getSetCookie?.() ?? [];
    for (const c of set) {
      const m = /^((?:__Host-)?confidant)=([^;]*)/.exec(c);
      if (m) this.cookie = m[2] ? `${m[1]}=${m[2]}` : '';
    }
    return { status: res.status, body: parsed, text, headers: res.headers };
  }

  async signIn(email: string, password = PASSWORD): Promise<void> {
    const r = await this.req('POST', '/api/v1/auth/login', { email, password });
    if (r.status !== 200) throw new Error(`sign-in of ${email} failed: ${r.status} ${r.text}`);
    const b = r.body as { stage: string; csrfToken: string };
    if (b.stage !== 'full') throw new Error(`the harness signs in users without MFA only (stage ${b.stage})`);
    this.csrf = b.csrfToken;
  }

  /** Copies this session to another base URL (another app node). */
  on(base: string): HttpSession {
    const s = new HttpSession(base);
    s.cookie = this.cookie;
    s.csrf = this.csrf;
    return s;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Write kinds. Each kind makes one request and, when the server acknowledges it (2xx), records what must be
// found after a restart. Adding a write kind (consents, concerns, disclosures) is one entry here.

export interface Acked {
  kind: string;
  clientId: string;
  id: string;
  /** The exact text that must come back, decrypted. */
  text: string;
}

export interface WriteKind {
  name: string;
  weight: number;
  /** The OpenAPI path this kind needs; a server without it leaves the kind out (routes land during a session). */
  route?: string;
  /** Makes the request; returns what was acknowledged, or null when the server did not acknowledge. */
  run(s: HttpSession, clients: string[], rnd: () => number, n: number): Promise<Acked | null>;
}

export const WRITE_KINDS: WriteKind[] = [
  {
    name: 'note',
    weight: 8,
    async run(s, clients, rnd, n) {
      const clientId = clients[Math.floor(rnd() * clients.length)]!;
      const text = `Synthetic session note ${n} ${rnd().toString(36).slice(2)} — discussed sleep and work stress.`;
      const r = await s.req('POST', `/api/v1/clients/${clientId}/notes`, { text });
      if (r.status !== 201) return null;
      return { kind: 'note', clientId, id: (r.body as { note: { id: string } }).note.id, text };
    },
  },
  {
    name: 'client',
    weight: 1,
    async run(s, _clients, rnd, n) {
      const name = `Synthetic Client ${n}-${rnd().toString(36).slice(2, 7)}`;
      const r = await s.req('POST', '/api/v1/clients', { name, jurisdiction: 'GB-ENG' });
      if (r.status !== 201) return null;
      const id = (r.body as { client: { id: string } }).client.id;
      return { kind: 'client', clientId: id, id, text: name };
    },
  },
  {
    name: 'concern',
    weight: 1,
    route: '/api/v1/clients/{id}/concerns',
    async run(s, clients, rnd, n) {
      const clientId = clients[Math.floor(rnd() * clients.length)]!;
      const summary = `Synthetic concern ${n} ${rnd().toString(36).slice(2, 8)}: the client said they had felt low for weeks and had stopped eating.`;
      const r = await s.req('POST', `/api/v1/clients/${clientId}/concerns`, { kind: 'general', profession: 'counselling', concern: 'risk-to-self', atRisk: 'the-client', imminence: 'foreseeable', severity: 'moderate', clientConsent: 'not-asked', limitsExplained: true, summary });
      if (r.status !== 201) return null;
      return { kind: 'concern', clientId, id: (r.body as { concern: { id: string } }).concern.id, text: summary };
    },
  },
  {
    name: 'disclosure',
    weight: 1,
    route: '/api/v1/clients/{id}/disclosures',
    async run(s, clients, rnd, n) {
      const clientId = clients[Math.floor(rnd() * clients.length)]!;
      const text = `Synthetic disclosure ${n} ${rnd().toString(36).slice(2, 8)}: risk summary agreed with the client.`;
      const r = await s.req('POST', `/api/v1/clients/${clientId}/disclosures`, {
        ground: { kind: 'written', text: 'The client asked for this summary to be shared with their GP (synthetic).' },
        recipient: { kind: 'named', name: 'Synthetic Surgery', contact: null },
        fields: [{ key: 'written', category: 'risk-summary', text }],
        justification: 'Only the agreed summary, nothing more (synthetic).',
        clientTold: 'before',
      });
      if (r.status !== 201) return null;
      return { kind: 'disclosure', clientId, id: (r.body as { disclosure: { id: string } }).disclosure.id, text };
    },
  },
];

/** The write kinds whose routes this server has (read from its OpenAPI document). */
export async function availableKinds(s: HttpSession, kinds: WriteKind[] = WRITE_KINDS): Promise<WriteKind[]> {
  const r = await s.req('GET', '/api/openapi.json');
  const paths = (r.body as { paths?: Record<string, Record<string, unknown>> } | undefined)?.paths ?? {};
  return kinds.filter((k) => !k.route || paths[k.route]?.post !== undefined);
}

/** Reads every acknowledged write back through the API: each must be there, decrypted, and unchanged. */
export async function checkAcked(s: HttpSession, acked: Acked[]): Promise<string[]> {
  const problems: string[] = [];
  const byClient = new Map<string, Acked[]>();
  for (const a of acked) byClient.set(a.clientId, [...(byClient.get(a.clientId) ?? []), a]);
  for (const [clientId, list] of byClient) {
    const notes = list.filter((a) => a.kind === 'note');
    const client = list.find((a) => a.kind === 'client');
    if (client) {
      const r = await s.req('GET', `/api/v1/clients/${clientId}`);
      const name = (r.body as { profile?: { name?: string }; name?: string } | undefined);
      if (r.status !== 200) problems.push(`acknowledged client ${clientId} missing (${r.status})`);
      else if (!JSON.stringify(name).includes(client.text)) problems.push(`client ${clientId} came back without its name`);
    }
    for (const a of list.filter((x) => x.kind === 'concern' || x.kind === 'disclosure')) {
      const r = await s.req('GET', a.kind === 'concern' ? `/api/v1/clients/${clientId}/concerns/${a.id}` : `/api/v1/disclosures/${a.id}`);
      if (r.status !== 200) problems.push(`acknowledged ${a.kind} ${a.id} of ${clientId} lost (${r.status})`);
      else if (!r.text.includes(JSON.stringify(a.text).slice(1, -1))) problems.push(`${a.kind} ${a.id} came back without its text`);
    }
    if (notes.length) {
      // Listing decrypts every stored note of the client: one that does not decrypt fails the whole list.
      const r = await s.req('GET', `/api/v1/clients/${clientId}/notes`);
      if (r.status !== 200) {
        problems.push(`notes of ${clientId}: ${r.status} ${r.text.slice(0, 200)}`);
        continue;
      }
      const stored = new Map((r.body as { id: string; text: string }[]).map((n) => [n.id, n.text]));
      for (const a of notes) {
        if (!stored.has(a.id)) problems.push(`acknowledged note ${a.id} of ${clientId} lost`);
        else if (stored.get(a.id) !== a.text) problems.push(`note ${a.id} changed`);
      }
    }
  }
  return problems;
}

/** Runs `concurrency` workers that write until `stopAt()` says stop; each acknowledged write is recorded. */
export async function burst(s: HttpSession, clients: string[], opts: { concurrency: number; rnd: () => number; until: () => boolean; acked: Acked[]; kinds?: WriteKind[]; onError?: (e: unknown) => void; counter?: { sent: number; failed: number } }): Promise<void> {
  const kinds = opts.kinds ?? WRITE_KINDS;
  const total = kinds.reduce((a, k) => a + k.weight, 0);
  const counter = opts.counter ?? { sent: 0, failed: 0 };
  const pick = () => {
    let x = opts.rnd() * total;
    for (const k of kinds) if ((x -= k.weight) < 0) return k;
    return kinds[0]!;
  };
  const worker = async () => {
    while (!opts.until()) {
      const k = pick();
      const n = counter.sent++;
      try {
        const a = await k.run(s, clients, opts.rnd, n);
        if (a) {
          opts.acked.push(a);
          if (a.kind === 'client') clients.push(a.clientId);
        } else counter.failed++;
      } catch (e) {
        counter.failed++;
        opts.onError?.(e);
        // The server is gone (killed) or unreachable: stop when told, otherwise back off briefly.
        if (opts.until()) return;
        await new Promise((r) => setTimeout(r, 20));
      }
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, worker));
}
