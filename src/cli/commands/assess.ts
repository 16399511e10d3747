// `confidant assess` — the disclosure decision (CONTRACTS.md §1). Translates only: reads facts,
// calls the assessment service, prints the result. Exit codes: 0 result, 2 invalid input,
// 3 unknown policy pack.
import type { Command } from 'commander';
import { readCommandInput } from './shared.js';
import { CONCERNS, PROFESSIONS } from '../../domain/decision/vocabulary.js';
import type { PolicyLibrary } from '../../services/policy-loader.js';
import { CliExit, type CliIo } from '../io.js';

interface AssessOptions { policy?: string; format?: string; jsonl?: boolean }

export function readInput(file: string | undefined, io: CliIo): Promise<string> {
  return readCommandInput(file, io, { command: 'assess', ttyHint: 'no input: give a FILE, or pipe the facts as JSON on stdin (see `confidant assess --help`)' });
}

/** Loads the policy packs (and the services that read them) only when a command runs. */
export async function loadLibraryForCli(command: string): Promise<PolicyLibrary> {
  const { getPolicyLibrary, PolicyLoadError } = await import('../../services/policy-loader.js');
  try {
    return getPolicyLibrary();
  } catch (e) {
    if (e instanceof PolicyLoadError) throw new CliExit(1, `confidant ${command}: the policy packs could not be loaded; nothing was assessed:\n${e.message}`);
    throw e;
  }
}

function describeError(field: string, message: string): string {
  return `confidant assess: invalid ${field}: ${message}`;
}

export function registerAssess(program: Command, io: CliIo): void {
  program
    .command('assess')
    .summary('decide whether confidentiality may or must be broken, from the facts of a situation')
    .description(
      'Assess a situation: reads one JSON object of facts (or, with --jsonl, one per line) from FILE or stdin\n' +
        'and prints the decision: verdict, whether the law requires it, who receives what, the steps in order,\n' +
        'the citations and a plain-language rationale (CONTRACTS.md §1).\n\n' +
        'Facts: jurisdiction (ISO 3166: GB-ENG, GB-SCT, GB-WLS, GB-NIR, US, US-CA, US-NY, US-TX, AU, AU-NSW,\n' +
        'AU-VIC, AU-QLD or any other code), profession, concern, imminence, severity, clientConsent,\n' +
        'limitsExplained; optional clientJurisdiction, requester, identifiableVictim, clientIsChild,\n' +
        'adultAtRisk, withinCompetence, conflictOfInterest.\n' +
        `  profession: ${PROFESSIONS.join(' | ')}\n` +
        `  concern:    ${CONCERNS.join(' | ')}\n\n` +
        'Without --policy the pack is composed from jurisdiction and profession (e.g. GB-ENG + iag → gb-iag).\n' +
        'Exit codes: 0 a result was produced; 2 invalid input (message on stderr, nothing on stdout);\n' +
        '3 unknown policy pack. With --jsonl a bad line gives {"error":{"field","message"}} on its own line\n' +
        'and the other lines are still assessed (exit 0).\n\n' +
        'Example:\n' +
        `  echo '{"jurisdiction":"GB-ENG","profession":"iag","concern":"risk-to-self","imminence":"foreseeable",` +
        `"severity":"serious","clientConsent":"refused","limitsExplained":true}' | confidant assess --format text`,
    )
    .argument('[file]', 'facts file, or - (the default) for stdin')
    .option('--policy <pack>', 'policy pack to use, e.g. gb-iag (see `confidant policy list`)')
    .option('--format <format>', 'json or text (default: json when stdout is not a terminal, text when it is)')
    .option('--jsonl', 'one facts object per input line; one result (or error) per output line, same order')
    .action(async (file: string | undefined, opts: AssessOptions) => {
      const format = opts.format ?? (io.stdout.isTTY ? 'text' : 'json');
      if (format !== 'json' && format !== 'text') throw new CliExit(2, `confidant assess: invalid --format "${opts.format}"; allowed values: json, text`);
      const library = await loadLibraryForCli('assess');
      const [{ assessFacts, unknownPolicyError }, { renderText }] = await Promise.all([import('../../services/assess.js'), import('../../domain/decision/index.js')]);
      if (opts.policy !== undefined && !library.packs.has(opts.policy)) {
        throw new CliExit(3, `confidant assess: ${unknownPolicyError(opts.policy, library).message}`);
      }
      const text = await readInput(file, io);

      if (!opts.jsonl) {
        let input: unknown;
        try {
          input = JSON.parse(text);
        } catch (e) {
          throw new CliExit(2, describeError('input', `not valid JSON (${(e as Error).message}); give one JSON object of facts, or use --jsonl for one per line`));
        }
        const out = assessFacts(input, { policy: opts.policy, library });
        if (!out.ok) throw new CliExit(out.kind === 'unknown-policy' ? 3 : 2, describeError(out.error.field, out.error.message));
        io.stdout.write(format === 'json' ? JSON.stringify(out.result, null, 2) + '\n' : renderText(out.result));
        return;
      }

      const lines = text.split(/\r?\n/);
      let bad = 0;
      let n = 0;
      const out: string[] = [];
      for (const line of lines) {
        if (!line.trim()) continue;
        n++;
        let input: unknown;
        try {
          input = JSON.parse(line);
        } catch (e) {
          bad++;
          out.push(format === 'json'
            ? JSON.stringify({ error: { field: '(line)', message: `line ${n}: not valid JSON (${(e as Error).message})` } })
            : `--- line ${n}: not valid JSON\n`);
          continue;
        }
        const o = assessFacts(input, { policy: opts.policy, library });
        if (!o.ok) {
          bad++;
          out.push(format === 'json'
            ? JSON.stringify({ error: { field: o.error.field, message: o.error.message, ...(o.error.allowed ? { allowed: o.error.allowed } : {}) } })
            : `--- line ${n}: invalid ${o.error.field}: ${o.error.message}\n`);
        } else {
          out.push(format === 'json' ? JSON.stringify(o.result) : `--- line ${n}\n${renderText(o.result)}`);
        }
      }
      if (out.length) io.stdout.write(out.join('\n') + '\n');
      if (bad) io.stderr.write(`confidant assess: ${bad} of ${n} line(s) could not be assessed (see the "error" lines)\n`);
    });
}
