// Faults on SQLite (issue 9 "Bad input and faults", TEST-PLAN T21): (1) the disk fills up during writes — the
// data folder is a 2 MiB tmpfs the test mounts — writes get a clear 507 problem and no false acknowledgement,
// the server keeps answering (audited reads fail closed with 507: no unaudited access to case content),
// writes resume once space is freed, and every acknowledged write, the database and the audit chain are intact;
// (2) a corrupted database page — the server refuses to start with a clear message, and `confidant audit
// verify` names the problem; (3) a truncated WAL — SQLite silently drops the cut-off transactions, and
// `confidant audit verify` catches the lost tail against the signed checkpoint kept outside the database.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HttpSession, ServerExit, runCliAsync, seedInstallation, serverEnv, startServer, type Acked } from '../reliability/harness.js';
import { checkAcked } from '../reliability/harness.js';
import { integrityCheck, query } from '../reliability/crash.js';

async function installation(dir: string) {
  const database = { kind: 'sqlite' as const, path: join(dir, 'confidant.db') };
  const env = serverEnv(database, dir);
  await seedInstallation(env, [{ email: 'practitioner@example.test', roles: ['practitioner'] }]);
  return { database, env };
}

async function withClient(url: string): Promise<{ s: HttpSession; clientId: string }> {
  const s = new HttpSession(url);
  await s.signIn('practitioner@example.test');
  const r = await s.req('POST', '/api/v1/clients', { name: 'Synthetic Fault Client', jurisdiction: 'GB-ENG' });
  assert.equal(r.status, 201, r.text);
  return { s, clientId: (r.body as { client: { id: string } }).client.id };
}

test('disk full: 507 and no false acknowledgement; the server keeps answering; writes resume once space is freed', { timeout: 180_000 }, async (t) => {
  if (process.getuid?.() !== 0) throw new Error('this test mounts a tmpfs and needs root (CI runs as root)');
  const mnt = mkdtempSync(join(tmpdir(), 'confidant-full-'));
  const m = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mnt], { encoding: 'utf8' });
  assert.equal(m.status, 0, `mount failed: ${m.stderr}`);
  try {
    const dir = join(mnt, 'data');
    mkdirSync(dir);
    const { database, env } = await installation(dir);
    // Ballast: space we can free later to show that writes resume.
    writeFileSync(join(mnt, 'ballast'), Buffer.alloc(256 * 1024));
    const server = await startServer(env);
    try {
      const { s, clientId } = await withClient(server.url);
      const acked: Acked[] = [];
      const statuses: Record<number, number> = {};
      let full = 0;
      for (let i = 0; i < 2000 && full < 5; i++) {
        const text = `Synthetic note ${i} `.padEnd(8000, 'lorem ipsum dolor sit amet ');
        const r = await s.req('POST', `/api/v1/clients/${clientId}/notes`, { text });
        statuses[r.status] = (statuses[r.status] ?? 0) + 1;
        if (r.status === 201) acked.push({ kind: 'note', clientId, id: (r.body as { note: { id: string } }).note.id, text });
        else {
          assert.equal(r.status, 507, `a write on a full disk: ${r.status} ${r.text}`);
          assert.equal((r.body as { code: string }).code, 'storage-full');
          full++;
        }
      }
      t.diagnostic(`statuses ${JSON.stringify(statuses)}`);
      assert.ok(full > 0, 'the disk never filled up');
      // While the disk is full the server stays up and answers; reading case content needs an audit entry, and
      // an unaudited read of a confidential record is not allowed, so those reads fail closed with the same
      // clear 507 (never a 500, never content without its audit record).
      assert.equal((await s.req('GET', '/api/health')).status, 200);
      assert.equal((await s.req('GET', '/api/v1/auth/session')).status, 200);
      const read = await s.req('GET', `/api/v1/clients/${clientId}/notes`);
      assert.ok(read.status === 200 || read.status === 507, `an audited read on a full disk: ${read.status}`);
      // Free space: writes resume.
      rmSync(join(mnt, 'ballast'));
      const again = await s.req('POST', `/api/v1/clients/${clientId}/notes`, { text: 'Synthetic note after space was freed' });
      assert.equal(again.status, 201, again.text);
      acked.push({ kind: 'note', clientId, id: (again.body as { note: { id: string } }).note.id, text: 'Synthetic note after space was freed' });
      assert.deepEqual(await checkAcked(s, acked), []);
      const stored = Number((await query<{ n: number }>(database, 'select count(*) as n from notes'))[0]!.n);
      assert.equal(stored, acked.length, 'no write that failed was stored');
    } finally {
      await server.kill('SIGTERM');
    }
    assert.equal(await integrityCheck(database), 'ok');
    const v = await runCliAsync(['audit', 'verify'], env);
    assert.equal(v.code, 0, v.stdout + v.stderr);
    // The database opens again (the server starts).
    const again = await startServer(env);
    await again.kill('SIGTERM');
  } finally {
    spawnSync('umount', [mnt]);
    rmSync(mnt, { recursive: true, force: true });
  }
});

