// Load and scale (issue 9 item 5, TEST-PLAN T27): seeds an organisation with many clients and notes (real
// per-client keys and AES-GCM sealing), starts the BUILT server (node dist/server.js) and drives a realistic
// mix with autocannon: caseload 25%, client page 25%, read note 25%, write note 20%, raise a concern 5%. On SQLite and PostgreSQL, and on PostgreSQL with one and with two
// app nodes. Reports throughput, p50/p99 latency, errors and server RSS. Not part of `npm test`.
//   npx tsx bench/load.bench.ts                       full size: 100,000 clients, 1,000,000 notes, 60 s
//   LOAD_CLIENTS=10000 LOAD_NOTES=100000 LOAD_SECONDS=15 npx tsx bench/load.bench.ts    a quick run
// Other knobs: LOAD_CONNECTIONS (16), LOAD_DIALECTS (sqlite,postgres), LOAD_NODES (1,2), LOAD_SERVER_ENTRY, LOAD_NODE_FLAGS,
// LOAD_REPEAT (1: runs the whole node sweep this many times on the same data, to see the spread),
// LOAD_AB_ENV=KEY=VALUE[,KEY=VALUE] (each configuration runs twice, alternating: first with these server variables
// ("A"), then without ("B"), same data, same minutes; e.g. CONFIDANT_PG_NAMED_STATEMENTS=0 for before/after),
// LOAD_AB_ENTRY=<other build>/server.js (the same alternation between another build, A, and this one, B).
// Scale-out with a CPU budget per app node: LOAD_NODE_CPU=0.5 (a comma list of budgets in cores) puts each app node
// in its own cgroup (v1, cpu controller) with a CFS quota of that many cores, as if each node had its own small VM
// or container; the unconstrained rows run too (LOAD_UNCONSTRAINED=0 skips them). LOAD_NODE_CPU_PERIOD_US sets
// the CFS period (default 100000, the kernel's and Docker's default). Needs root and a writable
// /sys/fs/cgroup/cpu; otherwise the budgeted rows are skipped with a note.
import { mkdirSync, readFileSync, readdirSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { loadConfig } from '../src/config.js';
import { createContext } from '../src/services/context.js';
import { runSetup } from '../src/services/setup.js';
import { hashPassword } from '../src/services/passwords.js';
import { newId, newReference } from '../src/services/ids.js';
import { profileAad } from '../src/services/clients.js';
import { noteAad } from '../src/services/notes.js';
import { createTestDatabase } from '../test/support/databases.js';
import { HttpSession, PASSWORD, ROOT, runCliAsync, serverEnv, startServer, type RunningServer } from '../test/reliability/harness.js';

// autocannon ships no types; the little of its result that is used here, typed locally.
interface CannonResult {
  requests: { total: number; average: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
const autocannon = createRequire(import.meta.url)('autocannon') as (opts: Record<string, unknown>) => Promise<CannonResult>;

const CLIENTS = Number(process.env.LOAD_CLIENTS ?? 100_000);
const NOTES = Number(process.env.LOAD_NOTES ?? 1_000_000);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 16);
/** LOAD_NODE_FLAGS: node flags for the app nodes, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" (written at SIGTERM). */
const NODE_FLAGS = (process.env.LOAD_NODE_FLAGS ?? '').split(' ').filter(Boolean);
const DIALECTS = (process.env.LOAD_DIALECTS ?? 'sqlite,postgres').split(',') as ('sqlite' | 'postgres')[];
const PER_PRACTITIONER = 100;
/** LOAD_SERVER_ENTRY: run another build's server.js (to compare two builds on the same machine). */
const ENTRY = process.env.LOAD_SERVER_ENTRY;
/** LOAD_NODES: the app-node counts to run on PostgreSQL (default 1,2). */
const PG_NODES = (process.env.LOAD_NODES ?? '1,2').split(',').map(Number);
const REPEAT = Math.max(1, Number(process.env.LOAD_REPEAT ?? 1));
/** CPU budgets per app node, in cores (undefined = unconstrained). */
const BUDGETS: (number | undefined)[] = [
  ...(process.env.LOAD_UNCONSTRAINED === '0' && process.env.LOAD_NODE_CPU ? [] : [undefined]),
  ...(process.env.LOAD_NODE_CPU ?? '').split(',').filter((x) => x.trim() !== '').map(Number).filter((x) => x > 0),
];
const AB_ENV: Record<string, string> | undefined = process.env.LOAD_AB_ENV
  ? Object.fromEntries(process.env.LOAD_AB_ENV.split(',').map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]))
  : undefined;
