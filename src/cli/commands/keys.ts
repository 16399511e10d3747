// `confidant keys rotate`: rewrap every data key with a new master key, without re-encrypting content and
// without losing anything. Crash-safe: the new key is written to <key file>.next before the database is
// touched; the rewrap is one transaction; only after it commits does the new key replace the old file.
// Running the command again after an interruption finishes the job (rows already rewrapped are skipped).
import { existsSync, renameSync } from 'node:fs';
import type { Command } from 'commander';
import { CliExit, type CliIo } from '../io.js';
import type { MasterKey } from '../../crypto/index.js';

export function registerKeys(program: Command, io: CliIo): void {
  const keys = program.command('keys').description('Manage the master key that protects every client\'s data key.');
  keys
    .command('rotate')
    .description('Rewrap every data key with a new master key. With a key file, the file is replaced (the old key is kept as <file>.retired-<kid> for your offline archive); with CONFIDANT_MASTER_KEY, give --new-key-file and then set the variable to its content.')
    .option('--new-key-file <file>', 'write the new key here (required when the key comes from CONFIDANT_MASTER_KEY)')
    .action(async (opts: { newKeyFile?: string }) => {
      const { Keyring, KeyMismatchError, generateMasterKey, loadMasterKey, pendingKeyPath, readKeyFile, writeKeyFile } = await import('../../crypto/index.js');
      const { AuditLog, loadAuditSigner } = await import('../../audit/index.js');
      const { cliConfig, checkpointFileOf, openExistingStore } = await import('./installation.js');
      const config = cliConfig();
      if (config.masterKey.kind === 'env' && !opts.newKeyFile) {
        throw new CliExit(2, 'The master key comes from CONFIDANT_MASTER_KEY: give --new-key-file FILE to receive the new key, then set CONFIDANT_MASTER_KEY to its content.');
      }
      const store = await openExistingStore(config);
      try {
        const current = loadMasterKey(config.masterKey, false).mk;
        const keyring = new Keyring(current);
        const pending = config.masterKey.kind === 'file' ? pendingKeyPath(config.masterKey.path) : opts.newKeyFile!;
        // Resume an interrupted rotation: the database may already be on the pending key. Otherwise the
        // current key must fit before anything (even the pending key file) is written.
        let next: MasterKey;
        let onNext = false;
        if (existsSync(pending)) {
          next = readKeyFile(pending);
          try {
            await keyring.verifyOrInit(store.db);
          } catch (err) {
            if (!(err instanceof KeyMismatchError)) throw err;
            await new Keyring(next).verifyOrInit(store.db); // throws KeyMismatchError if neither key fits
            onNext = true;
          }
        } else {
          await keyring.verifyOrInit(store.db);
          next = generateMasterKey();
          writeKeyFile(pending, next);
        }
        let rewrapped = 0;
        if (!onNext) {
          const signer = loadAuditSigner(config.auditSigningKeyPath, false);
          const audit = new AuditLog(store, { ...(signer ? { signer } : {}), checkpointFile: checkpointFileOf(config) });
          rewrapped = await store.db.transaction().execute(async (trx) => {
            const n = await keyring.rewrapAll(trx, next);
            await audit.append(trx, { action: 'keys.rotate', outcome: 'success', actorId: 'cli', details: { rewrapped: n, fromKid: current.kid, toKid: next.kid } });
            return n;
          });
        }
        if (config.masterKey.kind === 'file') {
          const path = config.masterKey.path;
          renameSync(path, `${path}.retired-${current.kid}`);
          renameSync(pending, path);
          io.stdout.write(`Master key rotated: ${rewrapped} data keys rewrapped; new key id ${next.kid}. The old key is in ${path}.retired-${current.kid}: move it to your offline key archive (older backups need it).\n`);
        } else {
          io.stdout.write(`Master key rotated: ${rewrapped} data keys rewrapped; new key id ${next.kid}. Now set CONFIDANT_MASTER_KEY to the content of ${pending} and restart.\n`);
        }
      } catch (err) {
        if (err instanceof KeyMismatchError) throw new CliExit(1, `confidant: ${err.message}`);
        throw err;
      } finally {
        await store.close();
      }
    });
}
