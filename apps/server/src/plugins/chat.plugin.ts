import { randomBytes } from 'node:crypto';
import { startProviderSim } from '@enox/provider-sim';
import fp from 'fastify-plugin';
import { assertRedisReachable } from '../chat/redis-check.js';
import { RedisRunEventLog } from '../chat/redis-run-event-log.js';
import { InProcessRunEventLog, type RunEventLog } from '../chat/run-event-log.js';
import { RunRegistry } from '../chat/run-registry.js';
import { localStopRun, RedisStopRelay, type StopRun } from '../chat/run-stop-relay.js';
import type { SecretBox } from '../crypto/secret-box.js';
import type { Config } from '../env.js';
import { createDatabaseMediaStore, type MediaStore } from '../media/media-store.js';
import { environmentCatalogue, simulatedCatalogue } from '../providers/provider-catalogue.js';
import { ProviderAccess, type SimulatorEndpoints } from '../providers/provider-access.js';
import { hasActiveSimulatedProvider, seedProviders } from '../providers/seed-providers.js';
import { interruptStaleStreaming } from '../repositories/message.repository.js';

declare module 'fastify' {
  interface FastifyInstance {
    chatRuntime: ChatRuntime;
  }
}

export interface ChatRuntime {
  readonly log: RunEventLog;
  readonly runs: RunRegistry;
  /** Stops a run in whichever process executes it. */
  readonly stopRun: StopRun;
  readonly media: MediaStore;
  readonly providers: ProviderAccess;
  readonly simulator: SimulatorEndpoints | null;
}

// With several processes (Redis), another process may still be writing a
// recent row; only rows silent this long are taken for dead.
const STALE_AFTER_MS = 60_000;

/**
 * What runs need, owned by the app: providers (seeded on first start, the
 * simulator when the offline provider is on), the run event log and registry,
 * media storage, and recovery of answers a crash left `streaming`.
 */
export interface ChatPluginOptions {
  readonly config: Config;
  readonly secretBox: SecretBox;
  /** A simulator started by the caller (tests script it); otherwise one is started when needed. */
  readonly simulator?: SimulatorEndpoints;
}

export const chatPlugin = fp<ChatPluginOptions>(
  async (app, { config, secretBox, simulator: given }) => {
    // Before anything is started that would need stopping again.
    if (config.redisUrl) await assertRedisReachable(config.redisUrl);
    const env = environmentCatalogue(config.providerKeys);
    const seeded = await seedProviders(
      app.db,
      secretBox,
      env.length > 0 ? env : simulatedCatalogue(),
    );
    if (seeded > 0) app.log.info({ providers: seeded }, 'providers registered on first start');

    let simulator: SimulatorEndpoints | null = given ?? null;
    if (!simulator && (await hasActiveSimulatedProvider(app.db))) {
      const apiKey = `sim-${randomBytes(12).toString('hex')}`;
      const sim = await startProviderSim({ apiKey });
      simulator = { openaiBaseUrl: sim.openaiBaseUrl, geminiBaseUrl: sim.geminiBaseUrl, apiKey };
      app.addHook('onClose', () => sim.close());
    }

    const interrupted = await interruptStaleStreaming(
      app.db,
      config.redisUrl ? new Date(Date.now() - STALE_AFTER_MS) : null,
    );
    if (interrupted > 0)
      app.log.warn({ interrupted }, 'answers cut off by a previous stop marked interrupted');

    // With Redis, several processes share run events and stop requests.
    const runs = new RunRegistry();
    const relay = config.redisUrl ? await RedisStopRelay.start(config.redisUrl, runs) : null;
    const runtime: ChatRuntime = {
      log: config.redisUrl ? new RedisRunEventLog(config.redisUrl) : new InProcessRunEventLog(),
      runs,
      stopRun: relay?.stopRun ?? localStopRun(runs),
      media: createDatabaseMediaStore(app.db),
      providers: new ProviderAccess(app.db, secretBox, simulator),
      simulator,
    };
    app.decorate('chatRuntime', runtime);
    // Runs save their answers before the database closes.
    app.addHook('preClose', async () => {
      await runtime.runs.drain();
    });
    app.addHook('onClose', async () => {
      await Promise.all([runtime.log.close(), relay?.close()]);
    });
  },
  { name: 'enox-chat', dependencies: ['enox-db'] },
);
