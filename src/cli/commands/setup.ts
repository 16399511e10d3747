// `confidant setup`: creates the organisation and its first administrator from the command line.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { CliExit, type CliIo } from '../io.js';

export function registerSetup(program: Command, io: CliIo): void {
  program
    .command('setup')
    .description('Create the organisation and its first administrator (only while the installation has no users).')
    .requiredOption('--org <name>', 'organisation name')
    .requiredOption('--admin-email <email>', 'the administrator\'s email address (their sign-in name)')
    .requiredOption('--password-file <file>', 'a file holding the administrator\'s password (kept off the command line and shell history)')
    .option('--display-name <name>', 'the administrator\'s name as shown to colleagues', 'Administrator')
    .action(async (opts: { org: string; adminEmail: string; passwordFile: string; displayName: string }) => {
      const { cliConfig } = await import('./installation.js');
      const { createContext } = await import('../../services/context.js');
      const { runSetup } = await import('../../services/setup.js');
      const { AppError } = await import('../../services/errors.js');
      let password: string;
      try {
        password = readFileSync(opts.passwordFile, 'utf8').replace(/\r?\n$/, '');
      } catch (err) {
        throw new CliExit(2, `confidant setup: cannot read the password file ${opts.passwordFile}: ${(err as Error).message}`);
      }
      const config = cliConfig();
      const ctx = await createContext(config).catch((err: Error) => {
        throw new CliExit(1, `confidant setup: ${err.message}`);
      });
      try {
        const r = await runSetup(ctx, { organisation: opts.org, displayName: opts.displayName, email: opts.adminEmail, password }, { ip: null, userAgent: 'confidant-cli' }, { session: false });
        io.stdout.write(
          [
            `Created organisation "${opts.org}" and administrator ${r.user.email}.`,
            '',
            'Next steps:',
            `  1. Start Confidant:      npx confidant serve   (or npm start)`,
            `  2. Open ${config.publicUrl ?? `http://localhost:${config.port}`} and sign in as ${r.user.email}.`,
            '  3. At the first sign-in you set up the second factor (TOTP): scan the QR code with an',
            '     authenticator app, confirm a code, and keep the 10 recovery codes somewhere safe.',
            '  4. Add your colleagues under Users; each gets a temporary password to change at first sign-in.',
            `  5. Back up the master key (${config.masterKey.kind === 'file' ? config.masterKey.path : 'CONFIDANT_MASTER_KEY'}) apart from the database: without it nothing can be decrypted.`,
            '',
          ].join('\n'),
        );
      } catch (err) {
        if (err instanceof AppError) throw new CliExit(err.code === 'setup-done' ? 1 : 2, `confidant setup: ${err.code === 'setup-done' ? 'this installation already has users; setup runs only once.' : err.message}`);
        throw err;
      } finally {
        await ctx.close();
      }
    });
}
