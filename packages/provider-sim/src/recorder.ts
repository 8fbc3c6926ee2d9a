import type { SimBehaviour, SimEndpoint, SimProtocol } from './behaviour.js';
import type { SimRequest, SimRequestState } from './provider-sim.js';

/** The sim's own, writable view of a recorded request. */
export interface RequestRecord extends SimRequest {
  body: unknown;
  protocol: SimProtocol | undefined;
  endpoint: SimEndpoint | 'operation' | 'file' | undefined;
  model: string | undefined;
  behaviour: SimBehaviour | undefined;
  state: SimRequestState;
}

type NewRecord = Pick<RequestRecord, 'method' | 'path' | 'query' | 'headers'>;

/** Keeps every request and knows how many responses are still in progress. */
export class Recorder {
  readonly requests: RequestRecord[] = [];
  #nextId = 1;
  #open = new Set<RequestRecord>();
  #idleWaiters = new Set<() => void>();

  open(fields: NewRecord): RequestRecord {
    const record: RequestRecord = {
      ...fields,
      id: this.#nextId++,
      body: undefined,
      protocol: undefined,
      endpoint: undefined,
      model: undefined,
      behaviour: undefined,
      state: 'open',
    };
    this.requests.push(record);
    this.#open.add(record);
    return record;
  }

  /** Called once per request when its response is over, whatever the reason. */
  settle(record: RequestRecord, state: Exclude<SimRequestState, 'open'>): void {
    if (!this.#open.delete(record)) return;
    record.state = state;
    if (this.#open.size === 0) {
      for (const wake of this.#idleWaiters) wake();
      this.#idleWaiters.clear();
    }
  }

  openCount(): number {
    return this.#open.size;
  }

  waitForIdle(timeoutMs: number): Promise<void> {
    if (this.#open.size === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#idleWaiters.delete(wake);
        reject(
          new Error(
            `provider-sim: ${this.#open.size} response(s) still open after ${timeoutMs} ms`,
          ),
        );
      }, timeoutMs);
      const wake = (): void => {
        clearTimeout(timer);
        resolve();
      };
      this.#idleWaiters.add(wake);
    });
  }

  /** Forgets past requests; those still open keep being tracked until they end. */
  clear(): void {
    this.requests.length = 0;
  }
}
