// The de-identification use-case for the CLI and the HTTP layer (POST /api/v1/redact): validate the
// request, redact, return the result. Errors are values listing every problem with its path.
import { validateKnown, type Known, type RedactOptions, type RedactResult, type Redactor } from '../domain/deid/index.js';
import { getRedactor } from './deid-resources.js';

/** Largest text accepted (UTF-16 code units): 10 MiB of notes. */
export const MAX_REDACT_CHARS = 10 * 1024 * 1024;

export interface RedactIssue {
  field: string;
  message: string;
}

export type RedactOutcome = { ok: true; result: RedactResult & { id?: string } } | { ok: false; error: RedactIssue; issues: RedactIssue[] };

export interface RedactRequest {
  text: string;
  known?: Known;
  /** Cross-note pseudonyms of the same case, as returned in `mapping` by an earlier call. */
  pseudonyms?: Record<string, string>;
  /** Return the identity → pseudonym map (for the author only; never store it in a consultation). */
  returnMapping?: boolean;
}

function fail(issues: RedactIssue[]): RedactOutcome {
  return { ok: false, error: issues[0]!, issues };
}

/** Validates `{ text, known?, pseudonyms?, returnMapping?, id? }` and redacts. Never throws for bad input. */
export function redactText(input: unknown, redactor: Redactor = getRedactor()): RedactOutcome {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return fail([{ field: 'body', message: 'must be a JSON object { "text": "...", "known": { ... } }' }]);
  const v = input as Record<string, unknown>;
  const issues: RedactIssue[] = [];
  if (typeof v.text !== 'string') issues.push({ field: 'text', message: 'must be a string (the note to de-identify)' });
  else if (v.text.length > MAX_REDACT_CHARS) issues.push({ field: 'text', message: `is too long (${v.text.length} characters; at most ${MAX_REDACT_CHARS})` });
  const k = validateKnown(v.known);
  if (!k.ok) for (const i of k.issues) issues.push({ field: i.path, message: i.message });
  let pseudonyms: Record<string, string> | undefined;
  if (v.pseudonyms !== undefined) {
    if (!v.pseudonyms || typeof v.pseudonyms !== 'object' || Array.isArray(v.pseudonyms) || !Object.values(v.pseudonyms).every((x) => typeof x === 'string')) {
      issues.push({ field: 'pseudonyms', message: 'must be an object mapping identity keys to replacement strings (as returned in "mapping")' });
    } else pseudonyms = v.pseudonyms as Record<string, string>;
  }
  if (v.returnMapping !== undefined && typeof v.returnMapping !== 'boolean') issues.push({ field: 'returnMapping', message: 'must be true or false' });
  if (v.id !== undefined && typeof v.id !== 'string' && typeof v.id !== 'number') issues.push({ field: 'id', message: 'must be a string' });
  if (issues.length) return fail(issues);
  const options: RedactOptions = {};
  if (pseudonyms) options.pseudonyms = pseudonyms;
  if (v.returnMapping === true) options.returnMapping = true;
  const result = redactor.redact(v.text as string, k.ok ? k.known : {}, options);
  const out: RedactResult & { id?: string } = v.id !== undefined ? { id: String(v.id), ...result } : result;
  return { ok: true, result: out };
}
