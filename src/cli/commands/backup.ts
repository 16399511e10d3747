// `confidant backup` and `confidant restore`: consistent, encrypted backups of a running installation.
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { CliExit, type CliIo } from '../io.js';

export function registerBackup(program: Command, io: CliIo): void {
  program
    .command('backup')
    .description('Make a consistent, encrypted backup while the server runs (a consistent SQLite snapshot with VACUUM INTO, or pg_dump for PostgreSQL). The backup is encrypted with a key derived from the master key: keep the master key safe and separately.')
    .option('--out <file>', 'where to write the backup (default: <data dir>/backups/confidant-<time>.backup)')
    .action(async (opts: { out?: string }) => {
      const { loadMasterKey, MasterKeyError } = await import('../../crypto/index.js');
      const { backup, defaultBackupName, describeSize, BackupError } = await import('../../services/backup.js');
      const { AuditLog, loadAuditSigner } = await import('../../audit/index.js');
      const { cliConfig, checkpointFileOf, openExistingStore } = await import('./installation.js');
      const config = cliConfig();
      const out = opts.out ?? defaultBackupName(config.dataDir, new Date());
      mkdirSync(dirname(out), { recursive: true, mode: 0o700 });
      const store = await openExistingStore(config);
      try {
        const mk = loadMasterKey(config.masterKey, false).mk;
        const r = await backup(store, config.database, mk, out, '0.1.0');
        const signer = loadAuditSigner(config.auditSigningKeyPath, false);
        await new AuditLog(store, { ...(signer ? { signer } : {}), checkpointFile: checkpointFileOf(config) }).record({ action: 'backup.create', outcome: 'success', actorId: 'cli', details: { bytes: r.header.plaintextBytes } });
        io.stdout.write(`Backup written: ${r.path} (${describeSize(r.path)}, ${r.ms} ms; ${Object.entries(r.header.info).map(([k, v]) => `${k} ${v}`).join(', ')}).\n`);
      } catch (err) {
        if (err instanceof BackupError || err instanceof MasterKeyError) throw new CliExit(1, `confidant: ${err.message}`);
        throw err;
      } finally {
        await store.close();
      }
    });

  program
    .command('restore <file>')
    .description('Restore a backup made by `confidant backup`. Checks the key, the file and the database before replacing anything; erasures made since the backup are applied again. Stop the server first.')
    .option('--force', 'replace an existing database (the current SQLite file is kept beside it)')
    .option('--key-file <file>', 'the master key the backup was made under, if it has since been rotated')
    .action(async (file: string, opts: { force?: boolean; keyFile?: string }) => {
      const { loadMasterKey, readKeyFile, MasterKeyError } = await import('../../crypto/index.js');
      const { backup, restore, BackupError } = await import('../../services/backup.js');
      const { AuditLog, loadAuditSigner } = await import('../../audit/index.js');
      const { erasedClientIds } = await import('../../store/erasure-ledger.js');
      const { openStore } = await import('../../store/db.js');
      const { cliConfig, checkpointFileOf } = await import('./installation.js');
      const config = cliConfig();
      try {
        const mk = opts.keyFile ? readKeyFile(opts.keyFile) : loadMasterKey(config.masterKey, false).mk;
        const r = await restore(config.database, mk, file, { force: opts.force === true, erasedClientIds: erasedClientIds(config.dataDir) });
        // The external checkpoint copies vouch for records written after the backup; the restored log is
        // rolled back, so that file is kept aside as evidence and a fresh one starts from the restored log.
        const cpFile = checkpointFileOf(config);
        let movedCheckpoints: string | undefined;
        if (existsSync(cpFile)) {
          movedCheckpoints = `${cpFile}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
          renameSync(cpFile, movedCheckpoints);
        }
        const store = await openStore(config.database, { migrate: true });
        try {
          const signer = loadAuditSigner(config.auditSigningKeyPath, false);
          await new AuditLog(store, signer ? { signer } : {}).record({ action: 'backup.restore', outcome: 'success', actorId: 'cli', details: { backupId: r.header.id, createdAt: r.header.createdAt, reErased: r.reErased } });
        } finally {
          await store.close();
        }
        io.stdout.write(`Restored the backup of ${r.header.createdAt} (${r.ms} ms).${r.reErased ? ` ${r.reErased} client(s) erased since the backup were erased again.` : ''}${r.movedAside ? ` The previous database was kept at ${r.movedAside}.` : ''}\n`);
        if (movedCheckpoints) io.stdout.write(`The audit checkpoints signed after this backup were moved to ${movedCheckpoints}: keep that file as evidence of the rollback.\n`);
      } catch (err) {
        if (err instanceof BackupError || err instanceof MasterKeyError) throw new CliExit(1, `confidant: ${err.message}`);
        throw err;
      }
    });
}
