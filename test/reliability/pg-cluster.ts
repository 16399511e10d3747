// A private, throw-away PostgreSQL 15 cluster (initdb in a temp folder, its own port) for tests that stop or
// crash the database server. Restarting the shared server at 127.0.0.1:5432 would break every other test
// running at the same time; a private cluster can be killed freely. Needs root (CI runs as root) to run the
// server as the `postgres` user, and Debian's /usr/lib/postgresql/<ver>/bin.
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

function binDir(): string {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) throw new Error('PostgreSQL binaries not found under /usr/lib/postgresql (install postgresql-15)');
  const ver = readdirSync(base).sort((a, b) => Number(a) - Number(b)).at(-1)!;
  return join(base, ver, 'bin');
}

async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      s.close(() => res(port));
    });
  });
}

function asPostgres(args: string[]): { status: number | null; out: string } {
  const r = spawnSync('runuser', ['-u', 'postgres', '--', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

export interface PrivateCluster {
  url: string;
  port: number;
  /** pg_ctl restart; mode 'immediate' is a crash of the server (recovery from WAL on start). */
  restart(mode?: 'fast' | 'immediate'): void;
  stop(mode?: 'fast' | 'immediate'): void;
  start(): void;
  destroy(): Promise<void>;
}

export async function startPrivateCluster(): Promise<PrivateCluster> {
  if (process.getuid?.() !== 0) throw new Error('The private PostgreSQL cluster needs root (to run postgres as its own user); CI runs as root.');
  const bin = binDir();
  const dir = mkdtempSync(join(tmpdir(), 'confidant-pgc-'));
  chmodSync(dir, 0o755);
  chownSync(dir, Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim()), Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim()));
  const data = join(dir, 'data');
  const init = asPostgres([join(bin, 'initdb'), '-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  if (init.status !== 0) throw new Error(`initdb failed: ${init.out}`);
  const port = await freePort();
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=on -c synchronous_commit=on -c max_connections=60`;
  const start = () => {
    const r = asPostgres([join(bin, 'pg_ctl'), '-D', data, '-l', join(dir, 'log'), '-o', opts, '-w', '-t', '60', 'start']);
    if (r.status !== 0) throw new Error(`pg_ctl start failed: ${r.out}`);
  };
  const stop = (mode: 'fast' | 'immediate' = 'fast') => {
    asPostgres([join(bin, 'pg_ctl'), '-D', data, '-m', mode, '-w', '-t', '60', 'stop']);
  };
  start();
  const admin = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres` });
  await admin.connect();
  await admin.query('CREATE DATABASE confidant');
  await admin.end();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/confidant`,
    port,
    restart(mode = 'immediate') {
      stop(mode);
      start();
    },
    stop,
    start,
    async destroy() {
      stop('immediate');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
