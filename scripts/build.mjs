// Builds the server/CLI (tsc → dist/) and, when present, the web app (vite → dist/web/).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json']);
// Validate and cache the policy packs once, so the first `confidant assess` after install starts fast
// (and a malformed pack fails the build, not a user).
run(process.execPath, ['--input-type=module', '-e', "const m = await import('./dist/services/policy-loader.js'); m.loadPolicyLibrary();"]);
if (existsSync('web/index.html') && !process.env.CONFIDANT_SKIP_WEB_BUILD) {
  run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn']);
}
