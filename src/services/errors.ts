// The one catalogue of expected failures. Services throw AppError with a stable code; the HTTP edge maps
// codes to status and title from this table (src/http/errors.ts), the CLI maps them to messages. Details
// never carry client content or say whether someone else's record exists.
export const ERRORS = {
  validation: { status: 400, title: 'The request is not valid' },
  'malformed-json': { status: 400, title: 'The request body is not valid JSON' },
  'weak-password': { status: 400, title: 'The password does not meet the password policy' },
  unauthenticated: { status: 401, title: 'Please sign in' },
  'invalid-credentials': { status: 401, title: 'The email address or password is not correct' },
  'invalid-code': { status: 401, title: 'The code is not correct' },
  csrf: { status: 403, title: 'The request failed the cross-site request check' },
  forbidden: { status: 403, title: 'You do not have access to this' },
  'stage-required': { status: 403, title: 'Finish signing in first' },
  'password-change-required': { status: 403, title: 'Choose a new password first' },
  'reauth-required': { status: 403, title: 'Confirm your password (and code) again first' },
  'not-found': { status: 404, title: 'Not found' },
  'setup-done': { status: 409, title: 'This installation is already set up' },
  'email-taken': { status: 409, title: 'An account with this email address already exists' },
  'last-admin': { status: 409, title: 'The organisation must keep at least one active administrator' },
  conflict: { status: 409, title: 'The request conflicts with the current state' },
  'body-too-large': { status: 413, title: 'The request body is too large' },
  'unsupported-media-type': { status: 415, title: 'Send JSON (content-type: application/json)' },
  locked: { status: 429, title: 'Too many attempts; try again later' },
  internal: { status: 500, title: 'Something went wrong' },
  unavailable: { status: 503, title: 'The service is busy; try again shortly' },
  'storage-full': { status: 507, title: 'The server has run out of storage space; the change was not saved' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ErrorCode = keyof typeof ERRORS;

export interface FieldIssue {
  path: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly extra: { errors?: FieldIssue[]; retryAfterSeconds?: number } = {},
  ) {
    super(detail ?? ERRORS[code].title);
  }
  get status(): number {
    return ERRORS[this.code].status;
  }
}
