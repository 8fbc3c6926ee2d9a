import type { AppRouter } from '@enox/contracts';
import {
  createTRPCClient,
  httpBatchLink,
  httpSubscriptionLink,
  splitLink,
  type TRPCClient,
} from '@trpc/client';

export interface EnoxClientOptions {
  /** The server's base URL, e.g. `https://enox.example.com` (the API lives at `/trpc`). */
  readonly url: string;
  /** A personal access token (`enox_pat_…`), sent as `Authorization: Bearer`. */
  readonly token?: string;
  /** A fetch implementation; defaults to the global one (Node ≥ 22, browsers). */
  readonly fetch?: typeof globalThis.fetch;
}

export type EnoxClient = TRPCClient<AppRouter>;

/** A client typed by the server's router: queries, mutations and subscriptions. */
export function createEnoxClient(options: EnoxClientOptions): EnoxClient {
  const base = options.url.replace(/\/+$/, '');
  const url = `${base}/trpc`;
  const headers = (): Record<string, string> =>
    options.token ? { authorization: `Bearer ${options.token}` } : {};
  const fetchImpl = options.fetch ?? globalThis.fetch;

  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.type === 'subscription',
        true: httpSubscriptionLink({ url }),
        false: httpBatchLink({ url, headers, fetch: fetchImpl }),
      }),
    ],
  });
}
