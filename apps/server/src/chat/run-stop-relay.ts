import { Redis } from 'ioredis';
import type { RunRegistry } from './run-registry.js';

const CHANNEL = 'enox:run-stop';

/** Stops a run wherever it executes; true when it was live here or the request went out. */
export type StopRun = (runId: string) => Promise<boolean>;

/** One process: a run is stopped where it is, or it is not running. */
export function localStopRun(runs: RunRegistry): StopRun {
  return (runId) => Promise.resolve(runs.stop(runId));
}

/**
 * Several processes: a run not executing here is asked to stop on the Redis
 * channel every process listens to; the one that runs it stops it.
 */
export class RedisStopRelay {
  readonly #publisher: Redis;
  readonly #subscriber: Redis;

  private constructor(
    url: string,
    private readonly runs: RunRegistry,
  ) {
    this.#publisher = new Redis(url, { maxRetriesPerRequest: 3 });
    this.#subscriber = new Redis(url);
    this.#subscriber.on('message', (_channel: string, runId: string) => runs.stop(runId));
  }

  static async start(url: string, runs: RunRegistry): Promise<RedisStopRelay> {
    const relay = new RedisStopRelay(url, runs);
    await relay.#subscriber.subscribe(CHANNEL);
    return relay;
  }

  readonly stopRun: StopRun = async (runId) => {
    if (this.runs.stop(runId)) return true;
    // Every process listens, this one included: more than one means others heard it.
    return (await this.#publisher.publish(CHANNEL, runId)) > 1;
  };

  async close(): Promise<void> {
    await Promise.allSettled([this.#publisher.quit(), this.#subscriber.quit()]);
  }
}
