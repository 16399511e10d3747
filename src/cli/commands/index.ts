// Every CLI command registers itself here, one line each.
import type { Command } from 'commander';
import type { CliIo } from '../main.js';

export function registerCommands(program: Command, io: CliIo): void {
  void program;
  void io;
}
