// The architecture, enforced by a test (STYLE.md habit 9): the pure engines in src/domain import nothing
// that does I/O and read no clock or randomness; layers only import downwards; there are no import cycles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = dirname(fileURLToPath(import.meta.url));

function sourceFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((f) => join(dir, f))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.includes(`${join('fixtures', '')}`));
}

// Type-only imports are erased at compile time and create no runtime dependency, so they are not counted.
const IMPORT_RE = /(?:^|\n)\s*(?:import|export)\s(?!type\s)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT_RE)) out.push((m[1] ?? m[2])!);
  return out;
}

function layerOf(file: string): string {
  return relative(SRC, file).split(/[\\/]/)[0]!.replace(/\.ts$/, '');
}

test('src/domain is pure: no I/O modules, no clock, no randomness, nothing from the layers above', () => {
  const forbiddenModules = /^(node:)?(fs|fs\/promises|net|http|https|child_process|worker_threads|dgram|os|process)$|^(kysely|fastify|pg|better-sqlite3|pino|nodemailer|commander)(\/|$)|^@fastify\//;
  const forbiddenLayers = ['store', 'http', 'cli', 'services', 'crypto', 'audit', 'access', 'server', 'config'];
  const problems: string[] = [];
  for (const file of sourceFiles(join(SRC, 'domain'))) {
    for (const spec of importsOf(file)) {
      if (forbiddenModules.test(spec)) problems.push(`${relative(SRC, file)} imports ${spec}`);
      if (spec.startsWith('.')) {
        const target = resolve(dirname(file), spec);
        if (!target.startsWith(join(SRC, 'domain'))) {
          const layer = layerOf(target);
          if (forbiddenLayers.includes(layer)) problems.push(`${relative(SRC, file)} imports from ${layer}/`);
        }
      }
    }
    const text = readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '');
    if (/\bDate\.now\(|new Date\(\s*\)|Math\.random\(|randomBytes\(|randomUUID\(/.test(text)) problems.push(`${relative(SRC, file)} reads the clock or randomness (pass them in)`);
    if (/process\.env/.test(text)) problems.push(`${relative(SRC, file)} reads process.env`);
  }
  assert.deepEqual(problems, []);
});

test('lower layers never import from the layers above them', () => {
  // store, crypto, audit, access and domain sit below services; services below http and cli.
  const below: Record<string, string[]> = {
    store: ['services', 'http', 'cli', 'server'],
    crypto: ['services', 'http', 'cli', 'server', 'store'],
    audit: ['services', 'http', 'cli', 'server'],
    access: ['services', 'http', 'cli', 'server', 'store'],
    services: ['http', 'cli', 'server'],
    http: ['cli'],
  };
  const problems: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const layer = layerOf(file);
    const banned = below[layer];
    if (!banned) continue;
    for (const spec of importsOf(file)) {
      if (!spec.startsWith('.')) continue;
      const target = layerOf(resolve(dirname(file), spec));
      if (banned.includes(target)) problems.push(`${relative(SRC, file)} (${layer}) imports from ${target}/`);
    }
  }
  assert.deepEqual(problems, []);
});

test('no import cycles in src', () => {
  const files = sourceFiles(SRC);
  const graph = new Map<string, string[]>();
  for (const f of files) {
    graph.set(
      f,
      importsOf(f)
        .filter((s) => s.startsWith('.'))
        .map((s) => resolve(dirname(f), s).replace(/\.js$/, '.ts')),
    );
  }
  const state = new Map<string, 1 | 2>();
  const cycles: string[] = [];
  const visit = (f: string, stack: string[]) => {
    if (state.get(f) === 2) return;
    if (state.get(f) === 1) {
      cycles.push([...stack.slice(stack.indexOf(f)), f].map((x) => relative(SRC, x)).join(' → '));
      return;
    }
    state.set(f, 1);
    for (const g of graph.get(f) ?? []) if (graph.has(g)) visit(g, [...stack, f]);
    state.set(f, 2);
  };
  for (const f of files) visit(f, []);
  assert.deepEqual(cycles, []);
});
