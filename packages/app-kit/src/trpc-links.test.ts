import type { AppRouter } from '@enox/contracts';
import { createTRPCUntypedClient } from '@trpc/client';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeClient } from './testing/fake-trpc';
import { createLinks } from './trpc-links';

class FakeEventSource extends EventTarget {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static instances: FakeEventSource[] = [];
  readyState = FakeEventSource.CONNECTING;
  constructor(
    readonly url: string,
    readonly init?: EventSourceInit,
  ) {
    super();
    FakeEventSource.instances.push(this);
  }
  close() {
    this.readyState = FakeEventSource.CLOSED;
  }
}

afterEach(() => {
  FakeEventSource.instances = [];
});

describe('tRPC links', () => {
  it('sends queries over fetch with the session cookie', async () => {
    const { client, requests } = createFakeClient({ result: { data: null } });

    await expect(client.auth.me.query()).resolves.toBeNull();

    expect(requests).toHaveLength(1);
    expect(requests[0]?.url).toMatch(/^http:\/\/enox\.test\/trpc\/auth\.me\?batch=1/);
    expect(requests[0]?.init?.credentials).toBe('include');
  });

  it('batches calls made in the same tick into one request', async () => {
    const { client, requests } = createFakeClient({ result: { data: null } });

    await Promise.all([client.auth.me.query(), client.auth.me.query()]);

    expect(requests).toHaveLength(1);
    expect(requests[0]?.url).toContain('/trpc/auth.me,auth.me?batch=1');
  });

  it('streams subscriptions over SSE with credentials, never over fetch', async () => {
    const fetchCalls: string[] = [];
    const client = createTRPCUntypedClient<AppRouter>({
      links: createLinks({
        url: 'http://enox.test/trpc',
        fetch: async (input) => {
          fetchCalls.push(String(input));
          return new Response('[]');
        },
        EventSource: FakeEventSource as unknown as typeof EventSource,
      }),
    });

    const subscription = client.subscription(
      'chat.events',
      { runId: 'run_1' },
      { onData: () => undefined, onError: () => undefined },
    );
    await expect.poll(() => FakeEventSource.instances.length).toBe(1);
    subscription.unsubscribe();

    const source = FakeEventSource.instances[0];
    expect(source?.url).toMatch(/^http:\/\/enox\.test\/trpc\/chat\.events\?input=/);
    expect(decodeURIComponent(source?.url ?? '')).toContain('"runId":"run_1"');
    expect(source?.init?.withCredentials).toBe(true);
    expect(fetchCalls).toEqual([]);
  });
});
