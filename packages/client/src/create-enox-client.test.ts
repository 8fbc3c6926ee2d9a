import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEnoxClient } from './create-enox-client.js';

// A bare HTTP endpoint standing in for the server: the client's job is the
// wire (URL, batching, headers), which this records exactly.
describe('createEnoxClient', () => {
  let server: Server;
  let base: string;
  const seen: { url: string; authorization: string | undefined }[] = [];

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res) => {
      seen.push({ url: req.url ?? '', authorization: req.headers.authorization });
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify([{ result: { data: null } }]));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('calls /trpc under the given URL with the bearer token', async () => {
    const client = createEnoxClient({ url: base, token: 'enox_pat_example' });
    expect(await client.auth.me.query()).toBeNull();
    expect(seen.at(-1)).toEqual({
      url: '/trpc/auth.me?batch=1&input=%7B%7D',
      authorization: 'Bearer enox_pat_example',
    });
  });

  it('sends the bearer token on subscriptions too (EventSource cannot, so fetch does)', async () => {
    const client = createEnoxClient({ url: base, token: 'enox_pat_example' });
    const subscription = client.chat.events.subscribe(
      { runId: '6f1c2a7e-8d3b-4c52-9a0e-1b2c3d4e5f60' },
      { onData: () => {} },
    );
    await expect
      .poll(() => seen.find((s) => s.url.startsWith('/trpc/chat.events')))
      .toMatchObject({ authorization: 'Bearer enox_pat_example' });
    subscription.unsubscribe();
  });

  it('adds chat.stream beside the procedures without hiding them', () => {
    const client = createEnoxClient({ url: base, token: 'enox_pat_example' });
    expect(typeof client.chat.stream).toBe('function');
    expect(typeof client.chat.send.mutate).toBe('function');
    expect(typeof client.models.list.query).toBe('function');
  });

  it('sends no authorization header without a token', async () => {
    const client = createEnoxClient({ url: base });
    await client.auth.me.query();
    expect(seen.at(-1)?.authorization).toBeUndefined();
  });
});
