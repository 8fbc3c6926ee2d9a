import type { AppRouter } from '@enox/contracts';
import {
  createTRPCClient,
  httpBatchLink,
  httpSubscriptionLink,
  splitLink,
  type TRPCClient,
} from '@trpc/client';
import { EventSource } from 'eventsource';
import { CookieJar } from './inject-client.js';

/**
 * A typed client over real HTTP and SSE, like a browser tab: one cookie jar,
 * batched calls, subscriptions on EventSource with `lastEventId` resumption.
 */
export function createHttpClient(baseUrl: string, jar = new CookieJar()): TRPCClient<AppRouter> {
  const url = `${baseUrl}/trpc`;
  const fetchWithCookies = async (input: string | URL | Request, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    if (jar.cookie) headers.set('cookie', jar.cookie);
    const response = await fetch(input, { ...init, headers });
    for (const line of response.headers.getSetCookie()) {
      const pair = line.split(';')[0] ?? '';
      jar.cookie = pair.endsWith('=') ? '' : pair;
    }
    return response;
  };
  class CookieEventSource extends EventSource {
    constructor(target: string | URL, init?: EventSourceInit) {
      super(target, {
        ...init,
        fetch: (input, requestInit) => fetchWithCookies(input, requestInit),
      });
    }
  }
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.type === 'subscription',
        true: httpSubscriptionLink({ url, EventSource: CookieEventSource }),
        false: httpBatchLink({ url, fetch: fetchWithCookies }),
      }),
    ],
  });
}
