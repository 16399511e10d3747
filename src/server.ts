// Starts the HTTP server: configuration from the environment, the application context, the app; listens on
// the configured host and port; shuts down gracefully on SIGTERM/SIGINT (stop accepting, finish requests,
// flush the audit queue, close the database).
import { pathToFileURL } from 'node:url';
import { loadConfig, ConfigError } from './config.js';
import { createContext } from './services/context.js';
import { buildApp } from './http/app.js';

export async function startServer(env: Record<string, string | undefined> = process.env, out: NodeJS.WritableStream = process.stderr): Promise<{ url: string; close: () => Promise<void> }> {
  const config = loadConfig(env);
  const ctx = await createContext(config);
  const app = await buildApp(ctx);
  let url: string;
  try {
    url = await app.listen({ host: config.host, port: config.port });
  } catch (err) {
    await ctx.close();
    throw err;
  }
  const shown = config.publicUrl ?? url.replace('127.0.0.1', 'localhost');
  out.write(`Confidant is running at ${shown} (database: ${ctx.store.dialect}). Press Ctrl+C to stop.\n`);
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await app.close();
      await ctx.close();
    })());
  return { url, close };
}

async function main(): Promise<void> {
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer();
  } catch (err) {
    const msg = err instanceof ConfigError ? err.message : `Confidant could not start: ${(err as Error).message}`;
    process.stderr.write(msg + '\n');
    process.exit(1);
  }
  for (const sig of ['SIGTERM', 'SIGINT'] as const) {
    process.once(sig, () => {
      process.stderr.write(`Received ${sig}: finishing requests and closing.\n`);
      const timer = setTimeout(() => process.exit(1), 10_000);
      timer.unref();
      server.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void main();
