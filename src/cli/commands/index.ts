// Every CLI command registers itself here, one line each.
import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { registerAudit } from './audit.js';
import { registerKeys } from './keys.js';
import { registerBackup } from './backup.js';
import { registerAssess } from './assess.js';
import { registerPolicy } from './policy.js';
import { registerRedact } from './redact.js';

export function registerCommands(program: Command, io: CliIo): void {
  registerAudit(program, io);
  registerKeys(program, io);
  registerBackup(program, io);
  registerAssess(program, io);
  registerPolicy(program, io);
  registerRedact(program, io);
}
