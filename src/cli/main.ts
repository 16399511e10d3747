// The `confidant` command line. Each command lives in its own module under ./commands and
// registers itself on the program; this file only wires them together and maps errors to exit codes.
import { Command, CommanderError } from 'commander';
import { registerCommands } from './commands/index.js';
import { CliExit, type CliIo } from './io.js';

export { CliExit, type CliIo } from './io.js';

export async function runCli(argv: string[], io: CliIo = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }): Promise<number> {
  const program = new Command();
  program
    .name('confidant')
    .description('Confidant: the confidential case record for helping professionals.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  registerCommands(program, io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CliExit) {
      if (err.message) io.stderr.write(err.message.endsWith('\n') ? err.message : err.message + '\n');
      return err.code;
    }
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return 2;
    }
    io.stderr.write(`confidant: ${(err as Error).message}\n`);
    return 1;
  }
}
