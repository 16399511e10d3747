// The DPO's audit routes.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../services/context.js';
import { exportAudit, queryAudit, verifyAuditLog } from '../../services/audit-admin.js';
import { meta } from '../auth.js';
import { AuditRecord, responses } from '../schemas.js';

const IsoTime = z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/, 'Use an ISO 8601 date or time.');

export function auditRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/v1/audit', {
      config: { auth: 'full' },
      schema: {
        tags: ['audit'],
        querystring: z.object({
          actor: z.string().max(64).optional(),
          client: z.string().max(64).optional(),
          action: z.string().max(100).regex(/^[a-z0-9.*-]+$/, 'Letters, digits, dots and dashes only.').optional(),
          from: IsoTime.optional(),
          to: IsoTime.optional(),
          before: z.coerce.number().int().positive().optional(),
          limit: z.coerce.number().int().min(1).max(1000).optional(),
        }),
        response: responses({ 200: z.object({ records: z.array(AuditRecord), nextBefore: z.number().int().nullable() }) }),
      },
    }, async (request) => {
      const q = request.query;
      return queryAudit(ctx, request.principal!, { actorId: q.actor, clientId: q.client, action: q.action, from: q.from, to: q.to, before: q.before, limit: q.limit }, meta(request));
    });

    app.get('/api/v1/audit/verify', {
      config: { auth: 'full' },
      schema: { tags: ['audit'], response: responses({ 200: z.object({ ok: z.boolean(), records: z.number().int(), checkpoints: z.number().int(), firstBad: z.object({ seq: z.number(), problem: z.string() }).optional() }) }) },
    }, async (request) => verifyAuditLog(ctx, request.principal!, meta(request)));

    app.get('/api/v1/audit/export', {
      config: { auth: 'full' },
      schema: {
        tags: ['audit'],
        querystring: z.object({ format: z.enum(['jsonl', 'fhir']).default('jsonl'), from: IsoTime.optional(), to: IsoTime.optional() }),
        response: responses({ 200: z.string().describe('JSON lines, or a FHIR R4 Bundle of AuditEvent resources') }),
      },
    }, async (request, reply) => {
      const r = await exportAudit(ctx, request.principal!, request.query, meta(request));
      reply.header('content-disposition', `attachment; filename="confidant-audit.${request.query.format === 'fhir' ? 'fhir.json' : 'jsonl'}"`);
      // Already a serialised document: bypass the JSON serializer.
      return reply.type(r.contentType).serializer((x: unknown) => x as string).send(r.body);
    });
  };
}