/** LOAD_AB_ENTRY=<other build>/server.js: variant A runs that build, B this one (or LOAD_SERVER_ENTRY). */
const AB_ENTRY = process.env.LOAD_AB_ENTRY;
const VARIANTS: { label: string; env: Record<string, string>; entry?: string }[] =
  AB_ENV || AB_ENTRY ? [{ label: 'A', env: AB_ENV ?? {}, ...(AB_ENTRY ? { entry: AB_ENTRY } : {}) }, { label: 'B', env: {} }] : [{ label: '', env: {} }];
const CFS_PERIOD_US = Number(process.env.LOAD_NODE_CPU_PERIOD_US ?? 100_000);
const CGROUP_ROOT = '/sys/fs/cgroup/cpu';

/** One app node's cgroup (cgroup v1 cpu controller): a CFS quota of `cores` × period. */
class CpuBudget {
  readonly dir: string;
  constructor(name: string, readonly cores: number) {
    this.dir = `${CGROUP_ROOT}/${name}`;
    mkdirSync(this.dir);
    liveCgroups.add(this.dir);
    writeFileSync(`${this.dir}/cpu.cfs_period_us`, String(CFS_PERIOD_US));
    writeFileSync(`${this.dir}/cpu.cfs_quota_us`, String(Math.round(cores * CFS_PERIOD_US)));
  }
  /** Moves a process (all its threads) into the group. */
  add(pid: number): void {
    writeFileSync(`${this.dir}/cgroup.procs`, String(pid));
  }
  /** nr_periods, nr_throttled, throttled_time (ns) so far. */
  stat(): { periods: number; throttled: number; throttledNs: number } {
    const t = Object.fromEntries(readFileSync(`${this.dir}/cpu.stat`, 'utf8').trim().split('\n').map((l) => l.split(' ') as [string, string]));
    return { periods: Number(t.nr_periods ?? 0), throttled: Number(t.nr_throttled ?? 0), throttledNs: Number(t.throttled_time ?? 0) };
  }
  /** Removes the group (its processes must have exited). */
  remove(): void {
    for (let i = 0; i < 50; i++) {
      try {
        rmdirSync(this.dir);
        liveCgroups.delete(this.dir);
        return;
      } catch {
        // A process that just exited can linger in cgroup.procs for a moment.
        const until = Date.now() + 20;
        while (Date.now() < until);
      }
    }
    console.log(`  (could not remove ${this.dir})`);
  }
}
const liveCgroups = new Set<string>();
process.on('exit', () => {
  for (const d of liveCgroups) {
    try {
      rmdirSync(d);
    } catch {
      // Left behind; named confidant-load-*.
    }
  }
});
/** Whether per-node CPU budgets can be set here (root, cgroup v1 cpu controller mounted and writable). */
function cgroupsUsable(): string | undefined {
  try {
    const probe = new CpuBudget(`confidant-load-probe-${process.pid}`, 0.5);
    probe.remove();
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
}

async function seed(env: Record<string, string>): Promise<number> {
  const t0 = performance.now();
  const ctx = await createContext(loadConfig(env, ROOT), { argon2: { memoryCost: 1024, timeCost: 1, parallelism: 1 }, logStream: { write: () => true } as unknown as NodeJS.WritableStream });
  try {
    const setup = await runSetup(ctx, { organisation: 'Load Org (fictional)', displayName: 'Ada Admin', email: 'admin@example.test', password: PASSWORD }, { ip: null, userAgent: null }, { session: false });
    const hash = await hashPassword(PASSWORD, { memoryCost: 1024, timeCost: 1, parallelism: 1 });
    const now = new Date().toISOString();
    const practitioners: string[] = [];
    const nPract = Math.max(1, Math.ceil(CLIENTS / PER_PRACTITIONER));
    for (let i = 0; i < nPract; i += 500) {
      const rows = [];
      for (let j = i; j < Math.min(nPract, i + 500); j++) {
        const id = newId();
        practitioners.push(id);
        rows.push({ id, org_id: setup.orgId, email: `p${j}@example.test`, display_name: `P${j}`, password_hash: hash, roles: '["practitioner"]', active: 1, totp_secret_enc: null, totp_enabled: 0, recovery_codes: null, password_changed_at: now, created_at: now, deactivated_at: null });
      }
      await ctx.store.db.insertInto('users').values(rows).execute();
    }
    const notesPerClient = NOTES / CLIENTS;
    let notesMade = 0;
    const BATCH = 200;
    for (let i = 0; i < CLIENTS; i += BATCH) {
      await ctx.store.db.transaction().execute(async (trx) => {
        const clients = [];
        for (let j = i; j < Math.min(CLIENTS, i + BATCH); j++) {
          const id = newId();
          clients.push({ id, org_id: setup.orgId, practitioner_id: practitioners[Math.floor(j / PER_PRACTITIONER)]!, profile_enc: 'pending', jurisdiction: 'GB-ENG', status: 'active', legal_hold: 0, created_by: setup.user.id, created_at: now, updated_at: now, erased_at: null, reference: newReference() + j.toString(36) });
        }
        await trx.insertInto('clients').values(clients).execute();
        const notes = [];
        for (const [k, c] of clients.entries()) {
          await ctx.keyring.createClientKey(trx, c.id, now);
          c.profile_enc = await ctx.keyring.sealForClient(trx, c.id, JSON.stringify({ name: `Synthetic Client ${i + k}`, preferredName: null, dateOfBirth: null, email: null, phone: null, language: null }), profileAad(c.id));
          const want = Math.round((i + k + 1) * notesPerClient) - notesMade;
          for (let n = 0; n < want; n++) {
            const id = newId();
            notes.push({ id, client_id: c.id, author_id: c.practitioner_id, version: 1, body_enc: await ctx.keyring.sealForClient(trx, c.id, `Synthetic session note ${n}: ${randomBytes(96).toString('base64')}`, noteAad(c.id, id)), created_at: now, updated_at: now });
          }
          notesMade += want;
        }
        for (const c of clients) await trx.updateTable('clients').set({ profile_enc: c.profile_enc }).where('id', '=', c.id).execute();
        for (let n = 0; n < notes.length; n += 500) await trx.insertInto('notes').values(notes.slice(n, n + 500) as never).execute();
      });
      if ((i / BATCH) % 50 === 0) process.stderr.write(`\r  seeded ${i + BATCH} clients, ${notesMade} notes`);
    }
    process.stderr.write('\n');
    return Math.round((performance.now() - t0) / 1000);
  } finally {
    await ctx.close();
  }
}

/** CPU seconds (user + system) a process has used so far, from /proc (clock ticks of 1/100 s). */
function cpuSeconds(pid: number | undefined): number {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return 0;
  }
}

