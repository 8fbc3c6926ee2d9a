import type { AppRouter } from '@enox/contracts';
import { createTRPCClient, httpLink, type TRPCClient } from '@trpc/client';
import type { FastifyInstance } from 'fastify';

/**
 * A typed API client that talks real HTTP to the app through `inject()` and
 * keeps its session cookie like a browser would: one instance, one person.
 */
export function createInjectClient(
  app: FastifyInstance,
  options: { headers?: Record<string, string>; jar?: CookieJar } = {},
): TRPCClient<AppRouter> {
  const jar = options.jar ?? new CookieJar();
  const fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    const headers: Record<string, string> = { ...options.headers };
    new Headers(init?.headers).forEach((value, key) => (headers[key] = value));
    if (jar.cookie) headers.cookie = jar.cookie;
    const response = await app.inject({
      method: (init?.method ?? 'GET') as 'GET' | 'POST',
      url: url.pathname + url.search,
      headers,
      ...(typeof init?.body === 'string' ? { payload: init.body } : {}),
    });
    const setCookie = response.headers['set-cookie'];
    for (const line of Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []) {
      const pair = line.split(';')[0] ?? '';
      jar.cookie = pair.endsWith('=') ? '' : pair;
    }
    return new Response(response.rawPayload.length ? new Uint8Array(response.rawPayload) : null, {
      status: response.statusCode,
      headers: Object.entries(response.headers).flatMap(([k, v]) =>
        v === undefined
          ? []
          : (Array.isArray(v) ? v : [String(v)]).map((one) => [k, one] as [string, string]),
      ),
    });
  };
  return createTRPCClient<AppRouter>({
    links: [httpLink({ url: 'http://localhost/trpc', fetch })],
  });
}

/** The session cookie of one simulated browser. */
export class CookieJar {
  cookie = '';
}

export type InjectClient = ReturnType<typeof createInjectClient>;
