// Session cookie, stage gates and CSRF defence, all decided before the body is even parsed.
//  - The cookie holds the random token; the session row is looked up by its SHA-256.
//  - Each route declares `config.auth`: 'none' | 'any' (any session stage) | 'mfa' | 'enrol' | 'full'.
//  - State-changing methods need a same-origin Origin (when present), and with a session the per-session
//    x-csrf-token header; requests without a session must be JSON (a cross-site form cannot send that).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../services/context.js';
import type { Principal } from '../services/principal.js';
import { resolveSession } from '../services/sessions.js';
import { safeEqual } from '../services/ids.js';
import { problem, sendProblem } from './errors.js';
import type { NewSession } from '../services/sessions.js';

export type AuthLevel = 'none' | 'any' | 'mfa' | 'enrol' | 'full';

declare module 'fastify' {
  interface FastifyContextConfig {
    auth?: AuthLevel;
    /** Reachable while the user must still replace a temporary password. */
    beforePasswordChange?: boolean;
  }
  interface FastifyRequest {
    principal?: Principal;
  }
}

export function cookieName(ctx: AppContext): string {
  // __Host- forces Secure, Path=/ and no Domain: the cookie cannot be set or shadowed by a subdomain.
  return ctx.config.secureCookies ? '__Host-confidant' : 'confidant';
}

export function setSessionCookie(ctx: AppContext, reply: FastifyReply, s: NewSession): void {
  reply.setCookie(cookieName(ctx), s.token, { httpOnly: true, sameSite: 'strict', secure: ctx.config.secureCookies, path: '/' });
}

export function clearSessionCookie(ctx: AppContext, reply: FastifyReply): void {
  reply.clearCookie(cookieName(ctx), { httpOnly: true, sameSite: 'strict', secure: ctx.config.secureCookies, path: '/' });
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function allowedOrigins(ctx: AppContext, request: FastifyRequest): string[] {
  const out: string[] = [];
  try {
    out.push(new URL(`${request.protocol}://${request.host}`).origin);
  } catch {
    // A malformed Host header simply matches nothing.
  }
  if (ctx.config.publicUrl) out.push(new URL(ctx.config.publicUrl).origin);
  return out;
}

export function meta(request: FastifyRequest): { ip: string | null; userAgent: string | null } {
  const ua = request.headers['user-agent'];
  return { ip: request.ip ?? null, userAgent: typeof ua === 'string' ? ua : null };
}

export function registerAuth(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('principal', undefined);
  app.addHook('onRequest', async (request, reply) => {
    const level: AuthLevel = request.routeOptions.config?.auth ?? 'none';
    const token = request.cookies?.[cookieName(ctx)];
    if (token) request.principal = await resolveSession(ctx, token);
    const unsafe = UNSAFE.has(request.method);
    if (unsafe) {
      const origin = request.headers.origin;
      if (origin !== undefined && !allowedOrigins(ctx, request).includes(origin)) return sendProblem(reply, problem('csrf', 'Cross-site request refused.'));
      if (request.headers['sec-fetch-site'] === 'cross-site') return sendProblem(reply, problem('csrf', 'Cross-site request refused.'));
      if (level === 'none') {
        const ct = request.headers['content-type'] ?? '';
        if (!/^application\/json\s*(;|$)/i.test(ct)) return sendProblem(reply, problem('unsupported-media-type'));
      }
    }
    if (level === 'none') return;
    const p = request.principal;
    if (!p) return sendProblem(reply, problem('unauthenticated'));
    if (unsafe) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !safeEqual(sent, p.csrfToken)) return sendProblem(reply, problem('csrf', 'Missing or wrong x-csrf-token header.'));
    }
    if (level === 'any') return;
    if (level === 'mfa') {
      if (p.stage !== 'mfa') return sendProblem(reply, problem('stage-required', 'No second factor is pending for this session.'));
      return;
    }
    if (level === 'enrol') {
      if (p.stage === 'mfa') return sendProblem(reply, problem('stage-required', 'Enter your second factor first.'));
      return;
    }
    if (p.stage !== 'full') return sendProblem(reply, problem('stage-required', p.stage === 'mfa' ? 'Enter your second factor first.' : 'Set up your second factor first.'));
    if (p.mustChangePassword && !request.routeOptions.config?.beforePasswordChange) return sendProblem(reply, problem('password-change-required'));
  });
}
