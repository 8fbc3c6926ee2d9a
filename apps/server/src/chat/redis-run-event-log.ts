import type { ChatEvent } from '@enox/contracts';
import { Redis } from 'ioredis';
import type { LoggedEvent, RunEventLog } from './run-event-log.js';

const PREFIX = 'enox:run:';
/** A log nobody ended (its process died) still goes away: an hour after its last event. */
const ORPHAN_TTL_MS = 60 * 60_000;

// Numbering, storing and announcing happen in one step, so a subscriber that
// reads the stream after its subscription is live misses nothing.
const APPEND = `
local seq = redis.call('INCR', KEYS[2])
redis.call('XADD', KEYS[1], seq .. '-0', 'e', ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
redis.call('PEXPIRE', KEYS[2], ARGV[2])
redis.call('PUBLISH', KEYS[3], seq .. ' ' .. ARGV[1])
return seq
`;

type Listener = (event: LoggedEvent) => void;

const keys = (runId: string) => ({
  stream: `${PREFIX}${runId}`,
  seq: `${PREFIX}${runId}:seq`,
  channel: `${PREFIX}${runId}:live`,
});

/**
 * Run events in Redis Streams, shared by every server process: a run appends
 * where it executes, and any process can replay its backlog and follow it live
 * (through one pub/sub connection per process). Ids are the same decimal
 * sequence as in-process, so clients resume across processes alike.
 */
export class RedisRunEventLog implements RunEventLog {
  readonly #redis: Redis;
  readonly #subscriber: Redis;
  readonly #runs = new Map<string, { listeners: Set<Listener>; live: Promise<unknown> }>();

  constructor(
    url: string,
    private readonly retainMs = 5 * 60_000,
  ) {
    this.#redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 3 });
    this.#subscriber = new Redis(url, { lazyConnect: false });
    this.#subscriber.on('message', (channel: string, message: string) => {
      const runId = channel.slice(PREFIX.length, -':live'.length);
      const space = message.indexOf(' ');
      const logged = { id: message.slice(0, space), event: parse(message.slice(space + 1)) };
      for (const listener of this.#runs.get(runId)?.listeners ?? []) listener(logged);
    });
  }

  async append(runId: string, event: ChatEvent): Promise<string> {
    const { stream, seq, channel } = keys(runId);
    const id = await this.#redis.eval(
      APPEND,
      3,
      stream,
      seq,
      channel,
      JSON.stringify(event),
      ORPHAN_TTL_MS,
    );
    return String(id);
  }

  async read(runId: string, afterId?: string): Promise<LoggedEvent[]> {
    const start = afterId !== undefined && /^\d+$/.test(afterId) ? `(${afterId}-0` : '-';
    const entries = await this.#redis.xrange(keys(runId).stream, start, '+');
    return entries.map(([id, fields]) => ({
      id: id.slice(0, id.indexOf('-')),
      event: parse(fields[1] ?? 'null'),
    }));
  }

  async subscribe(runId: string, listener: Listener): Promise<() => void> {
    let run = this.#runs.get(runId);
    if (!run) {
      run = { listeners: new Set(), live: this.#subscriber.subscribe(keys(runId).channel) };
      this.#runs.set(runId, run);
    }
    run.listeners.add(listener);
    const unsubscribe = () => {
      const current = this.#runs.get(runId);
      if (!current?.listeners.delete(listener) || current.listeners.size > 0) return;
      this.#runs.delete(runId);
      void this.#subscriber.unsubscribe(keys(runId).channel).catch(() => undefined);
    };
    try {
      // Once Redis confirms, every later append reaches the listener.
      await run.live;
    } catch (error) {
      unsubscribe();
      throw error;
    }
    return unsubscribe;
  }

  async end(runId: string): Promise<void> {
    const { stream, seq } = keys(runId);
    await this.#redis.multi().pexpire(stream, this.retainMs).pexpire(seq, this.retainMs).exec();
  }

  async close(): Promise<void> {
    this.#runs.clear();
    await Promise.allSettled([this.#redis.quit(), this.#subscriber.quit()]);
  }
}

function parse(json: string): ChatEvent {
  return JSON.parse(json) as ChatEvent;
}
