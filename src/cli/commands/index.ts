// Every CLI command registers itself here, one line each.
import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { registerAudit } from './audit.js';
import { registerKeys } from './keys.js';
import { registerBackup } from './backup.js';
import { registerAssess } from './assess.js';
import { registerPolicy } from './policy.js';
import { registerRedact } from './redact.js';
import { registerServe } from './serve.js';
import { registerSetup } from './setup.js';
import { registerDemo } from './demo.js';
import { registerUsers } from './users.js';

export function registerCommands(program: Command, io: CliIo): void {
  registerServe(program, io);
  registerSetup(program, io);
  registerDemo(program, io);
  registerUsers(program, io);
  registerAudit(program, io);
  registerKeys(program, io);
  registerBackup(program, io);
  registerAssess(program, io);
  registerPolicy(program, io);
  registerRedact(program, io);
}
