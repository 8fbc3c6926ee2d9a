import { httpBatchLink, httpSubscriptionLink, splitLink, type TRPCLink } from '@trpc/client';
import type { AppRouter } from '@enox/contracts';

export interface LinkOptions {
  /** Where tRPC is mounted; same origin in production (`/trpc`). */
  url: string;
  /** Injected in tests; the browser's fetch otherwise. */
  fetch?: typeof globalThis.fetch;
  /** Injected in tests; the browser's EventSource otherwise. */
  EventSource?: typeof EventSource;
}

/**
 * Subscriptions stream over SSE (`httpSubscriptionLink`); queries and
 * mutations are batched over fetch. Both carry the session cookie.
 */
export function createLinks({
  url,
  fetch: fetchImpl,
  EventSource: EventSourceImpl,
}: LinkOptions): TRPCLink<AppRouter>[] {
  return [
    splitLink({
      condition: (op) => op.type === 'subscription',
      true: httpSubscriptionLink({
        url,
        ...(EventSourceImpl ? { EventSource: EventSourceImpl } : {}),
        eventSourceOptions: { withCredentials: true },
      }),
      false: httpBatchLink({
        url,
        fetch: (input, init) =>
          (fetchImpl ?? globalThis.fetch)(input, { ...init, credentials: 'include' }),
      }),
    }),
  ];
}
