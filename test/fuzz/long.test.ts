// The nightly-style long run (`npm run fuzz`, not part of `npm test`): 20,000 OpenAPI fuzz requests per dialect,
// 100 SIGKILL cycles on SQLite and 30 on PostgreSQL, 5,000 writes through two app nodes. Counts can be changed
// with CONFIDANT_FUZZ_RUNS, CONFIDANT_CRASH_CYCLES, CONFIDANT_CRASH_CYCLES_PG, CONFIDANT_MULTINODE_WRITES.
process.env.CONFIDANT_LONG_RUN = '1';
process.env.CONFIDANT_FUZZ_RUNS ??= '20000';
process.env.CONFIDANT_CRASH_CYCLES ??= '100';
process.env.CONFIDANT_CRASH_BUDGET_S ??= '1200';
process.env.CONFIDANT_CRASH_CYCLES_PG ??= '30';
process.env.CONFIDANT_MULTINODE_WRITES ??= '5000';
await import('../api/fuzz-openapi.test.js');
await import('../api/crash-sqlite.test.js');
await import('../api/crash-postgres.test.js');
await import('../api/multinode-postgres.test.js');
