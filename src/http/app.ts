// buildApp(ctx) assembles the HTTP API (and, when built, the web app) without listening: server.ts listens,
// tests use app.inject(). Security headers, cookies, sessions/CSRF, problem details and logging are set
// up here once for every route.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type RouteOptions } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from 'helmet';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import underPressure from '@fastify/under-pressure';
import fastifyStatic from '@fastify/static';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../services/context.js';
import { errorHandler, problem, sendProblem } from './errors.js';
import { AppError } from '../services/errors.js';
import { registerAuth } from './auth.js';
import { systemRoutes } from './routes/system.js';
import { authRoutes } from './routes/auth.js';
import { userRoutes } from './routes/users.js';
import { clientRoutes } from './routes/clients.js';
import { notificationRoutes } from './routes/notifications.js';
import { auditRoutes } from './routes/audit.js';
import { engineRoutes } from './routes/engines.js';
import { caseRecordRoutes } from './routes/case-record.js';
import { trainingRoutes } from './routes/training.js';
import { consultationRoutes } from './routes/consultations.js';
import { concernRoutes } from './routes/concerns.js';
import { disclosureRoutes } from './routes/disclosures.js';

export const BODY_LIMIT = 1024 * 1024;
/** Overload: consecutive over-threshold samples before requests are refused. */
const PRESSURE_SAMPLES = 2;

export interface BuildOptions {
  /** Folder of the built web app; `false` serves none. Default: <project>/dist/web when it exists. */
  webRoot?: string | false;
  /** Called for every route as it is registered (the access-matrix test enumerates routes with it). */
  onRoute?: (route: RouteOptions) => void;
}

const defaultWebRoot = join(fileURLToPath(new URL('../../', import.meta.url)), 'dist', 'web');

export async function buildApp(ctx: AppContext, opts: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: ctx.logger as unknown as FastifyBaseLogger,
    // Fastify's own request logging would record full URLs (query strings can hold a searched name).
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: BODY_LIMIT,
    // A hop count arrives as text from the environment; Fastify wants a number for that.
    trustProxy: typeof ctx.config.trustProxy === 'string' && /^\d+$/.test(ctx.config.trustProxy) ? (Number(ctx.config.trustProxy) as unknown as string) : ctx.config.trustProxy,
    // Slow clients (slowloris) cannot hold a request open for ever.
    requestTimeout: 30_000,
    genReqId: () => randomUUID(),
    routerOptions: { maxParamLength: 200 },
  }).withTypeProvider<ZodTypeProvider>();
  if (opts.onRoute) app.addHook('onRoute', opts.onRoute);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Only JSON bodies: a cross-site form (urlencoded, multipart, text/plain) cannot reach a handler.
  app.removeContentTypeParser('text/plain');

  app.addHook('onResponse', async (request, reply) => {
    // The route pattern (e.g. /api/v1/clients/:id), never the URL: no ids, no query strings, no bodies.
    request.log.info({ method: request.method, route: request.routeOptions.url ?? 'unmatched', status: reply.statusCode, ms: Math.round(reply.elapsedTime), user: request.principal?.userId }, 'request');
  });

  // Security headers (helmet), the middleware built once: @fastify/helmet rebuilt it on every request (its
  // directives parsed anew each time: about 5% of an audited note read's CPU).
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onRequest', (request, reply, done) => {
    securityHeaders(request.raw, reply.raw, (err?: unknown) => done(err as Error | undefined));
  });
  // Overload (TEST-PLAN T28): under sustained pressure every request, /api/health included (so a load
  // balancer takes the node out of rotation), gets an immediate 503 problem with Retry-After before any
  // database work, instead of queueing until it times out. Thresholds: CONFIDANT_MAX_EVENT_LOOP_DELAY_MS and
  // friends. "Sustained": the threshold is exceeded in PRESSURE_SAMPLES samples in a row. One long stall
  // (start-up compiling every route, one big synchronous job, a test process building its fixtures) is not
  // overload, and shedding after it would refuse requests for no reason.
  const pressure = ctx.config.pressure;
  let streak = 0;
  await app.register(underPressure, {
    maxEventLoopDelay: pressure.maxEventLoopDelayMs,
    maxEventLoopUtilization: pressure.maxEventLoopUtilization,
    eventLoopUtilizationMode: 'interval',
    maxHeapUsedBytes: pressure.maxHeapMb * 1024 * 1024,
    sampleInterval: pressure.sampleIntervalMs,
    // A rejected promise goes on to the error handler: the usual problem body, with Retry-After.
    pressureHandler: async () => {
      if (streak < PRESSURE_SAMPLES) return;
      throw new AppError('unavailable', 'The server is overloaded; try again shortly.', { retryAfterSeconds: pressure.retryAfterSeconds });
    },
  });
  const watch = setInterval(() => {
    streak = app.isUnderPressure() ? streak + 1 : 0;
  }, pressure.sampleIntervalMs).unref();
  app.addHook('onClose', async () => clearInterval(watch));
  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.url.startsWith('/assets/')) reply.header('cache-control', 'no-store');
    return payload;
  });
  await app.register(cookie);
  registerAuth(app, ctx);
  app.setErrorHandler(errorHandler(ctx));

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Confidant API', version: ctx.version, description: 'The confidential case record for helping professionals. Session cookie + x-csrf-token; errors are RFC 9457 problem details.' },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });
  app.get('/api/openapi.json', { config: { auth: 'none' }, schema: { hide: true } }, async () => app.swagger());

  await app.register(systemRoutes(ctx));
  await app.register(authRoutes(ctx));
  await app.register(userRoutes(ctx));
  await app.register(clientRoutes(ctx));
  await app.register(notificationRoutes(ctx));
  await app.register(auditRoutes(ctx));
  await app.register(engineRoutes(ctx));
  await app.register(caseRecordRoutes(ctx));
  await app.register(trainingRoutes(ctx));
  await app.register(consultationRoutes(ctx));
  await app.register(concernRoutes(ctx));
  await app.register(disclosureRoutes(ctx));

  const webRoot = opts.webRoot === undefined ? defaultWebRoot : opts.webRoot;
  const hasWeb = webRoot !== false && existsSync(join(webRoot, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root: webRoot, prefix: '/', index: ['index.html'], wildcard: true });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    // The web app is a single-page app: any non-API GET falls back to its index.html.
    if (hasWeb && (request.method === 'GET' || request.method === 'HEAD') && !path.startsWith('/api')) {
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    }
    return sendProblem(reply, problem('not-found'));
  });
  return app as unknown as FastifyInstance;
}
