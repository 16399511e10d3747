#!/usr/bin/env node
// Entry point for `npx confidant`: runs the compiled CLI (built by `npm install` via the prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  process.stderr.write('confidant: the program is not built yet. Run `npm install` (or `npm run build`) in the project folder first.\n');
  process.exit(1);
}
// Output piped into a program that stops reading early (`| head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}
const { runCli } = await import(main.href);
process.exitCode = await runCli(process.argv.slice(2));
