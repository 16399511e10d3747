// Runs every benchmark in bench/ (or the ones named: `npm run bench -- audit deid`) and prints their
// tables. Benchmarks measure; they never fail on a timing. A benchmark that crashes is reported.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const only = process.argv.slice(2);
const files = readdirSync('bench').filter((f) => f.endsWith('.bench.ts')).sort()
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)));
let crashed = 0;
for (const f of files) {
  console.log(`\n=== bench/${f} ===`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', `bench/${f}`], { stdio: 'inherit', env: { ...process.env, CONFIDANT_LOG_LEVEL: 'silent' } });
  if (r.status !== 0) { crashed++; console.log(`(bench/${f} exited with ${r.status})`); }
}
process.exit(crashed ? 1 : 0);
