import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { createEnoxClient, type ChatEvent } from '@enox/client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startChatHarness, type ChatHarness } from './chat-harness.js';

const ANSWER = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');

/**
 * A loopback TCP proxy in front of the server that can cut event streams:
 * it destroys the first `chat.events` connection after `cutAfterEvents`
 * SSE events went through, and refuses the next `refuseAfterCut` ones.
 */
async function startCuttingProxy(
  target: string,
  plan: { cutAfterEvents: number; refuseAfterCut: number },
) {
  const { port: targetPort } = new URL(target);
  const eventRequests: string[] = [];
  const sockets = new Set<Socket>();
  let cut = false;
  let refused = 0;

  const server: Server = createServer((client) => {
    const upstream = connect(Number(targetPort), '127.0.0.1');
    sockets.add(client).add(upstream);
    let isEvents = false;
    let events = 0;
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('data', (bytes: Buffer) => {
      const head = bytes.toString('latin1');
      if (head.startsWith('GET /trpc/chat.events')) {
        isEvents = true;
        eventRequests.push(decodeURIComponent(head.split(' ')[1] ?? ''));
        if (cut && refused < plan.refuseAfterCut) {
          refused += 1;
          return close();
        }
      }
      upstream.write(bytes);
    });
    upstream.on('data', (bytes: Buffer) => {
      client.write(bytes);
      if (!isEvents || cut) return;
      events += bytes.toString('utf8').split('\nid: ').length - 1;
      events += bytes.toString('utf8').startsWith('id: ') ? 1 : 0;
      if (events >= plan.cutAfterEvents) {
        cut = true;
        close();
      }
    });
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    eventRequests,
    wasCut: () => cut,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

const textOf = (events: readonly ChatEvent[]) =>
  events.map((e) => (e.type === 'chunk' ? e.text : '')).join('');

describe('the typed client with a personal access token', () => {
  let h: ChatHarness;
  beforeAll(async () => {
    h = await startChatHarness();
  });
  afterAll(() => h.close());
  beforeEach(() => h.sim.reset());

  async function tokenFor(name: string) {
    const { api } = await h.signUp(name);
    return (await api.tokens.create.mutate({ name: 'typed client' })).token;
  }

  it('streams an answer with chat.stream: events in order, text(), runId and chatId', async () => {
    const client = createEnoxClient({ url: h.url, token: await tokenFor('Typed') });
    const [model] = (await client.models.list.query()).filter((m) => m.modelId === 'sim-chat');
    h.sim.script({ match: { endpoint: 'chat' }, behaviour: { kind: 'reply', text: ANSWER } });

    const stream = client.chat.stream({ modelId: model?.id ?? '', message: 'Count for me' });
    const events: ChatEvent[] = [];
    for await (const event of stream) events.push(event);

    expect(events[0]).toMatchObject({ type: 'meta', runId: stream.runId, chatId: stream.chatId });
    expect(events.at(-1)).toMatchObject({ type: 'done', status: 'complete' });
    expect(textOf(events)).toBe(ANSWER);
    const { items } = await client.chat.messages.query({ chatId: stream.chatId ?? '' });
    expect(items.map((m) => m.content)).toEqual(['Count for me', ANSWER]);

    h.sim.script({ match: { endpoint: 'chat' }, behaviour: { kind: 'reply', text: 'Again.' } });
    const again = client.chat.stream({
      modelId: model?.id ?? '',
      chatId: stream.chatId,
      message: 'Once more',
    });
    expect(await again.text()).toBe('Again.');
    expect(again.chatId).toBe(stream.chatId);
  });

  it('resumes by itself after the event stream is cut mid-answer: no gap, no duplicate', async () => {
    const token = await tokenFor('Resumer');
    const proxy = await startCuttingProxy(h.url, { cutAfterEvents: 6, refuseAfterCut: 1 });
    try {
      const client = createEnoxClient({ url: proxy.url, token });
      const [model] = (await client.models.list.query()).filter((m) => m.modelId === 'sim-chat');
      h.sim.script({
        match: { endpoint: 'chat' },
        behaviour: { kind: 'reply', text: ANSWER, tokensPerSecond: 40 },
      });

      const stream = client.chat.stream({ modelId: model?.id ?? '', message: 'Count slowly' });
      const events: ChatEvent[] = [];
      const ids: string[] = [];
      for await (const event of stream) {
        events.push(event);
        ids.push(stream.lastEventId ?? '');
      }

      expect(proxy.wasCut()).toBe(true);
      // The first attempt after the cut was refused too; a later one resumed from the last id.
      expect(proxy.eventRequests.length).toBeGreaterThanOrEqual(3);
      expect(proxy.eventRequests.slice(1).every((url) => url.includes('"lastEventId"'))).toBe(true);
      expect(textOf(events)).toBe(ANSWER);
      expect(new Set(ids).size).toBe(ids.length);
      expect(events.filter((e) => e.type === 'meta')).toHaveLength(1);
      expect(events.map((e) => e.type).at(-1)).toBe('done');
      // Against the server's own record: the same answer, complete.
      const { items } = await client.chat.messages.query({ chatId: stream.chatId ?? '' });
      expect(items.at(-1)).toMatchObject({ content: ANSWER, status: 'complete' });
    } finally {
      await proxy.close();
    }
  });

  it('gives up at once when the token is revoked while the stream is away', async () => {
    const { api } = await h.signUp('Revoked');
    const created = await api.tokens.create.mutate({ name: 'short-lived' });
    const proxy = await startCuttingProxy(h.url, { cutAfterEvents: 3, refuseAfterCut: 0 });
    try {
      const client = createEnoxClient({ url: proxy.url, token: created.token });
      const [model] = (await client.models.list.query()).filter((m) => m.modelId === 'sim-chat');
      h.sim.script({
        match: { endpoint: 'chat' },
        behaviour: { kind: 'reply', text: ANSWER, tokensPerSecond: 40 },
      });
      const stream = client.chat.stream({ modelId: model?.id ?? '', message: 'Hello?' });
      const started = Date.now();
      const failure = (async () => {
        for await (const event of stream) {
          if (event.type === 'meta') await api.tokens.revoke.mutate({ id: created.id });
        }
      })();
      await expect(failure).rejects.toMatchObject({ data: { code: 'UNAUTHORIZED' } });
      expect(proxy.wasCut()).toBe(true);
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      await proxy.close();
    }
  });
});