test('a corrupted database page: the server refuses to start and audit verify names the problem', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'confidant-corrupt-'));
  try {
    const { database, env } = await installation(dir);
    const server = await startServer(env);
    const { s, clientId } = await withClient(server.url);
    for (let i = 0; i < 30; i++) assert.equal((await s.req('POST', `/api/v1/clients/${clientId}/notes`, { text: `Synthetic note ${i}`.padEnd(2000, '.') })).status, 201);
    await server.kill('SIGTERM'); // clean stop: the WAL is checkpointed into the file
    const root = (await query<{ rootpage: number }>(database, "select rootpage from sqlite_master where name = 'notes'"))[0]!.rootpage;
    const pageSize = Number((await query<{ page_size: number }>(database, 'pragma page_size'))[0]!.page_size);
    const fd = openSync(database.path, 'r+');
    writeSync(fd, Buffer.alloc(64, 0xa5), 0, 64, (root - 1) * pageSize); // smash the b-tree page header
    closeSync(fd);
    await assert.rejects(startServer(env), (e: unknown) => {
      assert.ok(e instanceof ServerExit, String(e));
      assert.equal(e.code, 1);
      assert.match(e.stderr, /damaged/i);
      assert.match(e.stderr, /backup/i);
      return true;
    });
    const v = await runCliAsync(['audit', 'verify'], env);
    assert.notEqual(v.code, 0);
    assert.match(v.stdout + v.stderr, /damaged|integrity/i);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a truncated WAL: lost commits are caught by audit verify against the signed checkpoint', { timeout: 120_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'confidant-wal-'));
  try {
    const { database, env } = await installation(dir);
    const server = await startServer(env);
    const { s, clientId } = await withClient(server.url);
    for (let i = 0; i < 40; i++) assert.equal((await s.req('POST', `/api/v1/clients/${clientId}/notes`, { text: `Synthetic note ${i}` })).status, 201);
    // Sign the head (the server does this regularly; the CLI does it now), copied to the checkpoint file.
    const cp = await runCliAsync(['audit', 'checkpoint'], env);
    assert.equal(cp.code, 0, cp.stdout + cp.stderr);
    await server.kill('SIGKILL'); // the WAL still holds the recent commits
    const wal = `${database.path}-wal`;
    assert.ok(existsSync(wal) && statSync(wal).size > 0, 'a WAL to truncate');
    const size = statSync(wal).size;
    truncateSync(wal, Math.floor(size / 3));
    t.diagnostic(`WAL cut from ${size} to ${Math.floor(size / 3)} bytes`);
    const v = await runCliAsync(['audit', 'verify'], env);
    t.diagnostic((v.stdout + v.stderr).trim());
    assert.notEqual(v.code, 0, 'audit verify must notice the lost tail');
    assert.match(v.stdout + v.stderr, /checkpoint|truncat|missing|behind/i);
    assert.equal(await integrityCheck(database), 'ok', 'the file itself is consistent (SQLite dropped the cut-off frames)');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// T14: I/O faults injected with libfiu (`fiu-run`, Debian package fiu-utils; .ci/run installs it). The server
// runs under `fiu-run -x`; `fiu-ctrl` turns failure points on and off in the running process. SQLite commits
// with pwrite() to the WAL and fsync(); each is made to fail with EIO, then ENOSPC.
test('I/O faults (fiu-run): fsync or write failing with EIO/ENOSPC during commits is never acknowledged, leaves nothing, and clears', { timeout: 180_000 }, async (t) => {
  const has = spawnSync('sh', ['-c', 'command -v fiu-run && command -v fiu-ctrl'], { encoding: 'utf8' });
  if (has.status !== 0) {
    if (process.env.CI) throw new Error('fiu-run/fiu-ctrl missing: CI installs the Debian package fiu-utils (.ci/run)');
    t.skip('fiu-run is not installed here (apt-get install fiu-utils); CI runs this test');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'confidant-fiu-'));
  try {
    const { database, env } = await installation(dir);
    const fifo = join(dir, 'fiu-ctrl');
    let server = await startServer(env, { wrap: ['fiu-run', '-x', '-f', fifo] });
    const ctl = (cmd: string) => {
      const r = spawnSync('fiu-ctrl', ['-f', fifo, '-c', cmd, String(server.proc.pid)], { encoding: 'utf8', timeout: 10_000 });
      assert.equal(r.status, 0, `fiu-ctrl ${cmd}: ${r.stderr}`);
    };
    const { s, clientId } = await withClient(server.url);
    const acked: Acked[] = [];
    const refused: string[] = [];
    let n = 0;
    const write = async () => {
      const text = `Synthetic fault note ${n++}: discussed sleep and work.`;
      const r = await s.req('POST', `/api/v1/clients/${clientId}/notes`, { text });
      if (r.status === 201) acked.push({ kind: 'note', clientId, id: (r.body as { note: { id: string } }).note.id, text });
      else refused.push(text);
      return r;
    };
    // SQLite reports a failed fsync as SQLITE_IOERR_FSYNC whatever the errno (so 503, retry later); a write
    // refused with ENOSPC is SQLITE_FULL (507, out of space).
    const faults = [
      { point: 'posix/io/sync/fsync', errno: 5, status: 503 },
      { point: 'posix/io/sync/fsync', errno: 28, status: 503 },
      { point: 'posix/io/rw/pwrite', errno: 5, status: 503 },
      { point: 'posix/io/rw/pwrite', errno: 28, status: 507 },
    ];
    for (const f of faults) {
      for (let i = 0; i < 3; i++) assert.equal((await write()).status, 201, 'before the fault');
      ctl(`enable name=${f.point},failinfo=${f.errno}`);
      for (let i = 0; i < 3; i++) {
        const r = await write();
        assert.equal(r.status, f.status, `${f.point} errno ${f.errno}: ${r.status} ${r.text.slice(0, 200)}`);
        assert.match(r.headers.get('content-type') ?? '', /problem\+json/);
      }
      ctl(`disable name=${f.point}`);
      // The fault has cleared: writes go through again at once, no restart.
      for (let i = 0; i < 3; i++) assert.equal((await write()).status, 201, `after ${f.point} errno ${f.errno} cleared`);
      t.diagnostic(`${f.point} errno ${f.errno}: 3 × ${f.status}, then 201 again`);
    }
    // Nothing refused is stored, everything acknowledged is (read through the API, decrypted).
    const list = await s.req('GET', `/api/v1/clients/${clientId}/notes`);
    assert.equal(list.status, 200);
    const texts = new Set((list.body as { text: string }[]).map((x) => x.text));
    for (const r of refused) assert.ok(!texts.has(r), `a refused write was stored: ${r}`);
    assert.deepEqual(await checkAcked(s, acked), []);
    await server.kill('SIGTERM');
    // After a restart without faults: integrity, the audit chain, and every acknowledged write.
    assert.equal(await integrityCheck(database), 'ok');
    const v = await runCliAsync(['audit', 'verify'], env);
    assert.equal(v.code, 0, v.stdout + v.stderr);
    server = await startServer(env);
    try {
      assert.deepEqual(await checkAcked(s.on(server.url), acked), []);
    } finally {
      await server.kill('SIGTERM');
    }
    t.diagnostic(`${acked.length} acknowledged, ${refused.length} refused, none of them stored`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
