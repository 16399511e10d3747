// `confidant redact` — de-identification (CONTRACTS.md §2). Translates only: reads the text (or, with
// --jsonl, one {id, text, known} per line), calls the redaction service, prints the result.
// Exit codes: 0 done; 2 invalid input (message on stderr naming the problem, nothing on stdout).
import { once } from 'node:events';
import type { Command } from 'commander';
import { readCommandInput } from './shared.js';
import type { Known, RedactResult } from '../../domain/deid/index.js';
import { CliExit, type CliIo } from '../io.js';

// The engine and validation are loaded by the action, so that registering the command (and `--help`) stays cheap.
type RedactText = typeof import('../../services/redact.js').redactText;

interface RedactCliOptions {
  known?: string;
  format?: string;
  jsonl?: boolean;
}

function readBytes(file: string | undefined, io: CliIo, what: string): Promise<string> {
  return readCommandInput(file, io, { command: 'redact', what });
}

async function readKnown(file: string, io: CliIo): Promise<Known> {
  const raw = await readBytes(file, io, '--known file');
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (e) {
    throw new CliExit(2, `confidant redact: --known ${file} is not valid JSON (${(e as Error).message})`);
  }
  const { validateKnown } = await import('../../domain/deid/index.js');
  const v = validateKnown(parsed);
  if (!v.ok) throw new CliExit(2, `confidant redact: --known ${file} has the wrong shape:\n${v.issues.map((i) => `  ${i.path} ${i.message}`).join('\n')}`);
  return v.known;
}

function jsonlLine(redactText: RedactText, line: string, lineNo: number, fallbackKnown: Known | undefined): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (e) {
    return JSON.stringify({ id: null, error: { field: 'line', message: `line ${lineNo} is not valid JSON (${(e as Error).message})` } });
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return JSON.stringify({ id: null, error: { field: 'line', message: `line ${lineNo} must be an object {"id", "text", "known"?}` } });
  }
  const o = parsed as Record<string, unknown>;
  const id = typeof o.id === 'string' || typeof o.id === 'number' ? String(o.id) : null;
  // (the fields redactText reads, in one object literal: a spread then `delete` left a slow dictionary-mode object per line)
  const outcome = redactText({ text: o.text, known: o.known === undefined ? fallbackKnown : o.known, pseudonyms: o.pseudonyms, returnMapping: o.returnMapping });
  if (!outcome.ok) return JSON.stringify({ id, error: { field: outcome.error.field, message: outcome.issues.map((i) => `${i.field} ${i.message}`).join('; ') } });
  return JSON.stringify({ id, ...outcome.result });
}

export function registerRedact(program: Command, io: CliIo): void {
  program
    .command('redact')
    .summary('de-identify a note: names, places, organisations, contacts, dates, identifiers, ages')
    .description(
      'De-identify text so that a practitioner can consult a supervisor without names (CONTRACTS.md §2).\n' +
        'Reads plain text from FILE or stdin and prints the redacted text with the entities found:\n' +
        '{ "text": "[CLIENT] said [COLLEAGUE-1] ...", "entities": [{ type, start, end, text, source, replacement }] }.\n' +
        'Offsets are UTF-16 code units into the input, end exclusive.\n\n' +
        '--known FILE names what the case already knows, so that it is always caught:\n' +
        '  { "people": [{ "role": "client", "name": "Sarah Jones", "aliases": ["Sal"] },\n' +
        '              { "role": "third-party", "relationship": "colleague", "name": "Tom Baker" }],\n' +
        '    "organisations": [...], "places": [...], "identifiers": [...], "dates": ["1989-03-14"] }\n\n' +
        'With --jsonl each input line is {"id", "text", "known"?} and each output line is the result with the\n' +
        'same id, in order; a bad line gives {"id", "error": {"field", "message"}} and the others continue.\n' +
        'Exit codes: 0 done; 2 invalid input (message on stderr, nothing on stdout).\n\n' +
        'Example:\n' +
        '  echo "Met Sarah at Northgate Logistics, call 07700 900417." | confidant redact --format text',
    )
    .argument('[file]', 'text file (or JSON lines with --jsonl), or - (the default) for stdin')
    .option('--known <file>', 'JSON file of what the case already knows (people, organisations, places, identifiers, dates)')
    .option('--format <format>', 'json or text (default: json when stdout is not a terminal, text when it is)')
    .option('--jsonl', 'one {"id","text","known"?} object per input line; one result per output line, same order')
    .action(async (file: string | undefined, opts: RedactCliOptions) => {
      const format = opts.format ?? (io.stdout.isTTY ? 'text' : 'json');
      if (format !== 'json' && format !== 'text') throw new CliExit(2, `confidant redact: invalid --format "${opts.format}"; allowed values: json, text`);
      if (opts.jsonl && opts.format === 'text') throw new CliExit(2, 'confidant redact: --jsonl prints one JSON result per line; --format text cannot be combined with it');
      if (opts.known !== undefined && (file === undefined || file === '-') && opts.known === '-') throw new CliExit(2, 'confidant redact: --known and the input cannot both be stdin');
      const known = opts.known !== undefined ? await readKnown(opts.known, io) : undefined;
      const input = await readBytes(file, io, 'input');
      const { redactText } = await import('../../services/redact.js');

      if (opts.jsonl) {
        const out: string[] = [];
        const lines = input.split('\n');
        for (let i = 0; i < lines.length; i++) {
          const line = lines[i]!.replace(/\r$/, '');
          if (!line.trim()) continue;
          out.push(jsonlLine(redactText, line, i + 1, known));
          if (out.length >= 256) {
            // wait while the reader catches up, so that a long batch into a slow pipe is not held in memory
            if (!io.stdout.write(out.join('\n') + '\n')) await once(io.stdout, 'drain');
            out.length = 0;
          }
        }
        if (out.length) io.stdout.write(out.join('\n') + '\n');
        return;
      }

      const outcome = redactText({ text: input, ...(known ? { known } : {}) });
      if (!outcome.ok) throw new CliExit(2, `confidant redact: invalid ${outcome.error.field}: ${outcome.error.message}`);
      if (format === 'text') io.stdout.write(outcome.result.text);
      else await writeResultJson(io, outcome.result);
    });
}

/**
 * `JSON.stringify(result) + '\n'`, written in pieces of ENTITIES_PER_WRITE entities: a text of megabytes has
 * a hundred thousand entities, whose JSON as one string would hold some 60 MB more at once (the same bytes).
 */
async function writeResultJson(io: CliIo, result: RedactResult): Promise<void> {
  const { text, entities, mapping } = result;
  let piece = `{"text":${JSON.stringify(text)},"entities":[`;
  for (let i = 0; i < entities.length; i += ENTITIES_PER_WRITE) {
    const part = entities.slice(i, i + ENTITIES_PER_WRITE).map((e) => JSON.stringify(e));
    piece += (i > 0 ? ',' : '') + part.join(',');
    if (!io.stdout.write(piece)) await once(io.stdout, 'drain');
    piece = '';
  }
  piece += ']';
  if (mapping !== undefined) piece += `,"mapping":${JSON.stringify(mapping)}`;
  io.stdout.write(piece + '}\n');
}
const ENTITIES_PER_WRITE = 2000;
