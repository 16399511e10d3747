// Health and first-run setup.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../services/context.js';
import { needsSetup, runSetup } from '../../services/setup.js';
import { meta, setSessionCookie } from '../auth.js';
import { Email, Password, responses, User } from '../schemas.js';

export function systemRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/health', {
      config: { auth: 'none' },
      schema: { tags: ['system'], summary: 'Liveness and database kind', response: responses({ 200: z.object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgres']), version: z.string() }) }) },
    }, async () => ({ status: 'ok' as const, database: ctx.store.dialect, version: ctx.version }));

    app.get('/api/v1/setup/status', {
      config: { auth: 'none' },
      schema: { tags: ['setup'], response: responses({ 200: z.object({ needsSetup: z.boolean() }) }) },
    }, async () => ({ needsSetup: await needsSetup(ctx) }));

    app.post('/api/v1/setup', {
      config: { auth: 'none' },
      schema: {
        tags: ['setup'],
        summary: 'Create the organisation and its first administrator (only while no user exists)',
        body: z.strictObject({ organisation: z.string().trim().min(1).max(200), displayName: z.string().trim().min(1).max(200), email: Email, password: Password }),
        response: responses({ 201: z.object({ user: User, stage: z.literal('enrol'), csrfToken: z.string() }) }),
      },
    }, async (request, reply) => {
      const r = await runSetup(ctx, request.body, meta(request));
      setSessionCookie(ctx, reply, r.session!);
      return reply.code(201).send({ user: r.user, stage: 'enrol' as const, csrfToken: r.session!.csrfToken });
    });
  };
}
