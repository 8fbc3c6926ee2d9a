import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  collectRun,
  startChatHarness,
  textOf,
  thinkingOf,
  type ChatHarness,
} from './chat-harness.js';

const ANSWER = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');

describe('chat runs over SSE', () => {
  let h: ChatHarness;
  beforeAll(async () => {
    h = await startChatHarness();
  });
  afterAll(() => h.close());
  beforeEach(() => h.sim.reset());

  it('lists models of every type without keys or base URLs', async () => {
    const { api } = await h.signUp('Lister');
    const models = await api.models.list.query();
    expect(new Set(models.map((m) => m.type))).toEqual(new Set(['text', 'image', 'tts', 'video']));
    expect(models.every((m) => m.provider.simulated)).toBe(true);
    const wire = JSON.stringify(models);
    expect(wire).not.toContain('sim-test-key');
    expect(wire).not.toContain('127.0.0.1');
  });

  it('streams thinking then text, and persists the finished answer', async () => {
    const { api } = await h.signUp('Thinker');
    h.sim.script({
      match: { endpoint: 'chat' },
      behaviour: {
        kind: 'reply',
        reasoning: 'Let me consider this.',
        text: 'The answer is 42.',
        usage: { promptTokens: 11, completionTokens: 7 },
      },
    });
    const sent = await api.chat.send.mutate({
      modelId: h.model('sim-reasoner').id,
      message: 'What is the answer?',
      thinking: true,
    });
    const { events } = await collectRun(api, sent.runId);

    expect(events[0]).toMatchObject({
      type: 'meta',
      chatId: sent.chatId,
      runId: sent.runId,
      assistantMessageId: sent.runId,
    });
    const types = events.map((e) => e.type);
    expect(types.indexOf('thinking_start')).toBeLessThan(types.indexOf('thinking_done'));
    expect(types.indexOf('thinking_done')).toBeLessThan(types.indexOf('chunk'));
    expect(types.at(-1)).toBe('done');
    expect(thinkingOf(events)).toBe('Let me consider this.');
    expect(textOf(events)).toBe('The answer is 42.');
    expect(events.at(-1)).toMatchObject({
      type: 'done',
      status: 'complete',
      usage: { inputTokens: 11, outputTokens: 7 },
    });

    const { items } = await api.chat.messages.query({ chatId: sent.chatId });
    expect(items.map((m) => [m.role, m.status])).toEqual([
      ['user', 'complete'],
      ['assistant', 'complete'],
    ]);
    expect(items[1]).toMatchObject({
      content: 'The answer is 42.',
      thinking: 'Let me consider this.',
      usage: { inputTokens: 11, outputTokens: 7 },
    });
    const chats = await api.chat.list.query({});
    expect(chats.items[0]).toMatchObject({ id: sent.chatId, title: 'What is the answer?' });
  });

  it('resumes after a dropped connection from lastEventId with no gap and no duplicate', async () => {
    const { api } = await h.signUp('Reconnector');
    h.sim.script({
      match: { endpoint: 'chat' },
      behaviour: { kind: 'reply', text: ANSWER, tokensPerSecond: 100 },
    });
    const sent = await api.chat.send.mutate({
      modelId: h.model('sim-chat').id,
      message: 'Count for me',
    });

    const first = await collectRun(api, sent.runId, {
      stopAfter: (c) => c.events.filter((e) => e.type === 'chunk').length >= 5,
    });
    expect(first.events.at(-1)?.type).toBe('chunk');
    const rest = await collectRun(api, sent.runId, { lastEventId: first.ids.at(-1) });

    const ids = [...first.ids, ...rest.ids].map(Number);
    expect(ids).toEqual(ids.map((_, i) => i + 1));
    expect(textOf([...first.events, ...rest.events])).toBe(ANSWER);
  });

  it('shows two subscribers the same sequence', async () => {
    const { api } = await h.signUp('TwoTabs');
    h.sim.script({
      match: { endpoint: 'chat' },
      behaviour: { kind: 'reply', text: ANSWER, tokensPerSecond: 400 },
    });
    const sent = await api.chat.send.mutate({
      modelId: h.model('sim-chat').id,
      message: 'Two tabs',
    });
    const [a, b] = await Promise.all([collectRun(api, sent.runId), collectRun(api, sent.runId)]);
    expect(a.ids).toEqual(b.ids);
    expect(a.events).toEqual(b.events);
    expect(textOf(a.events)).toBe(ANSWER);
  });

  it('streams events unbuffered: SSE headers that tell proxies not to buffer', async () => {
    const { api } = await h.signUp('Headers');
    const sent = await api.chat.send.mutate({ modelId: h.model('sim-chat').id, message: 'Hi' });
    await collectRun(api, sent.runId);
    const me = await api.auth.me.query();
    const login = await fetch(`${h.url}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: me?.email, password: 'correct horse battery' }),
    });
    const cookie = (login.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
    const input = encodeURIComponent(JSON.stringify({ runId: sent.runId }));
    const res = await fetch(`${h.url}/trpc/chat.events?input=${input}`, { headers: { cookie } });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    expect(res.headers.get('x-accel-buffering')).toBe('no');
    expect(await res.text()).toContain('"type":"done"');
  });

  it('keeps the run going when the subscriber leaves, and replays it from the database later', async () => {
    const { api } = await h.signUp('Leaver');
    h.sim.script({
      match: { endpoint: 'chat' },
      behaviour: { kind: 'reply', text: ANSWER, tokensPerSecond: 400 },
    });
    const sent = await api.chat.send.mutate({
      modelId: h.model('sim-chat').id,
      message: 'Go on without me',
    });
    await collectRun(api, sent.runId, { stopAfter: (c) => c.events.length >= 2 });
    await h.t.app.chatRuntime.log.end(sent.runId);
    await expect
      .poll(async () => (await api.chat.messages.query({ chatId: sent.chatId })).items[1]?.status)
      .toBe('complete');
    expect((await api.chat.messages.query({ chatId: sent.chatId })).items[1]?.content).toBe(ANSWER);
  });

  it('stops on request: the upstream connection closes and the partial answer is kept as stopped', async () => {
    const { api } = await h.signUp('Stopper');
    h.sim.script({
      match: { endpoint: 'chat' },
      behaviour: { kind: 'reply', text: ANSWER, tokensPerSecond: 20 },
    });
    const sent = await api.chat.send.mutate({
      modelId: h.model('sim-chat').id,
      message: 'Talk slowly',
    });
    const seen = await collectRun(api, sent.runId, {
      stopAfter: (c) => c.events.filter((e) => e.type === 'chunk').length >= 3,
    });
    expect(await api.chat.stop.mutate({ runId: sent.runId })).toEqual({ stopped: true });
    const rest = await collectRun(api, sent.runId, { lastEventId: seen.ids.at(-1) });
    expect(rest.events.at(-1)).toMatchObject({ type: 'done', status: 'stopped' });
    await h.sim.waitForIdle();
    expect(h.sim.requests.at(-1)?.state).toBe('closed-by-client');

    const partial = textOf([...seen.events, ...rest.events]);
    expect(partial.length).toBeGreaterThan(0);
    expect(ANSWER.startsWith(partial)).toBe(true);
    expect(partial).not.toBe(ANSWER);
    const stored = (await api.chat.messages.query({ chatId: sent.chatId })).items[1];
    expect(stored).toMatchObject({ status: 'stopped', content: partial });
  });

  it('turns a provider failure into an error event and an error message', async () => {
    const { api } = await h.signUp('Failer');
    h.sim.script({
      match: { endpoint: 'chat' },
      behaviour: { kind: 'error', status: 401, message: 'bad key' },
    });
    const sent = await api.chat.send.mutate({ modelId: h.model('sim-chat').id, message: 'Hello' });
    const { events } = await collectRun(api, sent.runId);
    expect(events.at(-1)).toMatchObject({ type: 'error', code: 'PROVIDER_AUTH' });
    const stored = (await api.chat.messages.query({ chatId: sent.chatId })).items[1];
    expect(stored).toMatchObject({ status: 'error', error: { code: 'PROVIDER_AUTH' } });
  });
});
