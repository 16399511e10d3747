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
// (a short batch of de-identification tunes V8's tiering first: see src/cli/v8-batch.ts)
if (process.argv.slice(2).includes('redact')) {
  const { BATCH_V8_FLAGS } = await import(new URL('../dist/cli/v8-batch.js', import.meta.url).href);
  (await import('node:v8')).setFlagsFromString(BATCH_V8_FLAGS.join(' '));
}
const { runCli } = await import(main.href);
process.exitCode = await runCli(process.argv.slice(2));
