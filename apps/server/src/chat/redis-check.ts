import { Redis } from 'ioredis';

/**
 * Fails fast, with a message naming the setting, when `REDIS_URL` points nowhere:
 * the long-lived connections would otherwise retry quietly and the server would
 * start without the bus its other processes rely on.
 */
export async function assertRedisReachable(url: string): Promise<void> {
  const probe = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 5000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  // The failure is reported once, by connect(), not as an unhandled 'error' event.
  probe.on('error', () => undefined);
  try {
    await probe.connect();
    await probe.ping();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`REDIS_URL is set but Redis cannot be reached (${reason})`, { cause: error });
  } finally {
    probe.disconnect();
  }
}
