import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';

/** Liveness and readiness in one: 200 only when the database answers. */
export async function healthRoute(app: FastifyInstance, options: { version: string }) {
  app.get('/healthz', async (_request, reply) => {
    const started = performance.now();
    try {
      await sql`select 1`.execute(app.db);
      return {
        status: 'ok',
        version: options.version,
        database: {
          status: 'ok',
          backend: app.dbBackend,
          latencyMs: Math.round(performance.now() - started),
        },
      };
    } catch (error) {
      app.log.error({ err: error }, 'health check: database unavailable');
      return reply
        .code(503)
        .send({ status: 'error', version: options.version, database: { status: 'error' } });
    }
  });
}
