import type { ChatEvent } from '@enox/contracts';

export interface LoggedEvent {
  /** Monotonically increasing within a run; compared with `compareEventIds`. */
  readonly id: string;
  readonly event: ChatEvent;
}

/**
 * The bus that carries run events. A run appends; any number of subscribers
 * (tabs, reconnects, other processes) read the backlog and follow live. This
 * interface is all the chat service knows, so a Redis Streams log can replace
 * the in-process one for several server processes.
 */
export interface RunEventLog {
  append(runId: string, event: ChatEvent): Promise<string>;
  /** Events after `afterId` (all when undefined); empty when the log is unknown or expired. */
  read(runId: string, afterId?: string): Promise<LoggedEvent[]>;
  /**
   * Live events from the moment the promise resolves; it resolves to the unsubscribe
   * function. Subscribe before reading the backlog so nothing falls between.
   */
  subscribe(runId: string, listener: (event: LoggedEvent) => void): Promise<() => void>;
  /** The run is over: keep the log for `retainMs`, then forget it. */
  end(runId: string): Promise<void>;
  close(): Promise<void>;
}

/** Ids are decimal sequence numbers here; longer means later, then lexical order. */
export function compareEventIds(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

interface RunLog {
  readonly events: LoggedEvent[];
  readonly listeners: Set<(event: LoggedEvent) => void>;
  expiry?: NodeJS.Timeout;
}

export class InProcessRunEventLog implements RunEventLog {
  readonly #runs = new Map<string, RunLog>();

  constructor(private readonly retainMs = 5 * 60_000) {}

  #log(runId: string): RunLog {
    let log = this.#runs.get(runId);
    if (!log) {
      log = { events: [], listeners: new Set() };
      this.#runs.set(runId, log);
    }
    return log;
  }

  async append(runId: string, event: ChatEvent): Promise<string> {
    const log = this.#log(runId);
    const logged = { id: String(log.events.length + 1), event };
    log.events.push(logged);
    for (const listener of log.listeners) listener(logged);
    return logged.id;
  }

  async read(runId: string, afterId?: string): Promise<LoggedEvent[]> {
    const events = this.#runs.get(runId)?.events ?? [];
    if (afterId === undefined) return [...events];
    return events.filter((e) => compareEventIds(e.id, afterId) > 0);
  }

  async subscribe(runId: string, listener: (event: LoggedEvent) => void): Promise<() => void> {
    const log = this.#log(runId);
    log.listeners.add(listener);
    return () => {
      log.listeners.delete(listener);
      // A subscription to a run that never started must not leak an empty log.
      if (log.events.length === 0 && log.listeners.size === 0 && this.#runs.get(runId) === log) {
        this.#runs.delete(runId);
      }
    };
  }

  async end(runId: string): Promise<void> {
    const log = this.#runs.get(runId);
    if (!log) return;
    clearTimeout(log.expiry);
    log.expiry = setTimeout(() => this.#runs.delete(runId), this.retainMs);
    log.expiry.unref();
  }

  async close(): Promise<void> {
    for (const log of this.#runs.values()) clearTimeout(log.expiry);
    this.#runs.clear();
  }
}
