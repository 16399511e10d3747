// Helpers shared by CLI commands: reading a command's input. Kept light (no config, no store): the commands
// that open an installation take cliConfig/openExistingStore from ./installation.js inside their actions.
import { readFile } from 'node:fs/promises';
import { CliExit, type CliIo } from '../io.js';

const utf8 = new TextDecoder('utf-8', { fatal: false });

/**
 * Reads a command's input from FILE, or from stdin when FILE is absent or "-". Invalid UTF-8 becomes
 * U+FFFD (never a crash). With `ttyHint`, an interactive stdin is refused with that hint instead of waiting.
 */
export async function readCommandInput(file: string | undefined, io: CliIo, o: { command: string; what?: string; ttyHint?: string }): Promise<string> {
  if (file && file !== '-') {
    try {
      return utf8.decode(await readFile(file));
    } catch (e) {
      throw new CliExit(2, `confidant ${o.command}: cannot read ${o.what ? `${o.what} ` : ''}${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  }
  if (o.ttyHint && (io.stdin as { isTTY?: boolean }).isTTY) throw new CliExit(2, `confidant ${o.command}: ${o.ttyHint}`);
  const chunks: Buffer[] = [];
  for await (const c of io.stdin) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return utf8.decode(Buffer.concat(chunks));
}
