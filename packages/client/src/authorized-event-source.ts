import { EventSource } from 'eventsource';

type FetchLike = typeof globalThis.fetch;

/**
 * An EventSource class that sends `Authorization: Bearer`. The browser's own
 * EventSource cannot set headers; this one runs on fetch, in Node and browsers.
 */
export function authorizedEventSource(
  token: string | undefined,
  fetchImpl: FetchLike,
): typeof EventSource {
  return class AuthorizedEventSource extends EventSource {
    constructor(url: string | URL, init?: EventSourceInit) {
      super(url, {
        ...init,
        fetch: (input, requestInit) => {
          const headers = new Headers(requestInit.headers);
          if (token) headers.set('authorization', `Bearer ${token}`);
          return fetchImpl(input, { ...requestInit, headers });
        },
      });
    }
  };
}
