import type { SimBehaviour, SimEndpoint, SimProtocol } from './behaviour.js';

export interface ProviderSimOptions {
  /** Default 0: a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** When set, a request carrying another key (or none) gets a 401 in the provider's format. */
  apiKey?: string;
}

/** Which requests a step serves; every field left out matches anything. */
export interface SimMatch {
  protocol?: SimProtocol;
  model?: string;
  endpoint?: SimEndpoint;
}

export interface SimStep {
  match?: SimMatch;
  behaviour: SimBehaviour;
  /** How many requests this step serves (default 1; `Infinity` keeps it until `reset()`). */
  times?: number;
}

/** Where a request stands: `closed-by-client` means the client went away before the end. */
export type SimRequestState = 'open' | 'completed' | 'closed-by-client' | 'dropped-by-sim';

/** A recorded request. `state` is live: it changes when the response ends. */
export interface SimRequest {
  readonly id: number;
  readonly method: string;
  /** Path without the query string, e.g. `/openai/v1/chat/completions`. */
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  /** Lower-case names; `authorization` and `x-goog-api-key` are kept as sent. */
  readonly headers: Readonly<Record<string, string>>;
  /** Parsed JSON body (`undefined` for none, the raw text if it is not JSON). */
  readonly body: unknown;
  readonly protocol: SimProtocol | undefined;
  /** `operation` (Veo polling) and `file` (video download) never consume script steps. */
  readonly endpoint: SimEndpoint | 'operation' | 'file' | undefined;
  readonly model: string | undefined;
  /**
   * The behaviour that served it: a scripted step, or one chosen by a reserved model name or
   * `[sim:…]` directives; `undefined` for the default behaviour.
   */
  readonly behaviour: SimBehaviour | undefined;
  readonly state: SimRequestState;
}

export interface ProviderSim {
  /** e.g. `http://127.0.0.1:43123` */
  readonly url: string;
  /** `${url}/openai/v1`: `new OpenAI({ baseURL: sim.openaiBaseUrl, apiKey })` */
  readonly openaiBaseUrl: string;
  /** `${url}/gemini`: `new GoogleGenAI({ apiKey, httpOptions: { baseUrl: sim.geminiBaseUrl } })` */
  readonly geminiBaseUrl: string;
  /** Queue behaviours; a request consumes the first step that matches it. */
  script(...steps: SimStep[]): void;
  /** Number of queued steps not used up yet. */
  pendingSteps(): number;
  /** Every request received, oldest first. */
  readonly requests: readonly SimRequest[];
  /** Requests whose response is still in progress (connection open, response not finished). */
  openConnections(): number;
  /** Resolves once no response is in progress; rejects after `timeoutMs` (default 2000). */
  waitForIdle(timeoutMs?: number): Promise<void>;
  /** Clears the script queue and the recorded requests. */
  reset(): void;
  close(): Promise<void>;
}
