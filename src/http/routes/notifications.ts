import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../services/context.js';
import { listNotifications, markNotificationRead } from '../../services/notifications.js';
import { IdParams, NoContent, Notification, responses } from '../schemas.js';

export function notificationRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/v1/notifications', { config: { auth: 'full' }, schema: { tags: ['notifications'], response: responses({ 200: z.array(Notification) }) } }, async (request) =>
      listNotifications(ctx, request.principal!),
    );
    app.post('/api/v1/notifications/:id/read', {
      config: { auth: 'full' },
      schema: { tags: ['notifications'], params: IdParams, body: z.strictObject({}).nullish(), response: responses({ 204: NoContent }) },
    }, async (request, reply) => {
      await markNotificationRead(ctx, request.principal!, request.params.id);
      return reply.code(204).send(null);
    });
  };
}
