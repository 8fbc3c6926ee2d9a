import type { AppRouter } from '@enox/contracts';
import {
  createTRPCClient,
  httpBatchLink,
  httpSubscriptionLink,
  splitLink,
  type TRPCClient,
} from '@trpc/client';
import { authorizedEventSource } from './authorized-event-source.js';
import { ChatStream, type ChatStreamInput, type ChatStreamOptions } from './chat-stream.js';

export interface EnoxClientOptions {
  /** The server's base URL, e.g. `https://enox.example.com` (the API lives at `/trpc`). */
  readonly url: string;
  /** A personal access token (`enox_pat_…`), sent as `Authorization: Bearer`. */
  readonly token?: string;
  /** A fetch implementation; defaults to the global one (Node ≥ 22, browsers). */
  readonly fetch?: typeof globalThis.fetch;
}

type TrpcChat = TRPCClient<AppRouter>['chat'];

/** Every procedure of the API, plus `chat.stream`, the resuming streaming helper. */
export type EnoxClient = Omit<TRPCClient<AppRouter>, 'chat'> & {
  readonly chat: TrpcChat & {
    /** Sends a message and streams the answer's events, resuming across dropped connections. */
    stream(input: ChatStreamInput, options?: ChatStreamOptions): ChatStream;
  };
};

/** A client typed by the server's router: queries, mutations and subscriptions. */
export function createEnoxClient(options: EnoxClientOptions): EnoxClient {
  const base = options.url.replace(/\/+$/, '');
  const url = `${base}/trpc`;
  const headers = (): Record<string, string> =>
    options.token ? { authorization: `Bearer ${options.token}` } : {};
  // Looked up per call, so a fetch patched after creation (tests, polyfills) is used.
  const fetchImpl: typeof globalThis.fetch = (input, init) =>
    (options.fetch ?? globalThis.fetch)(input, init);

  const trpc = createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.type === 'subscription',
        true: httpSubscriptionLink({
          url,
          EventSource: authorizedEventSource(options.token, fetchImpl),
        }),
        false: httpBatchLink({ url, headers, fetch: fetchImpl }),
      }),
    ],
  });

  const stream = (input: ChatStreamInput, streamOptions: ChatStreamOptions = {}) =>
    new ChatStream(trpc, input, streamOptions);
  // tRPC's client is a proxy that turns any property into a procedure path, so the
  // helper is layered on with proxies rather than assigned.
  const chat = new Proxy(trpc.chat, {
    get: (target, key) => (key === 'stream' ? stream : Reflect.get(target, key)),
  });
  return new Proxy(trpc, {
    get: (target, key) => (key === 'chat' ? chat : Reflect.get(target, key)),
  }) as unknown as EnoxClient;
}
