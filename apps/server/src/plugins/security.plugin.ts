import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import fp from 'fastify-plugin';
import { normaliseOrigin } from '../env.js';

export interface SecurityPluginOptions {
  /** Other origins allowed to call the API with credentials. */
  readonly corsOrigins: readonly string[];
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Security headers with a CSP fitting the SPAs, CORS allow-list, cross-site mutation guard. */
export const securityPlugin = fp<SecurityPluginOptions>(
  async (app, { corsOrigins }) => {
    const allowed = new Set(corsOrigins.map(normaliseOrigin));

    await app.register(helmet, {
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Headless UI primitives position popovers with inline styles.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          mediaSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      // Chromium blocks microphone access for recording unless it is allowed here.
      crossOriginEmbedderPolicy: false,
    });

    await app.register(cors, {
      credentials: true,
      origin: (origin, callback) =>
        callback(null, origin ? allowed.has(normaliseOrigin(origin)) : false),
    });

    // SameSite=Lax already keeps session cookies off cross-site POSTs; this
    // refuses any state-changing request whose Origin is neither us nor allowed.
    app.addHook('onRequest', async (request, reply) => {
      if (SAFE_METHODS.has(request.method)) return;
      const origin = request.headers.origin;
      if (!origin) return;
      const self = normaliseOrigin(`${request.protocol}://${request.host}`);
      const from = normaliseOrigin(origin);
      if (from === self || allowed.has(from)) return;
      return reply.code(403).send({
        error: {
          code: 'CROSS_SITE_REQUEST',
          message: 'This request came from another site and was refused.',
        },
      });
    });
  },
  { name: 'enox-security' },
);
