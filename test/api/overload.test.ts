// Overload (TEST-PLAN T28): when the event-loop delay stays past its threshold (two samples in a row), every
// request, /api/health included, gets an immediate 503 problem with Retry-After (no database work, no
// queueing until a time-out), and the server recovers by itself once the pressure is gone. Thresholds come from the configuration
// (CONFIDANT_MAX_EVENT_LOOP_DELAY_MS, CONFIDANT_PRESSURE_SAMPLE_MS); here they are set very low.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from '../../src/config.js';
import { createContext } from '../../src/services/context.js';
import { buildApp } from '../../src/http/app.js';
import { createTestDatabase } from '../support/databases.js';
import { HttpSession, ROOT, seedInstallation, serverEnv, startServer, type RunningServer } from '../reliability/harness.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Holds the event loop, as a burst of CPU-bound work would. */
function hog(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // spin
  }
}

test('overload in process: a saturated event loop gives fast 503 problems with Retry-After, then the server recovers', async () => {
  const db = await createTestDatabase('sqlite');
  const env = serverEnv(db.database, db.dir, { CONFIDANT_MAX_EVENT_LOOP_DELAY_MS: '100', CONFIDANT_PRESSURE_SAMPLE_MS: '250', CONFIDANT_PRESSURE_RETRY_AFTER_S: '3' });
  await seedInstallation(env, [{ email: 'practitioner@example.test', roles: ['practitioner'] }]);
  const ctx = await createContext(loadConfig(env, ROOT), { argon2: { memoryCost: 1024, timeCost: 1, parallelism: 1 }, logStream: { write: () => true } as unknown as NodeJS.WritableStream });
  const app = await buildApp(ctx, { webRoot: false });
  try {
    assert.equal(ctx.config.pressure.maxEventLoopDelayMs, 100);
    // Healthy first (a busy test machine may show a short lag: wait for a calm sample).
    let health = await app.inject({ method: 'GET', url: '/api/health' });
    for (let i = 0; i < 40 && health.statusCode !== 200; i++) {
      await sleep(250);
      health = await app.inject({ method: 'GET', url: '/api/health' });
    }
    assert.equal(health.statusCode, 200);
    const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'practitioner@example.test', password: 'correct horse battery staple 42' } });
    assert.equal(login.statusCode, 200, login.body);
    const headers = { cookie: String(login.headers['set-cookie']).split(';')[0]!, 'x-csrf-token': (login.json() as { csrfToken: string }).csrfToken };

    // Overload: CPU-bound work keeps the loop busy in 300 ms slices for 4 s (every sample sees a lag far
    // past the threshold). After two such samples in a row, a burst of requests arrives.
    const hogging = (async () => {
      const end = performance.now() + 4000;
      while (performance.now() < end) {
        hog(300);
        await new Promise((r) => setImmediate(r));
      }
    })();
    await sleep(1500);
    const answers = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const t0 = performance.now();
        const r = i % 2 ? await app.inject({ method: 'GET', url: '/api/health' }) : await app.inject({ method: 'POST', url: '/api/v1/clients', headers, payload: { name: `Synthetic Overload Client ${i}` } });
        return { r, ms: performance.now() - t0 };
      }),
    );
    await hogging;
    for (const { r, ms } of answers) {
      assert.equal(r.statusCode, 503, r.body);
      assert.equal(r.headers['retry-after'], '3');
      assert.match(String(r.headers['content-type']), /^application\/problem\+json/);
      const body = r.json() as { code: string; status: number };
      assert.equal(body.code, 'unavailable');
      assert.equal(body.status, 503);
      // No database work and no queueing: answered within the next slice or two the loop gets.
      assert.ok(ms < 2000, `a 503 took ${ms.toFixed(0)} ms`);
    }
    // Nothing was written by the refused requests.
    const stored = await ctx.store.db.selectFrom('clients').select('id').execute();
    assert.equal(stored.length, 0, 'refused writes stored nothing');

    // Recovery without intervention: within a few sample intervals everything answers again.
    let after = await app.inject({ method: 'GET', url: '/api/health' });
    const t0 = performance.now();
    while (after.statusCode !== 200 && performance.now() - t0 < 10_000) {
      await sleep(100);
      after = await app.inject({ method: 'GET', url: '/api/health' });
    }
    assert.equal(after.statusCode, 200, 'recovered');
    const write = await app.inject({ method: 'POST', url: '/api/v1/clients', headers, payload: { name: 'Synthetic After Overload' } });
    assert.equal(write.statusCode, 201, write.body);
  } finally {
    await app.close();
    await ctx.close();
    await db.cleanup();
  }
});

test('overload over HTTP (built server): a CPU-starved server answers 503 with Retry-After, then 200s again', async (t) => {
  const db = await createTestDatabase('sqlite');
  let server: RunningServer | undefined;
  try {
    const env = serverEnv(db.database, db.dir, { CONFIDANT_MAX_EVENT_LOOP_DELAY_MS: '40', CONFIDANT_PRESSURE_SAMPLE_MS: '300' });
    await seedInstallation(env, []);
    server = await startServer(env);
    const s = new HttpSession(server.url);
    let ok = await s.req('GET', '/api/health');
    for (let i = 0; i < 40 && ok.status !== 200; i++) {
      await sleep(250);
      ok = await s.req('GET', '/api/health');
    }
    assert.equal(ok.status, 200);
    // CPU starvation, as on an overloaded host: the process runs 20 ms in every 420 ms for 4 s (SIGSTOP /
    // SIGCONT), so every sample sees a lag far past the threshold, while requests keep arriving.
    const pid = server.proc.pid!;
    const sent: Promise<{ status: number; retryAfter: string | null; ms: number }>[] = [];
    const fire = () => {
      const t0 = performance.now();
      sent.push(s.req('GET', '/api/health', undefined, 20_000).then((r) => ({ status: r.status, retryAfter: r.headers.get('retry-after'), ms: performance.now() - t0 })));
    };
    const end = performance.now() + 4000;
    let k = 0;
    while (performance.now() < end) {
      process.kill(pid, 'SIGSTOP');
      if (k++ % 2 === 0) fire();
      await sleep(400);
      process.kill(pid, 'SIGCONT');
      await sleep(20);
    }
    const late: typeof sent = [];
    const all = [...(await Promise.all(sent)), ...(await Promise.all(late))];
    const refused = all.filter((a) => a.status === 503);
    t.diagnostic(`${all.length} requests: ${refused.length} × 503 (slowest ${Math.round(Math.max(0, ...refused.map((a) => a.ms)))} ms), ${all.length - refused.length} × 200`);
    assert.ok(refused.length > 0, 'the stall put the server under pressure');
    assert.ok(all.every((a) => a.status === 200 || a.status === 503), 'only 200 or 503');
    for (const a of refused) assert.ok(a.retryAfter, 'a 503 carries Retry-After');
    let back = await s.req('GET', '/api/health');
    const t0 = performance.now();
    while (back.status !== 200 && performance.now() - t0 < 10_000) {
      await sleep(100);
      back = await s.req('GET', '/api/health');
    }
    assert.equal(back.status, 200, 'recovered by itself');
    assert.equal(server.proc.exitCode, null, 'the server never exited');
  } finally {
    if (server) {
      try {
        process.kill(server.proc.pid!, 'SIGCONT');
      } catch {
        // already gone
      }
      await server.kill('SIGTERM');
    }
    await db.cleanup();
  }
});
