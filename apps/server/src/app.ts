import { fileURLToPath } from 'node:url';
import type { Services } from '@enox/contracts';
import Fastify, { type FastifyInstance } from 'fastify';
import type { ThrottlePolicy } from './auth/login-throttle.js';
import { resolveMasterSecret } from './crypto/master-key.js';
import { resealSecrets } from './crypto/reseal-secrets.js';
import { SecretBox } from './crypto/secret-box.js';
import type { DatabaseHandle } from './db/create-database.js';
import type { SimulatorEndpoints } from './providers/provider-access.js';
import type { Config } from './env.js';
import { errorHandler } from './error-handler.js';
import { loggerOptions } from './logger.js';
import { chatPlugin } from './plugins/chat.plugin.js';
import { dbPlugin } from './plugins/db.plugin.js';
import { securityPlugin } from './plugins/security.plugin.js';
import { sessionPlugin } from './plugins/session.plugin.js';
import { staticPlugin } from './plugins/static.plugin.js';
import { trpcPlugin } from './plugins/trpc.plugin.js';
import { adminUsageCsvRoute } from './routes/admin-usage-csv.route.js';
import { healthRoute } from './routes/health.route.js';
import { mediaRoute } from './routes/media.route.js';
import { openaiApiRoutes } from './openai-api/openai-api.routes.js';
import { createModelAccess, createServices } from './services/index.js';
import { version } from './version.js';

export interface BuildAppOptions {
  /** An already open database (tests); otherwise one is opened from config. */
  readonly database?: DatabaseHandle;
  readonly throttlePolicy?: ThrottlePolicy;
  /** An already running provider simulator for the offline provider (tests script it). */
  readonly simulator?: SimulatorEndpoints;
  /** Where the built SPAs live; defaults to the sibling apps' dist folders. */
  readonly spa?: { readonly webDir: string; readonly adminDir: string };
}

const defaultSpa = {
  webDir: fileURLToPath(new URL('../../web/dist', import.meta.url)),
  adminDir: fileURLToPath(new URL('../../admin/dist', import.meta.url)),
};

/** The whole server as one Fastify instance; `main.ts` only listens. */
export async function buildApp(
  config: Config,
  options: BuildAppOptions = {},
): Promise<FastifyInstance> {
  // Resolved first: production must refuse to start without a strong secret.
  const secretBox = new SecretBox(
    await resolveMasterSecret({
      secret: config.secret,
      production: config.env === 'production',
      dataDir: config.dataDir,
    }),
    config.previousSecrets,
  );
  const app = Fastify({
    logger: loggerOptions(config),
    trustProxy: config.trustProxy,
    bodyLimit: config.bodyLimitBytes,
    // tRPC batches put procedure names in the path.
    routerOptions: { maxParamLength: 5_000 },
    // Creating and migrating a new embedded database takes seconds, more on a busy machine.
    pluginTimeout: 120_000,
  });
  app.setErrorHandler(errorHandler);

  await app.register(securityPlugin, { corsOrigins: config.corsOrigins });
  await app.register(dbPlugin, {
    config,
    ...(options.database ? { database: options.database } : {}),
  });
  await app.register(sessionPlugin);
  if (config.previousSecrets.length > 0) {
    const resealed = await resealSecrets(app.db, secretBox);
    app.log.info({ resealed }, 'stored keys re-encrypted with the current master key');
  }
  await app.register(chatPlugin, {
    config,
    secretBox,
    ...(options.simulator ? { simulator: options.simulator } : {}),
  });

  const services: Services = createServices({
    db: app.db,
    lucia: app.lucia,
    secretBox,
    runtime: app.chatRuntime,
    logger: app.log,
    config,
    ...(options.throttlePolicy ? { throttlePolicy: options.throttlePolicy } : {}),
  });
  await app.register(trpcPlugin, { services });
  await app.register(healthRoute, { version });
  await app.register(mediaRoute, { store: app.chatRuntime.media });
  await app.register(openaiApiRoutes, {
    prefix: '/v1',
    db: app.db,
    access: createModelAccess({ db: app.db, config, runtime: app.chatRuntime, secretBox }),
  });
  await app.register(adminUsageCsvRoute, { db: app.db });
  await app.register(staticPlugin, options.spa ?? defaultSpa);

  return app;
}
