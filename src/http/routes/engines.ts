// The decision and redaction engines over HTTP (same shapes as the CLI contracts, CONTRACTS.md §1–2).
// The engines are imported on first use, so that they do not lengthen the server's cold start.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../services/context.js';
import { AppError } from '../../services/errors.js';
import { authorize, orgResource } from '../../services/authorize.js';
import { responses } from '../schemas.js';

export function engineRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/api/v1/assess', {
      config: { auth: 'full' },
      schema: {
        tags: ['engines'],
        summary: 'Assess a confidentiality question (facts as in CONTRACTS.md §1)',
        querystring: z.object({ policy: z.string().max(100).regex(/^[a-z0-9-]+$/).optional() }),
        body: z.record(z.string(), z.unknown()),
        response: responses({ 200: z.record(z.string(), z.unknown()) }),
      },
    }, async (request) => {
      await authorize(ctx, request.principal!, 'engine.use', orgResource(request.principal!));
      const { assessFacts } = await import('../../services/assess.js');
      const out = assessFacts(request.body, { policy: request.query.policy });
      if (!out.ok) {
        throw new AppError('validation', out.error.message, { errors: [{ path: out.error.field, message: out.error.message }] });
      }
      return out.result as unknown as Record<string, unknown>;
    });

    app.post('/api/v1/redact', {
      config: { auth: 'full' },
      schema: {
        tags: ['engines'],
        summary: 'De-identify a text (CONTRACTS.md §2): spans and redacted text with consistent pseudonyms',
        body: z.strictObject({
          text: z.string(),
          known: z.record(z.string(), z.unknown()).optional(),
          pseudonyms: z.record(z.string(), z.string()).optional(),
          returnMapping: z.boolean().optional(),
        }),
        response: responses({ 200: z.record(z.string(), z.unknown()) }),
      },
    }, async (request) => {
      await authorize(ctx, request.principal!, 'engine.use', orgResource(request.principal!));
      const { redactText } = await import('../../services/redact.js');
      const out = redactText(request.body);
      if (!out.ok) throw new AppError('validation', out.error.message, { errors: out.issues.map((i) => ({ path: i.field, message: i.message })) });
      return out.result as unknown as Record<string, unknown>;
    });
  };
}
