// Puts a server problem onto a Mantine form: field errors next to their fields, the rest as one message.
import { ApiError, errorMessage } from './api';

interface ErrorTarget {
  setFieldError: (path: string, error: string) => void;
  values: object;
}

/** Returns the message to show above the form, or null when every problem found its field. */
export function applyServerErrors(form: ErrorTarget, err: unknown, fieldAliases: Record<string, string> = {}): string | null {
  if (err instanceof ApiError && Object.keys(err.fieldErrors).length > 0) {
    const unplaced: string[] = [];
    for (const [path, message] of Object.entries(err.fieldErrors)) {
      const field = fieldAliases[path] ?? path;
      if (hasPath(form.values, field)) form.setFieldError(field, message);
      else unplaced.push(message);
    }
    return unplaced.length ? unplaced.join(' ') : null;
  }
  return errorMessage(err);
}

function hasPath(values: object, path: string): boolean {
  let cur: unknown = values;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object' || !(part in (cur as Record<string, unknown>))) return false;
    cur = (cur as Record<string, unknown>)[part];
  }
  return true;
}
