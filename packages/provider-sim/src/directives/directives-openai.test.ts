import { APIError } from 'openai';
import type {
  ChatCompletionChunk,
  ChatCompletionCreateParamsStreaming,
  ChatCompletionMessageParam,
  ChatCompletionTool,
} from 'openai/resources/chat/completions';
import { describe, expect, it } from 'vitest';
import { fakeToolCallText, type FakeToolCallFormat } from '../fake-tool-call.js';
import { SIM_MESSAGES } from '../messages.js';
import { collect, useSim } from '../test-clients.js';
import { jsonExampleText } from './directive-replies.js';

const { sim, openai } = await useSim();

const mediaTools: ChatCompletionTool[] = ['generate_image', 'generate_tts', 'generate_video'].map(
  (name) => ({
    type: 'function',
    function: { name, parameters: { type: 'object', properties: { prompt: { type: 'string' } } } },
  }),
);

type Extra = Partial<ChatCompletionCreateParamsStreaming>;

/** Streams an answer to `content` (the last user message) through the real SDK. */
async function ask(content: string, extra: Extra = {}, signal?: AbortSignal) {
  const startedAt = performance.now();
  const messages: ChatCompletionMessageParam[] = [{ role: 'user', content }];
  const stream = await openai.chat.completions.create(
    {
      model: 'sim-chat',
      messages,
      stream: true,
      stream_options: { include_usage: true },
      ...extra,
    },
    { signal },
  );
  const { items, error } = await collect<ChatCompletionChunk>(stream);
  const deltas = items.flatMap((c) => c.choices.map((ch) => ch.delta));
  const contentDeltas = deltas.filter((d) => d.content);
  return {
    error,
    text: contentDeltas.map((d) => d.content).join(''),
    textChunks: contentDeltas.length,
    reasoning: deltas
      .map((d) => (d as { reasoning_content?: string }).reasoning_content ?? '')
      .join(''),
    toolCalls: deltas.flatMap((d) => d.tool_calls ?? []),
    usage: items.at(-1)?.usage,
    elapsedMs: performance.now() - startedAt,
  };
}

