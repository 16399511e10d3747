// `confidant serve`: runs the web app and API (the same as `npm start`).
import type { Command } from 'commander';
import { CliExit, type CliIo } from '../io.js';
import type { startServer } from '../../server.js';

export function registerServe(program: Command, io: CliIo): void {
  program
    .command('serve')
    .description('Start the web app and API on CONFIDANT_HOST:CONFIDANT_PORT (default 127.0.0.1:3000).')
    .action(async () => {
      const [{ ConfigError }, { startServer }] = await Promise.all([import('../../config.js'), import('../../server.js')]);
      let server: Awaited<ReturnType<typeof startServer>>;
      try {
        server = await startServer(process.env, io.stderr);
      } catch (err) {
        if (err instanceof ConfigError) throw new CliExit(2, err.message);
        throw new CliExit(1, `Confidant could not start: ${(err as Error).message}`);
      }
      await new Promise<void>((resolve) => {
        const stop = (sig: string) => {
          io.stderr.write(`Received ${sig}: finishing requests and closing.\n`);
          server.close().then(resolve, resolve);
        };
        process.once('SIGTERM', () => stop('SIGTERM'));
        process.once('SIGINT', () => stop('SIGINT'));
      });
    });
}
