// Who is signed in, at what stage, and until when. Watches the idle deadline, warns two minutes
// before it, and turns a 401 into a sign-in dialog over the current page (so nothing typed is lost
// and the user carries on where they were).
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { authApi, type Session, type StageResponse } from '../features/auth/api/auth';
import { ApiError, NetworkError, handle, onActivity, onUnauthorised, serverNow, setCsrfToken } from '../lib/api';
import { backoffMs } from '../lib/connection';
import { clearDrafts } from '../lib/drafts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'offline' }
  /** keepPlace: the session ran out (rather than being ended on purpose), so sign-in returns to the same page. */
  | { status: 'anonymous'; needsSetup: boolean; keepPlace?: boolean }
  | { status: 'signed-in'; session: Session };

interface SessionContextValue {
  state: SessionState;
  /** The session ended under the user's feet (401 or idle deadline passed). */
  expired: boolean;
  /** Milliseconds until the idle deadline, or null when unknown/not signed in. */
  remainingMs: number | null;
  /** Milliseconds until the session's absolute end (cannot be extended). */
  absoluteRemainingMs: number | null;
  accept: (r: StageResponse) => Promise<void>;
  refresh: () => Promise<void>;
  signOut: () => Promise<void>;
  afterSignOutElsewhere: () => void;
  /** Forms holding unsaved case content register here so the expiry warning can say so. */
  registerUnsavedClientText: () => () => void;
  unsavedClientText: boolean;
}

let early: { session: Promise<Session>; status: Promise<unknown> } | undefined;
/** Starts the first session check as early as possible (called once, before the first render). */
export function startSessionCheck(): void {
  // public/boot.js started both requests before this code had even downloaded.
  const boot = (window as { __confidantBoot?: { session: Promise<Response>; status: Promise<Response> } }).__confidantBoot;
  (window as { __confidantBoot?: unknown }).__confidantBoot = undefined;
  const session = boot ? handle<Session>(boot.session, { anonymous: true }) : authApi.session();
  session.catch(() => undefined);
  const status = boot ? handle<{ needsSetup: boolean }>(boot.status, { anonymous: true }) : authApi.setupStatus();
  early = { session, status: status.catch((e: unknown) => e) };
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function useSession(): SessionContextValue {
  const v = useContext(SessionContext);
  if (!v) throw new Error('useSession outside SessionProvider');
  return v;
}

/** The signed-in session; only for components rendered behind the full-stage guard. */
export function useFullSession(): Session {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('not signed in');
  return state.session;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [expired, setExpired] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const [unsaved, setUnsaved] = useState(0);
  // Idle window learnt from the server (idleExpiresAt - time of the answer); each accepted request restarts it.
  const idle = useRef<{ windowMs: number; lastActivity: number; absolute: number } | null>(null);
  const stateRef = useRef(state);
  stateRef.current = state;

  const load = useCallback(async (): Promise<void> => {
    for (let attempt = 0; ; attempt++) {
      // Ask for the session and (in case there is none) the first-run status at once: one round trip.
      // The very first check was started by main.tsx before React rendered.
      const first = early;
      early = undefined;
      const status = first?.status ?? authApi.setupStatus().catch((e: unknown) => e);
      try {
        const session = await (first?.session ?? authApi.session());
        setCsrfToken(session.csrfToken);
        const t = Date.now();
        const server = serverNow() ?? t;
        idle.current = {
          windowMs: session.idleExpiresAt ? Math.max(0, Date.parse(session.idleExpiresAt) - server) : 30 * 60_000,
          lastActivity: t,
          absolute: session.expiresAt ? t + (Date.parse(session.expiresAt) - server) : Number.POSITIVE_INFINITY,
        };
        setExpired(false);
        setState({ status: 'signed-in', session });
        return;
      } catch (err) {
        if (err instanceof ApiError && err.status === 401) {
          setCsrfToken(undefined);
          idle.current = null;
          try {
            const r = await status;
            if (r instanceof Error) throw r;
            setState({ status: 'anonymous', needsSetup: (r as { needsSetup: boolean }).needsSetup, keepPlace: true });
            return;
          } catch (e2) {
            if (!(e2 instanceof NetworkError)) {
              setState({ status: 'anonymous', needsSetup: false });
              return;
            }
          }
        } else if (!(err instanceof NetworkError)) {
          setState({ status: 'anonymous', needsSetup: false });
          return;
        }
        // Network trouble: say so (never a blank page) and keep trying with backoff.
        if (stateRef.current.status === 'loading') setState({ status: 'offline' });
        await new Promise((r) => setTimeout(r, backoffMs(attempt)));
      }
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    const offU = onUnauthorised(() => {
      if (stateRef.current.status === 'signed-in') setExpired(true);
    });
    const offA = onActivity(() => {
      // The server records activity at most every 30 s, so count a request as activity 30 s ago.
      if (idle.current) idle.current.lastActivity = Math.max(idle.current.lastActivity, Date.now() - 30_000);
    });
    return () => {
      offU();
      offA();
    };
  }, []);

  // A one-second clock only while signed in, for the countdown.
  useEffect(() => {
    if (state.status !== 'signed-in') return;
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, [state.status]);

  let remainingMs: number | null = null;
  let absoluteRemainingMs: number | null = null;
  if (state.status === 'signed-in' && idle.current) {
    const i = idle.current;
    remainingMs = Math.min(i.lastActivity + i.windowMs, i.absolute) - now;
    absoluteRemainingMs = i.absolute - now;
  }
  useEffect(() => {
    if (remainingMs !== null && remainingMs <= 0 && !expired) setExpired(true);
  }, [remainingMs, expired]);

  const accept = useCallback(
    async (r: StageResponse) => {
      const prev = stateRef.current;
      setCsrfToken(r.csrfToken);
      if (prev.status === 'signed-in' && prev.session.user.id !== r.user.id) {
        // Someone else signed in over an expired page: start from a clean slate, nothing carried over.
        clearDrafts();
        queryClient.clear();
        window.location.assign('/');
        return;
      }
      await load();
      if (r.stage === 'full') await queryClient.invalidateQueries();
    },
    [load, queryClient],
  );

  // A deliberate sign-out forgets the page they were on: the next person to sign in here starts at home.
  const endLocally = useCallback(() => {
    setCsrfToken(undefined);
    clearDrafts();
    queryClient.clear();
    idle.current = null;
    setExpired(false);
    setState({ status: 'anonymous', needsSetup: false, keepPlace: false });
  }, [queryClient]);
  const signOut = useCallback(async () => {
    try {
      await authApi.logout();
    } catch {
      /* the cookie may already be gone; signing out locally is what matters */
    }
    endLocally();
  }, [endLocally]);

  const afterSignOutElsewhere = endLocally;

  const registerUnsavedClientText = useCallback(() => {
    setUnsaved((n) => n + 1);
    return () => setUnsaved((n) => n - 1);
  }, []);

  const value = useMemo<SessionContextValue>(
    () => ({
      state,
      expired,
      remainingMs,
      absoluteRemainingMs,
      accept,
      refresh: load,
      signOut,
      afterSignOutElsewhere,
      registerUnsavedClientText,
      unsavedClientText: unsaved > 0,
    }),
    [state, expired, remainingMs, absoluteRemainingMs, accept, load, signOut, afterSignOutElsewhere, registerUnsavedClientText, unsaved],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** Marks the calling form as holding unsaved case content while `dirty` is true. */
export function useUnsavedClientText(dirty: boolean): void {
  const { registerUnsavedClientText } = useSession();
  useEffect(() => (dirty ? registerUnsavedClientText() : undefined), [dirty, registerUnsavedClientText]);
}
