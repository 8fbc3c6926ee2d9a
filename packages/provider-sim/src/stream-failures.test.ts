import { APIUserAbortError } from 'openai';
import { describe, expect, it } from 'vitest';
import { collect, useSim } from './test-clients.js';

const { sim, openai, gemini } = await useSim();
const fast = { firstTokenMs: 0, tokensPerSecond: Infinity };
const chat = {
  model: 'm',
  messages: [{ role: 'user' as const, content: 'hi' }],
  stream: true as const,
};

describe('mid-stream disconnects', () => {
  it('surfaces as an error in the OpenAI SDK iteration after the chunks that made it', async () => {
    sim.script({
      behaviour: {
        kind: 'reply',
        text: 'one two three four five',
        disconnectAfterChunks: 3,
        ...fast,
      },
    });
    const { items, error } = await collect(await openai.chat.completions.create(chat));
    expect(error).toBeInstanceOf(Error);
    expect(items.map((c) => c.choices[0]?.delta.content ?? '').join('')).toBe('one two three ');
    expect(sim.requests[0]?.state).toBe('dropped-by-sim');
  });

  it('surfaces as an error in the Gemini SDK iteration', async () => {
    sim.script({
      behaviour: { kind: 'reply', text: 'one two three four', disconnectAfterChunks: 2, ...fast },
    });
    const stream = await gemini.models.generateContentStream({ model: 'g', contents: 'hi' });
    const { items, error } = await collect(stream);
    expect(error).toBeInstanceOf(Error);
    expect(items.map((c) => c.text).join('')).toBe('one two ');
  });

  it('can drop the connection before any answer', async () => {
    sim.script({ behaviour: { kind: 'disconnect' } });
    await expect(openai.chat.completions.create(chat)).rejects.toThrow();
  });
});

describe('hangs', () => {
  it('ends when the client aborts, and the sim sees the connection close', async () => {
    sim.script({ behaviour: { kind: 'hang', afterHeaders: true } });
    const controller = new AbortController();
    const stream = await openai.chat.completions.create(chat, { signal: controller.signal });
    expect(sim.openConnections()).toBe(1);
    setTimeout(() => controller.abort(), 30);
    await collect(stream);
    await sim.waitForIdle();
    expect(sim.openConnections()).toBe(0);
    expect(sim.requests[0]?.state).toBe('closed-by-client');
  });

  it('ends a hang before the headers with the SDK abort error', async () => {
    sim.script({ behaviour: { kind: 'hang' } });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    const request = openai.chat.completions.create(chat, { signal: controller.signal });
    await expect(request).rejects.toBeInstanceOf(APIUserAbortError);
    await sim.waitForIdle();
    expect(sim.requests[0]?.state).toBe('closed-by-client');
  });

  it('stops a Gemini stream mid-answer and lets the client abort it', async () => {
    sim.script({
      behaviour: { kind: 'reply', text: 'one two three', hangAfterChunks: 1, ...fast },
    });
    const controller = new AbortController();
    const stream = await gemini.models.generateContentStream({
      model: 'g',
      contents: 'hi',
      config: { abortSignal: controller.signal },
    });
    const iterator = stream[Symbol.asyncIterator]();
    const first = await iterator.next();
    expect(first.value?.text).toBe('one ');
    controller.abort();
    await expect(iterator.next()).rejects.toThrow();
    await sim.waitForIdle();
    expect(sim.requests[0]?.state).toBe('closed-by-client');
  });
});