describe('directives on the OpenAI protocol', () => {
  it('[sim:think] streams reasoning_content first; =tags puts it in <think> tags', async () => {
    const field = await ask('[sim:think] Why is the sky blue?');
    expect(field.reasoning).toContain('Why is the sky blue?');
    expect(field.text).not.toContain('<think>');
    const tags = await ask('[sim:think=tags] Why is the sky blue?');
    expect(tags.reasoning).toBe('');
    expect(tags.text).toMatch(/^<think>[^]*Why is the sky blue\?[^]*<\/think>/);
  });

  it.each([
    ['[sim:image] a red fox', 'generate_image', { prompt: 'a red fox' }],
    ['[sim:tts] Good morning!', 'generate_tts', { text: 'Good morning!', prompt: 'Good morning!' }],
    ['[sim:video]', 'generate_video', { prompt: 'waves rolling onto a beach' }],
  ])('%s is a native %s call split over several chunks', async (message, tool, args) => {
    const reply = await ask(message, { tools: mediaTools });
    expect(reply.toolCalls[0]?.function?.name).toBe(tool);
    expect(reply.toolCalls.length).toBeGreaterThanOrEqual(4);
    const json = reply.toolCalls.map((c) => c.function?.arguments ?? '').join('');
    expect(JSON.parse(json)).toEqual(args);
  });

  it('[sim:image] says so in text when the request offers no such tool', async () => {
    const reply = await ask('[sim:image] a fox');
    expect(reply.toolCalls).toEqual([]);
    expect(reply.text).toContain('does not offer that tool');
  });

  const letters: [string, FakeToolCallFormat][] = [
    ['A', 'tool'],
    ['B', 'name'],
    ['C', 'function'],
    ['D', 'tool_call'],
    ['E', 'action'],
  ];
  it.each(letters)(
    '[sim:fake-tool:%s] answers with the %s format as text',
    async (letter, format) => {
      const raw = await ask(`[sim:fake-tool:${letter}] a snowy owl`, { tools: mediaTools });
      expect(raw.toolCalls).toEqual([]);
      expect(raw.text).toBe(fakeToolCallText(format, 'generate_image', { prompt: 'a snowy owl' }));
      const fenced = await ask(`[sim:fake-tool:${letter}:fenced] say hello there aloud`);
      expect(fenced.text).toBe(
        fakeToolCallText(format, 'generate_tts', { text: 'hello there' }, { fenced: true }),
      );
    },
  );

  it('[sim:json-example] answers with prose around a JSON snippet', async () => {
    const reply = await ask('[sim:json-example] show me a record');
    expect(reply.text).toBe(jsonExampleText());
    expect(reply.text).toContain('"name": "Ada Lovelace"');
  });

  it('[sim:tokens=N] streams exactly N text tokens and reports them as usage', async () => {
    const reply = await ask('[sim:tokens=137] tell me a story');
    expect(reply.textChunks).toBe(137);
    expect(reply.usage?.completion_tokens).toBe(137);
  });

  it('[sim:ttft=MS] and [sim:tps=N] pace the answer (lower bounds only)', async () => {
    const late = await ask('[sim:ttft=300] [sim:tokens=2]');
    expect(late.elapsedMs).toBeGreaterThanOrEqual(290);
    // 11 chunks at 20 per second: the last one is due 10 × 50 ms after the first.
    const slow = await ask('[sim:tps=20] [sim:ttft=0] [sim:tokens=11]');
    expect(slow.elapsedMs).toBeGreaterThanOrEqual(490);
    expect(slow.textChunks).toBe(11);
  });

  it.each([401, 429, 500])('[sim:error=%i] fails with that status', async (status) => {
    const failure = await ask(`[sim:error=${status}] hi`).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(APIError);
    expect((failure as APIError).status).toBe(status);
  });

  it('[sim:error=400-unsupported] refuses the tools a request offers, and only them', async () => {
    const refused = await ask('[sim:error=400-unsupported] hi', { tools: mediaTools }).catch(
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(APIError);
    expect((refused as APIError).status).toBe(400);
    expect((refused as APIError).message).toContain(SIM_MESSAGES.openaiToolsUnsupported);
    const plain = await ask('[sim:error=400-unsupported] hi');
    expect(plain.text).not.toBe('');
  });

  it('[sim:disconnect-after=N] drops the stream after N chunks', async () => {
    const reply = await ask('[sim:disconnect-after=3] [sim:tokens=10]');
    expect(reply.error).toBeInstanceOf(Error);
    expect(reply.textChunks).toBe(3);
    expect(sim.requests[0]?.state).toBe('dropped-by-sim');
  });

  it('[sim:hang] sends nothing until the client gives up, and the sim sees it leave', async () => {
    // The SDK ends an aborted stream quietly: nothing arrived, and only the abort ended it.
    const reply = await ask('[sim:hang] hello', {}, AbortSignal.timeout(200));
    expect(reply.text).toBe('');
    expect(reply.elapsedMs).toBeGreaterThanOrEqual(190);
    await sim.waitForIdle();
    expect(sim.requests[0]?.state).toBe('closed-by-client');
  });

  it('[sim:echo] describes what it received', async () => {
    const completion = await openai.chat.completions.create({
      model: 'sim-chat',
      temperature: 0.3,
      top_p: 0.9,
      max_tokens: 500,
      messages: [
        { role: 'system', content: 'You are a terse assistant who answers in French only.' },
        { role: 'user', content: 'Bonjour' },
        { role: 'assistant', content: 'Salut !' },
        { role: 'user', content: '[sim:echo] What did you get?' },
      ],
    });
    const text = completion.choices[0]?.message.content ?? '';
    expect(text).toContain('Messages: 1 system, 2 user, 1 assistant, 0 tool (4 in all)');
    expect(text).toContain('System prompt: "You are a terse assistant who answers in…"');
    expect(text).toContain('temperature: 0.3 · top_p: 0.9 · max tokens: 500');
    expect(text).toContain('3. assistant: "Salut !"');
    expect(text).toContain('4. user: "[sim:echo] What did you get?"');
  });

  it('reads directives from the last user message only, and explains unknown ones', async () => {
    const stream = await openai.chat.completions.create({
      model: 'sim-chat',
      stream: true,
      messages: [
        { role: 'user', content: '[sim:error=500]' },
        { role: 'user', content: '[sim:tokens=3]' },
      ],
    });
    const { items, error } = await collect(stream);
    expect(error).toBeUndefined();
    expect(items.filter((c) => c.choices[0]?.delta.content)).toHaveLength(3);
    expect((await ask('[sim:teleport] hi')).text).toContain(
      '[sim:teleport] is not a simulator directive.',
    );
    expect((await ask('[sim:help]')).text).toContain('[sim:disconnect-after=N]');
  });
});
