#!/usr/bin/env node
// Completes package-lock.json with entries for optional platform packages (e.g. @rollup/rollup-darwin-arm64)
// that the registry reachable here does not serve: `npm install` leaves them out of the lock it writes, and
// `npm ci` then refuses the lock as out of sync. Each added entry carries its platform (os, cpu, libc), so
// `npm ci` skips it on every other platform and never tries to fetch it; nothing else in the lock changes.
// Run after `npm install` changes the lock:  node scripts/complete-lock.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const CPUS = new Set(['arm', 'arm64', 'x64', 'ia32', 'loong64', 'ppc64', 's390x', 'riscv64']);
const OSES = new Set(['android', 'darwin', 'freebsd', 'linux', 'openbsd', 'openharmony', 'win32', 'netbsd', 'sunos', 'aix']);

/** "@rollup/rollup-linux-arm-musleabihf" → { os: ['linux'], cpu: ['arm'], libc: ['musl'] }; undefined if not a platform name. */
export function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  for (let i = 0; i + 1 < parts.length; i++) {
    if (!OSES.has(parts[i]) || !CPUS.has(parts[i + 1])) continue;
    const abi = parts[i + 2];
    const libc = abi?.startsWith('musl') ? ['musl'] : abi?.startsWith('gnu') && parts[i] === 'linux' ? ['glibc'] : undefined;
    return { os: [parts[i]], cpu: [parts[i + 1]], ...(libc ? { libc } : {}) };
  }
  return undefined;
}

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const added = [];
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${dep}`;
    if (lock.packages[key] || lock.packages[`${path}/${key}`]) continue;
    const platform = platformOf(dep);
    if (!platform) continue;
    lock.packages[key] = { version, ...(entry.dev ? { dev: true } : {}), optional: true, ...platform };
    added.push(`${dep}@${version}`);
  }
}
if (added.length) writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `added ${added.length} platform entries: ${added.join(', ')}` : 'package-lock.json already lists every optional platform package');
