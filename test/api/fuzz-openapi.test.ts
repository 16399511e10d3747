// CI-sized OpenAPI fuzz (issue 9 item 4, TEST-PLAN T23): at least 10,000 generated requests per run over every
// route (5,000 per database dialect; CONFIDANT_FUZZ_RUNS per dialect overrides, `npm run fuzz` runs more).
// The seed is logged; CONFIDANT_SEED=<n> replays a failure (fast-check also shrinks it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DIALECTS } from '../support/databases.js';
import { seedFromEnv } from '../reliability/harness.js';
import { fuzzOpenApi } from '../reliability/openapi-fuzz.js';

for (const dialect of DIALECTS) {
  test(`OpenAPI fuzz [${dialect}]: no 5xx, no leak of another client's content, rejected requests change nothing`, { timeout: Number(process.env.CONFIDANT_FUZZ_RUNS ?? 5000) > 5000 ? 6 * 3600_000 : 300_000 }, async (t) => {
    const seed = seedFromEnv();
    const runs = Number(process.env.CONFIDANT_FUZZ_RUNS ?? 5000);
    t.diagnostic(`seed ${seed} (replay with CONFIDANT_SEED=${seed}), ${runs} requests`);
    const r = await fuzzOpenApi(dialect, { runs, seed }).catch((err: Error & { cause?: unknown }) => {
      // fast-check keeps the failing assertion in `cause`, which the test reporter does not print.
      if (err.cause) t.diagnostic(`failure: ${String((err.cause as Error).message ?? err.cause).slice(0, 800)}`);
      throw err;
    });
    t.diagnostic(JSON.stringify(r));
    assert.equal(r.requests, runs);
  });
}
