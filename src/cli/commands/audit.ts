// `confidant audit verify|export|checkpoint`: check and export the tamper-evident audit log.
import { createWriteStream } from 'node:fs';
import type { Command } from 'commander';
import { CliExit, type CliIo } from '../io.js';

export function registerAudit(program: Command, io: CliIo): void {
  const audit = program.command('audit').description('Check and export the tamper-evident audit log.');

  audit
    .command('verify')
    .description('Recompute the hash chain and check every signed checkpoint. Exit 0 when intact; 1 naming the first bad record otherwise.')
    .option('--json', 'print the result as JSON')
    .action(async (opts: { json?: boolean }) => {
      const { loadAuditSigner, verifyAudit } = await import('../../audit/index.js');
      const { cliConfig, checkpointFileOf, openExistingStore } = await import('./installation.js');
      const config = cliConfig();
      const store = await openExistingStore(config);
      try {
        const signer = loadAuditSigner(config.auditSigningKeyPath, false);
        const started = Date.now();
        const r = await verifyAudit(store, { ...(signer ? { publicKey: signer.publicKey } : {}), checkpointFile: checkpointFileOf(config) });
        const ms = Date.now() - started;
        if (opts.json) io.stdout.write(JSON.stringify({ ...r, ms }) + '\n');
        else if (r.ok) io.stdout.write(`Audit log intact: ${r.records} records, ${r.checkpoints} signed checkpoints verified (${ms} ms).\n`);
        else {
          io.stdout.write(`Audit log NOT intact. First bad record: ${r.firstBad!.seq} — ${r.firstBad!.problem}\n`);
          for (const p of r.problems.slice(1, 20)) io.stdout.write(`  also: ${p.seq} — ${p.problem}\n`);
          if (r.problems.length > 20) io.stdout.write(`  … and ${r.problems.length - 20} more problems\n`);
        }
        if (!r.ok) throw new CliExit(1);
      } finally {
        await store.close();
      }
    });

  audit
    .command('export')
    .description('Export audit records as JSON lines (default) or FHIR R4 AuditEvent resources (one per line).')
    .option('--format <format>', 'jsonl or fhir', 'jsonl')
    .option('--from <iso>', 'only records at or after this time (ISO 8601)')
    .option('--to <iso>', 'only records at or before this time (ISO 8601)')
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (opts: { format: string; from?: string; to?: string; out?: string }) => {
      const { AuditLog, loadAuditSigner, toFhirAuditEvent, toJsonLine } = await import('../../audit/index.js');
      const { cliConfig, openExistingStore } = await import('./installation.js');
      if (opts.format !== 'jsonl' && opts.format !== 'fhir') throw new CliExit(2, `--format must be jsonl or fhir (got "${opts.format}")`);
      for (const [k, v] of [['--from', opts.from], ['--to', opts.to]] as const) {
        if (v !== undefined && Number.isNaN(Date.parse(v))) throw new CliExit(2, `${k} must be an ISO 8601 date or time (got "${v}")`);
      }
      const config = cliConfig();
      const store = await openExistingStore(config);
      const out = opts.out ? createWriteStream(opts.out, { mode: 0o600 }) : io.stdout;
      try {
        let after = 0;
        let n = 0;
        for (;;) {
          let q = store.db.selectFrom('audit_log').selectAll().where('seq', '>', after);
          if (opts.from) q = q.where('at', '>=', new Date(opts.from).toISOString());
          if (opts.to) q = q.where('at', '<=', new Date(opts.to).toISOString());
          const rows = await q.orderBy('seq').limit(5000).execute();
          if (!rows.length) break;
          for (const r of rows) out.write((opts.format === 'fhir' ? JSON.stringify(toFhirAuditEvent(r)) : toJsonLine(r)) + '\n');
          n += rows.length;
          after = Number(rows[rows.length - 1]!.seq);
        }
        // The export itself is an audited event.
        const signer = loadAuditSigner(config.auditSigningKeyPath, false);
        const log = new AuditLog(store, signer ? { signer } : {});
        await log.record({ action: 'audit.export', outcome: 'success', actorId: 'cli', details: { format: opts.format, records: n } });
        if (opts.out) io.stderr.write(`Exported ${n} records to ${opts.out}\n`);
      } finally {
        if (opts.out) await new Promise((r) => (out as NodeJS.WritableStream).end(() => r(undefined)));
        await store.close();
      }
    });

  audit
    .command('checkpoint')
    .description('Sign the current head of the chain now (the server also does this regularly).')
    .action(async () => {
      const { AuditLog, loadAuditSigner } = await import('../../audit/index.js');
      const { cliConfig, checkpointFileOf, openExistingStore } = await import('./installation.js');
      const config = cliConfig();
      const store = await openExistingStore(config);
      try {
        const signer = loadAuditSigner(config.auditSigningKeyPath, false);
        if (!signer) throw new CliExit(1, `The audit signing key ${config.auditSigningKeyPath} is missing.`);
        const log = new AuditLog(store, { signer, checkpointFile: checkpointFileOf(config) });
        const cp = await log.checkpoint();
        io.stdout.write(cp ? `Signed checkpoint at record ${cp.seq}.\n` : 'Nothing new to sign.\n');
      } finally {
        await store.close();
      }
    });
}
