// Sign-in, second factor, sign-out, password and re-authentication.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../services/context.js';
import * as auth from '../../services/auth.js';
import { publicUser } from '../../services/principal.js';
import { clearSessionCookie, meta, setSessionCookie } from '../auth.js';
import { Email, NoContent, Password, responses, SignInResponse, Stage, User } from '../schemas.js';

const Code = z.string().trim().min(6).max(10);

export function authRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/api/v1/auth/login', {
      config: { auth: 'none' },
      schema: { tags: ['auth'], body: z.strictObject({ email: Email, password: Password }), response: responses({ 200: SignInResponse }) },
    }, async (request, reply) => {
      const r = await auth.login(ctx, request.body, meta(request), request.principal?.sessionId);
      setSessionCookie(ctx, reply, r.session);
      return { stage: r.stage, user: r.user, csrfToken: r.session.csrfToken };
    });

    app.post('/api/v1/auth/mfa', {
      config: { auth: 'mfa' },
      schema: {
        tags: ['auth'],
        body: z.union([z.strictObject({ code: Code }), z.strictObject({ recoveryCode: z.string().trim().min(8).max(32) })]),
        response: responses({ 200: SignInResponse }),
      },
    }, async (request, reply) => {
      const r = await auth.completeMfa(ctx, request.principal!, request.body, meta(request));
      setSessionCookie(ctx, reply, r.session);
      return { stage: r.stage, user: r.user, csrfToken: r.session.csrfToken };
    });

    app.post('/api/v1/auth/totp/enrol', {
      config: { auth: 'enrol', beforePasswordChange: true },
      schema: { tags: ['auth'], body: z.strictObject({}).nullish(), response: responses({ 200: z.object({ secret: z.string(), otpauthUrl: z.string(), qrSvg: z.string() }) }) },
    }, async (request) => auth.startTotpEnrolment(ctx, request.principal!));

    app.post('/api/v1/auth/totp/confirm', {
      config: { auth: 'enrol', beforePasswordChange: true },
      schema: { tags: ['auth'], body: z.strictObject({ code: Code }), response: responses({ 200: z.object({ recoveryCodes: z.array(z.string()).length(10), stage: z.literal('full'), csrfToken: z.string() }) }) },
    }, async (request, reply) => {
      const r = await auth.confirmTotpEnrolment(ctx, request.principal!, request.body.code, meta(request));
      setSessionCookie(ctx, reply, r.session!);
      return { recoveryCodes: r.recoveryCodes, stage: 'full' as const, csrfToken: r.session!.csrfToken };
    });

    app.post('/api/v1/auth/recovery-codes', {
      config: { auth: 'full' },
      schema: { tags: ['auth'], body: z.strictObject({ password: Password }), response: responses({ 200: z.object({ recoveryCodes: z.array(z.string()).length(10) }) }) },
    }, async (request) => ({ recoveryCodes: await auth.regenerateRecoveryCodes(ctx, request.principal!, request.body.password, meta(request)) }));

    app.get('/api/v1/auth/session', {
      config: { auth: 'any' },
      schema: { tags: ['auth'], response: responses({ 200: z.object({ user: User, stage: Stage, csrfToken: z.string(), expiresAt: z.string(), idleExpiresAt: z.string() }) }) },
    }, async (request) => {
      const p = request.principal!;
      return { user: publicUser(p), stage: p.stage, csrfToken: p.csrfToken, expiresAt: p.expiresAt, idleExpiresAt: p.idleExpiresAt };
    });

    app.post('/api/v1/auth/logout', {
      config: { auth: 'any' },
      schema: { tags: ['auth'], body: z.strictObject({}).nullish(), response: responses({ 204: NoContent }) },
    }, async (request, reply) => {
      await auth.logout(ctx, request.principal!, meta(request));
      clearSessionCookie(ctx, reply);
      return reply.code(204).send(null);
    });

    app.post('/api/v1/auth/logout-all', {
      config: { auth: 'full', beforePasswordChange: true },
      schema: { tags: ['auth'], body: z.strictObject({}).nullish(), response: responses({ 204: NoContent }) },
    }, async (request, reply) => {
      await auth.logoutAll(ctx, request.principal!, meta(request));
      clearSessionCookie(ctx, reply);
      return reply.code(204).send(null);
    });

    app.post('/api/v1/auth/password', {
      config: { auth: 'full', beforePasswordChange: true },
      schema: { tags: ['auth'], body: z.strictObject({ currentPassword: Password, newPassword: Password }), response: responses({ 204: NoContent }) },
    }, async (request, reply) => {
      await auth.changePassword(ctx, request.principal!, request.body, meta(request));
      return reply.code(204).send(null);
    });

    app.post('/api/v1/auth/reauth', {
      config: { auth: 'full' },
      schema: { tags: ['auth'], body: z.strictObject({ password: Password, code: Code.optional() }), response: responses({ 204: NoContent }) },
    }, async (request, reply) => {
      await auth.reauthenticate(ctx, request.principal!, request.body, meta(request));
      return reply.code(204).send(null);
    });

    app.get('/api/v1/me/sessions', {
      config: { auth: 'full', beforePasswordChange: true },
      schema: { tags: ['me'], response: responses({ 200: z.array(z.object({ id: z.string(), createdAt: z.string(), lastSeenAt: z.string(), ip: z.string().nullable(), userAgent: z.string().nullable(), current: z.boolean() })) }) },
    }, async (request) => auth.listSessions(ctx, request.principal!));

    app.delete('/api/v1/me/sessions/:id', {
      config: { auth: 'full', beforePasswordChange: true },
      schema: { tags: ['me'], params: z.strictObject({ id: z.string().min(1).max(64) }), response: responses({ 204: NoContent }) },
    }, async (request, reply) => {
      await auth.endSession(ctx, request.principal!, request.params.id, meta(request));
      return reply.code(204).send(null);
    });

    app.get('/api/v1/me/sign-ins', {
      config: { auth: 'full', beforePasswordChange: true },
      schema: { tags: ['me'], response: responses({ 200: z.array(z.object({ at: z.string(), outcome: z.string(), ip: z.string().nullable() })) }) },
    }, async (request) => auth.recentSignIns(ctx, request.principal!));
  };
}
