// The one way the web app talks to the server: same-origin fetch with the CSRF header, problem
// details parsed into field errors, 401 → session-expired flow, network failure → "connection lost".
import { connection } from './connection';

export interface FieldError { path: string; message: string }

/** An RFC 9457 problem from the server, with per-field messages keyed by path. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string | undefined;
  readonly title: string;
  readonly detail: string | undefined;
  readonly fieldErrors: Record<string, string>;
  readonly retryAfterSeconds: number | undefined;
  constructor(status: number, body: Partial<Problem>, retryAfterSeconds?: number) {
    super(body.detail ?? body.title ?? `Request failed (${status})`);
    this.status = status;
    this.code = body.code;
    this.title = body.title ?? 'Something went wrong';
    this.detail = body.detail;
    this.retryAfterSeconds = retryAfterSeconds;
    this.fieldErrors = {};
    for (const e of body.errors ?? []) {
      if (e && typeof e.path === 'string' && !(e.path in this.fieldErrors)) this.fieldErrors[e.path] = e.message;
    }
  }
}

/** The server could not be reached (offline, server restarting). Queries retry these with backoff. */
export class NetworkError extends Error {
  constructor() {
    super('The connection to the server was lost.');
  }
}

interface Problem { type: string; title: string; status: number; detail: string; code: string; errors: FieldError[] }

let csrfToken: string | undefined;
let lastServerDate: number | undefined;
/** The server's clock at its last answer (HTTP Date header): deadlines are measured against it, so a
 * wrong clock on this device does not make the session look expired or everlasting. */
export function serverNow(): number | undefined {
  return lastServerDate;
}
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

type Listener = () => void;
const unauthorisedListeners = new Set<Listener>();
const activityListeners = new Set<Listener>();
/** Called when a request that needed a session got 401: the session has ended. */
export function onUnauthorised(fn: Listener): () => void {
  unauthorisedListeners.add(fn);
  return () => unauthorisedListeners.delete(fn);
}
/** Called after each request the server accepted with a session (it moves the idle deadline). */
export function onActivity(fn: Listener): () => void {
  activityListeners.add(fn);
  return () => activityListeners.delete(fn);
}

export interface RequestOptions {
  /** Requests made without a session (sign-in, setup): a 401 is an answer, not an expiry. */
  anonymous?: boolean;
  signal?: AbortSignal;
}

export async function request<T>(method: string, path: string, body?: unknown, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD') {
    if (csrfToken) headers['x-csrf-token'] = csrfToken;
    if (body === undefined) {
      headers['content-type'] = 'application/json';
      body = {};
    }
  }
  const sent = fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
    cache: 'no-store',
    signal: opts.signal,
  });
  return handle<T>(sent, opts);
}

/** Turns a fetch (made here or by public/boot.js) into data, ApiError or NetworkError. */
export async function handle<T>(sent: Promise<Response>, opts: RequestOptions = {}): Promise<T> {
  let res: Response;
  try {
    res = await sent;
  } catch (err) {
    if (opts.signal?.aborted) throw err;
    connection.reportLost();
    throw new NetworkError();
  }
  connection.reportOk();
  const date = Date.parse(res.headers.get('date') ?? '');
  if (Number.isFinite(date)) lastServerDate = date;
  if (res.ok && !opts.anonymous) for (const fn of activityListeners) fn();
  if (res.status === 204) return undefined as T;
  const type = res.headers.get('content-type') ?? '';
  if (!res.ok) {
    let problem: Partial<Problem> = {};
    if (type.includes('json')) {
      try {
        problem = (await res.json()) as Partial<Problem>;
      } catch {
        problem = {};
      }
    }
    if (res.status >= 500) problem = { title: 'Something went wrong on the server. Please try again.', code: problem.code };
    if (res.status === 502 || res.status === 503 || res.status === 504) {
      connection.reportLost();
      throw new NetworkError();
    }
    // Only "no session" means the session ended; a wrong password on a form is a 401 too.
    if (res.status === 401 && !opts.anonymous && (!problem.code || problem.code === 'unauthenticated')) for (const fn of unauthorisedListeners) fn();
    const retry = Number(res.headers.get('retry-after'));
    throw new ApiError(res.status, problem, Number.isFinite(retry) && retry > 0 ? retry : undefined);
  }
  if (type.includes('json')) return (await res.json()) as T;
  return (await res.text()) as T;
}

export const api = {
  get: <T>(path: string, opts?: RequestOptions) => request<T>('GET', path, undefined, opts),
  post: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('POST', path, body, opts),
  patch: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('PATCH', path, body, opts),
  del: <T>(path: string, opts?: RequestOptions) => request<T>('DELETE', path, undefined, opts),
};

/** Builds a query string from the defined, non-empty values only. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') sp.set(k, String(v));
  const s = sp.toString();
  return s ? `?${s}` : '';
}

/** A plain sentence for any error, for places where there is no field to attach it to. */
export function errorMessage(err: unknown): string {
  if (err instanceof NetworkError) return 'Could not reach the server. Check your connection; nothing you typed has been lost.';
  if (err instanceof ApiError) {
    if (err.status === 401) return 'Your session ended before this was done. Sign in again, then try once more: what you typed is still here.';
    if (err.status === 403) return 'You do not have access to this.';
    if (err.status === 404) return 'This is not available.';
    return err.detail ?? err.title;
  }
  return 'Something went wrong. Please try again.';
}
