// Runs the CLI in-process with captured output and a temporary environment.
import { Writable, Readable } from 'node:stream';
import { runCli } from '../../src/cli/main.js';

export interface CliRun { code: number; stdout: string; stderr: string }

export async function cli(args: string[], env: Record<string, string | undefined> = {}, stdin = ''): Promise<CliRun> {
  const saved = { ...process.env };
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  let out = '';
  let err = '';
  const stdout = new Writable({ write(chunk, _e, cb) { out += String(chunk); cb(); } });
  const stderr = new Writable({ write(chunk, _e, cb) { err += String(chunk); cb(); } });
  try {
    const code = await runCli(args, { stdout, stderr, stdin: Readable.from(stdin ? [stdin] : []) });
    return { code, stdout: out, stderr: err };
  } finally {
    process.env = saved;
  }
}
