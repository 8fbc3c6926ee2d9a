import { appRouter, type AppRouter, type Context, type Services } from '@enox/contracts';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import type { CreateFastifyContextOptions } from '@trpc/server/adapters/fastify';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
  }
}

export interface TrpcPluginOptions {
  readonly services: Services;
}

/** The API at `/trpc`: batched queries and mutations, subscriptions over SSE. */
export const trpcPlugin = fp<TrpcPluginOptions>(
  async (app, { services }) => {
    app.decorate('services', services);

    async function createContext({ req, res }: CreateFastifyContextOptions): Promise<Context> {
      const auth = await app.authenticate(req, res);
      return {
        user: auth?.user ?? null,
        services,
        meta: {
          ip: req.ip,
          userAgent: req.headers['user-agent'] ?? null,
          auth: auth?.via ?? null,
          setSessionCookie: (session) => app.setSessionCookie(req, res, session),
          clearSessionCookie: () => app.clearSessionCookie(req, res),
        },
      };
    }

    // Streams must reach the browser as they are written, through any proxy.
    app.addHook('onRequest', async (request, reply) => {
      if (request.method === 'GET' && request.url.startsWith('/trpc/')) {
        reply.header('x-accel-buffering', 'no');
        reply.header('cache-control', 'no-cache, no-transform');
      }
    });

    await app.register(fastifyTRPCPlugin, {
      prefix: '/trpc',
      trpcOptions: {
        router: appRouter,
        createContext,
        onError({ error, path, type }) {
          if (error.code === 'INTERNAL_SERVER_ERROR') {
            app.log.error({ err: error.cause ?? error, path, type }, 'procedure failed');
          }
        },
      } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
    });
  },
  { name: 'enox-trpc', dependencies: ['enox-session'] },
);