/** PostgreSQL backends serving one database (the CPU the database spends on this benchmark's queries). */
async function pgBackends(url: string): Promise<number[]> {
  const pg = (await import('pg')).default;
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const r = await c.query('select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()');
    return r.rows.map((x: { pid: number }) => x.pid);
  } finally {
    await c.end();
  }
}

/** Every process on the machine owned by the postgres user (backends of other jobs included). */
function allPostgresCpu(): number {
  let sum = 0;
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      if (statSync(`/proc/${d}`).uid !== pgUid) continue;
      sum += cpuSeconds(Number(d));
    } catch {
      // The process ended meanwhile.
    }
  }
  return sum;
}
let pgUid = -1;
try {
  pgUid = Number(/^postgres:[^:]*:(\d+):/m.exec(readFileSync('/etc/passwd', 'utf8'))?.[1] ?? -1);
} catch {
  // No passwd entry: postgres CPU is not reported.
}

function rssMb(s: RunningServer): number {
  try {
    const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${s.proc.pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : 0;
  } catch {
    return 0;
  }
}

async function drive(urls: string[], session: HttpSession, clients: { id: string; notes: string[] }[], withConcerns: boolean): Promise<{ rps: number; p50: number; p99: number; errors: number; non2xx: number; total: number }> {
  let seq = 0;
  const headers = { cookie: session.cookie, 'x-csrf-token': session.csrf };
  const post = { ...headers, 'content-type': 'application/json' };
  const one = (url: string, connections: number) =>
    autocannon({
      url,
      connections,
      duration: SECONDS,
      headers,
      requests: [
        {
          setupRequest: (req: Record<string, unknown>) => {
            const r = Math.random();
            const c = clients[Math.floor(Math.random() * clients.length)]!;
            if (r < 0.25) return { ...req, method: 'GET', path: '/api/v1/clients' };
            if (r < 0.5) return { ...req, method: 'GET', path: `/api/v1/clients/${c.id}` };
            if (r < 0.75 && c.notes.length) return { ...req, method: 'GET', path: `/api/v1/clients/${c.id}/notes/${c.notes[Math.floor(Math.random() * c.notes.length)]}` };
            if (r < 0.95 || !withConcerns) return { ...req, method: 'POST', headers: post, path: `/api/v1/clients/${c.id}/notes`, body: JSON.stringify({ text: `Load test note ${seq++}: client spoke about work and sleep.` }) };
            return { ...req, method: 'POST', headers: post, path: `/api/v1/clients/${c.id}/concerns`, body: JSON.stringify({ kind: 'general', profession: 'counselling', concern: 'risk-to-self', atRisk: 'the-client', imminence: 'foreseeable', severity: 'moderate', clientConsent: 'not-asked', limitsExplained: true, summary: `Load test concern ${seq++}: the client said they had felt low for weeks.` }) };
          },
        },
      ],
    });
  const per = Math.max(1, Math.floor(CONNECTIONS / urls.length));
  const results = await Promise.all(urls.map((u) => one(u, per)));
  const total = results.reduce((a, r) => a + r.requests.total, 0);
  const codes: Record<string, number> = {};
  for (const r of results) for (const [k, v] of Object.entries((r as unknown as { statusCodeStats?: Record<string, { count: number }> }).statusCodeStats ?? {})) codes[k] = (codes[k] ?? 0) + v.count;
  console.log(`  status codes: ${JSON.stringify(codes)}`);
  return {
    rps: Math.round(results.reduce((a, r) => a + r.requests.average, 0)),
    p50: Math.max(...results.map((r) => r.latency.p50)),
    p99: Math.max(...results.map((r) => r.latency.p99)),
    errors: results.reduce((a, r) => a + r.errors + r.timeouts, 0),
    non2xx: results.reduce((a, r) => a + r.non2xx, 0),
    total,
  };
}

const rows: string[] = [];
interface ScaleRow { variant: string; dialect: string; repeat: number; budget: number | undefined; nodes: number; rps: number; p50: number; p99: number; errors: number; non2xx: number; app: string; db: string; throttle: string }
const scale: ScaleRow[] = [];
const verified: string[] = [];
console.log(`Load: ${CLIENTS} clients, ${NOTES} notes, ${SECONDS} s, ${CONNECTIONS} connections, ${cpus().length} cores, ${new Date().toISOString()}`);
let budgets = BUDGETS;
if (budgets.some((b) => b !== undefined)) {
  const why = cgroupsUsable();
  if (why) {
    console.log(`  per-node CPU budgets are not available here (${why}): only the unconstrained rows run`);
    budgets = budgets.filter((b) => b === undefined);
    if (!budgets.length) budgets = [undefined];
  }
}
for (const dialect of DIALECTS) {
  const db = await createTestDatabase(dialect);
  const env = serverEnv(db.database, db.dir, { CONFIDANT_LOG_LEVEL: 'warn' });
  try {
    const seedS = await seed(env);
    for (let rep = 1; rep <= REPEAT; rep++)
    for (const budget of budgets)
    for (const nodes of dialect === 'postgres' ? PG_NODES : [1])
    for (const variant of VARIANTS) {
      const servers: RunningServer[] = [];
      const groups: CpuBudget[] = [];
      try {
        for (let i = 0; i < nodes; i++) {
          const entry = variant.entry ?? ENTRY;
          const srv = await startServer({ ...env, ...variant.env }, { ...(entry ? { entry } : {}), nodeArgs: NODE_FLAGS });
          servers.push(srv);
          // Start-up runs unconstrained; the budget applies from here on, to every thread of the node.
          if (budget !== undefined) {
            const g = new CpuBudget(`confidant-load-${process.pid}-${groups.length}`, budget);
            groups.push(g);
            g.add(srv.proc.pid!);
          }
        }
        const s = new HttpSession(servers[0]!.url);
        await s.signIn('p0@example.test');
        const list = (await s.req('GET', '/api/v1/clients')).body as { id: string }[];
        const clients = [];
        for (const c of list.slice(0, 100)) {
          const notes = ((await s.req('GET', `/api/v1/clients/${c.id}/notes`)).body as { id: string }[]).map((n) => n.id);
          clients.push({ id: c.id, notes });
        }
        // CPU spent during the run, per request: app node(s), this process (autocannon), the database.
        const dbUrl = db.database.kind === 'postgres' ? db.database.url : undefined;
        const backendsBefore = new Map<number, number>();
        if (dbUrl) for (const pid of await pgBackends(dbUrl)) backendsBefore.set(pid, cpuSeconds(pid));
        const appBefore = servers.map((x) => cpuSeconds(x.proc.pid));
        const benchBefore = process.cpuUsage();
        const allPgBefore = dbUrl ? allPostgresCpu() : 0;
        const throttleBefore = groups.map((g) => g.stat());
        const load0 = loadavg()[0]!;
        // Raising a concern joins the mix when the server has that route.
        const spec = (await s.req('GET', '/api/openapi.json')).body as { paths?: Record<string, { post?: unknown }> };
        const withConcerns = spec.paths?.['/api/v1/clients/{id}/concerns']?.post !== undefined;
        if (!withConcerns) console.log('  (no concerns route: the 5% share goes to writing notes)');
        const t0 = performance.now();
        const r = await drive(servers.map((x) => x.url), s, clients, withConcerns);
        const wall = (performance.now() - t0) / 1000;
        const appCpu = servers.reduce((a, x, i) => a + cpuSeconds(x.proc.pid) - appBefore[i]!, 0);
        const bu = process.cpuUsage(benchBefore);
        const benchCpu = (bu.user + bu.system) / 1e6;
        let dbCpu = 0;
        if (dbUrl) for (const pid of await pgBackends(dbUrl)) dbCpu += cpuSeconds(pid) - (backendsBefore.get(pid) ?? 0);
        const allPg = dbUrl ? allPostgresCpu() - allPgBefore : 0;
        // Throttled time per node: seconds the kernel held the node back because it had used its quota, and the
        // share of CFS periods in which that happened.
        const throttle = groups
          .map((g, i) => {
            const a = throttleBefore[i]!;
            const b = g.stat();
            const periods = b.periods - a.periods;
            return `${((b.throttledNs - a.throttledNs) / 1e9).toFixed(1)} s (${periods ? Math.round((100 * (b.throttled - a.throttled)) / periods) : 0}%)`;
          })
          .join(' / ');
        const perReq = (sec: number) => (r.total ? ((sec * 1000) / r.total).toFixed(2) : '-');
        const rss = servers.map(rssMb).join('+');
        const budgetText = (budget === undefined ? 'none' : `${budget} core`) + (variant.label ? ` ${variant.label}` : '');
        rows.push(`| ${dialect} | ${nodes} | ${budgetText} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.non2xx} | ${perReq(appCpu)} | ${dbUrl ? perReq(dbCpu) : '-'} | ${dbUrl ? perReq(allPg) : '-'} | ${perReq(benchCpu)} | ${rss} | ${seedS} | ${load0.toFixed(1)} |`);
        console.log(rows.at(-1) + ` (${wall.toFixed(1)} s)`);
        scale.push({ variant: variant.label, dialect, repeat: rep, budget, nodes, rps: r.rps, p50: r.p50, p99: r.p99, errors: r.errors, non2xx: r.non2xx, app: perReq(appCpu), db: dbUrl ? perReq(dbCpu) : '-', throttle: throttle || '-' });
      } finally {
        for (const x of servers) await x.kill('SIGTERM');
        for (const g of groups) g.remove();
      }
    }
    // The hash chain after all the runs (several nodes appended to it at once on PostgreSQL).
    const v = await runCliAsync(['audit', 'verify'], env);
    verified.push(`${dialect}: audit verify exit ${v.code}: ${(v.stdout + v.stderr).trim()}`);
    console.log(`  ${verified.at(-1)}`);
  } finally {
    await db.cleanup();
  }
}
console.log('\nCPU columns: milliseconds of CPU per request (app = all app nodes; db = PostgreSQL backends of this database; all pg = every postgres process, other jobs included; cannon = the load generator).');
console.log('\n| database | app nodes | CPU per node | mixed req/s | p50 ms | p99 ms | errors | non-2xx | app CPU ms/req | db CPU ms/req | all pg CPU ms/req | cannon CPU ms/req | server RSS MB | seed s | load avg |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) console.log(r);
const pgScale = scale.filter((r) => r.dialect === 'postgres');
if (pgScale.length) {
  console.log('\nScaling on PostgreSQL (ratio = req/s over the 1-node run with the same CPU budget in the same sweep; throttled = time the node was held back by its quota during the drive, and the share of 100 ms periods throttled):');
  console.log('\n| sweep | app nodes | CPU per node | req/s | ratio to 1 node | p50 ms | p99 ms | errors + non-2xx | app CPU ms/req | db CPU ms/req | throttled per node |\n|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of pgScale) {
    const one = pgScale.find((x) => x.repeat === r.repeat && x.budget === r.budget && x.variant === r.variant && x.nodes === 1);
    const ratio = one && one.rps ? (r.rps / one.rps).toFixed(2) + '×' : '-';
    console.log(`| ${r.repeat} | ${r.nodes} | ${r.budget === undefined ? 'none' : `${r.budget} core`}${r.variant ? ` ${r.variant}` : ''} | ${r.rps} | ${ratio} | ${r.p50} | ${r.p99} | ${r.errors + r.non2xx} | ${r.app} | ${r.db} | ${r.throttle} |`);
  }
}
if (AB_ENV || AB_ENTRY) console.log(`\nA = ${[AB_ENV ? `with ${process.env.LOAD_AB_ENV}` : '', AB_ENTRY ? `build ${AB_ENTRY}` : ''].filter(Boolean).join(', ')}; B = without (this build).`);
for (const v of verified) console.log(v);
