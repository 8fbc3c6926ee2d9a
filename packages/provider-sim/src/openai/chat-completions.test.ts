import type { ChatCompletionChunk } from 'openai/resources/chat/completions';
import { describe, expect, it } from 'vitest';
import { collect, useSim } from '../test-clients.js';

const { sim, openai } = await useSim();
const user = (content: string) => [{ role: 'user' as const, content }];
const fast = { firstTokenMs: 0, tokensPerSecond: Infinity };

function deltas(chunks: ChatCompletionChunk[]) {
  return chunks.flatMap((c) => c.choices.map((choice) => choice.delta));
}
function reasoningOf(chunks: ChatCompletionChunk[]): string {
  return deltas(chunks)
    .map((d) => (d as { reasoning_content?: string }).reasoning_content ?? '')
    .join('');
}
function contentOf(chunks: ChatCompletionChunk[]): string {
  return deltas(chunks)
    .map((d) => d.content ?? '')
    .join('');
}

describe('OpenAI chat completions (streaming)', () => {
  it('streams reasoning_content before the text, token by token', async () => {
    sim.script({
      behaviour: {
        kind: 'reply',
        reasoning: 'Think about it.',
        text: 'Hello there, friend!',
        ...fast,
      },
    });
    const stream = await openai.chat.completions.create({
      model: 'gpt-test',
      messages: user('hi'),
      stream: true,
    });
    const { items, error } = await collect(stream);
    expect(error).toBeUndefined();
    expect(reasoningOf(items)).toBe('Think about it.');
    expect(contentOf(items)).toBe('Hello there, friend!');
    const firstText = items.findIndex((c) => c.choices[0]?.delta.content);
    const lastReasoning = items.findLastIndex(
      (c) => 'reasoning_content' in (c.choices[0]?.delta ?? {}),
    );
    expect(lastReasoning).toBeLessThan(firstText);
    expect(items.filter((c) => c.choices[0]?.delta.content).length).toBe(3);
    expect(items.at(-1)?.choices[0]?.finish_reason).toBe('stop');
  });

  it('inlines reasoning as <think> tags when asked to', async () => {
    sim.script({
      behaviour: {
        kind: 'reply',
        reasoning: 'hmm',
        text: 'Answer.',
        reasoningFormat: 'think-tags',
        ...fast,
      },
    });
    const stream = await openai.chat.completions.create({
      model: 'm',
      messages: user('q'),
      stream: true,
    });
    const { items } = await collect(stream);
    expect(contentOf(items)).toBe('<think>hmm</think>\n\nAnswer.');
    expect(reasoningOf(items)).toBe('');
  });

  it('ends with a usage chunk with empty choices when include_usage is set', async () => {
    sim.script({
      behaviour: { kind: 'reply', text: 'one two three', usage: { promptTokens: 42 }, ...fast },
    });
    const stream = await openai.chat.completions.create({
      model: 'm',
      messages: user('count'),
      stream: true,
      stream_options: { include_usage: true },
    });
    const { items } = await collect(stream);
    const last = items.at(-1);
    expect(last?.choices).toEqual([]);
    expect(last?.usage).toMatchObject({
      prompt_tokens: 42,
      completion_tokens: 3,
      total_tokens: 45,
    });
    expect(items.slice(0, -1).every((c) => c.usage === null)).toBe(true);
  });

  it('waits firstTokenMs for the first token, then paces by tokensPerSecond', async () => {
    sim.script({
      behaviour: {
        kind: 'reply',
        text: 'a b c d e f g h i j k',
        firstTokenMs: 60,
        tokensPerSecond: 100,
      },
    });
    const started = performance.now();
    const stream = await openai.chat.completions.create({
      model: 'm',
      messages: user('x'),
      stream: true,
    });
    const arrivals: number[] = [];
    for await (const chunk of stream) {
      if (chunk.choices[0]?.delta.content) arrivals.push(performance.now() - started);
    }
    expect(arrivals).toHaveLength(11);
    expect(arrivals[0]).toBeGreaterThanOrEqual(55);
    // 10 intervals of 10 ms after the first token.
    expect((arrivals[10] ?? 0) - (arrivals[0] ?? 0)).toBeGreaterThanOrEqual(90);
  });
});

describe('OpenAI chat completions (non-streaming)', () => {
  it('returns one message with reasoning, tool calls and usage', async () => {
    sim.script({
      behaviour: {
        kind: 'reply',
        reasoning: 'Plan.',
        toolCalls: [{ name: 'generate_video', arguments: { prompt: 'waves' }, id: 'call_1' }],
        ...fast,
      },
    });
    const completion = await openai.chat.completions.create({ model: 'm', messages: user('x') });
    const message = completion.choices[0]?.message;
    expect(message?.content).toBeNull();
    expect((message as { reasoning_content?: string }).reasoning_content).toBe('Plan.');
    expect(message?.tool_calls?.[0]).toMatchObject({
      id: 'call_1',
      type: 'function',
      function: { name: 'generate_video', arguments: '{"prompt":"waves"}' },
    });
    expect(completion.choices[0]?.finish_reason).toBe('tool_calls');
    expect(completion.usage?.completion_tokens_details?.reasoning_tokens).toBe(1);
  });

  it('truncates at max_tokens with finish_reason length', async () => {
    sim.script({ behaviour: { kind: 'reply', text: 'one two three four five six', ...fast } });
    const completion = await openai.chat.completions.create({
      model: 'm',
      messages: user('x'),
      max_tokens: 4,
    });
    expect(completion.choices[0]?.message.content).toBe('one two three four ');
    expect(completion.choices[0]?.finish_reason).toBe('length');
    expect(completion.usage?.completion_tokens).toBe(4);
  });
});
