import type { ChatCompletionChunk, ChatCompletionTool } from 'openai/resources/chat/completions';
import { describe, expect, it } from 'vitest';
import { collect, useSim } from '../test-clients.js';

const { openai, gemini } = await useSim();

const mediaTools: ChatCompletionTool[] = ['generate_image', 'generate_tts', 'generate_video'].map(
  (name) => ({
    type: 'function',
    function: {
      name,
      parameters: {
        type: 'object',
        properties: { prompt: { type: 'string' }, text: { type: 'string' } },
      },
    },
  }),
);

async function streamText(content: string, extra: Record<string, unknown> = {}) {
  const stream = await openai.chat.completions.create({
    model: 'sim-chat',
    messages: [{ role: 'user', content }],
    stream: true,
    ...extra,
  });
  const { items } = await collect<ChatCompletionChunk>(stream);
  const deltas = items.flatMap((c) => c.choices.map((ch) => ch.delta));
  return {
    text: deltas.map((d) => d.content ?? '').join(''),
    reasoning: deltas
      .map((d) => (d as { reasoning_content?: string }).reasoning_content ?? '')
      .join(''),
    toolCalls: deltas.flatMap((d) => d.tool_calls ?? []),
    finish: items.find((c) => c.choices[0]?.finish_reason)?.choices[0]?.finish_reason,
  };
}

describe('default behaviour', () => {
  it('answers the same request with the same text, and mentions what was asked', async () => {
    const [first, second, other] = await Promise.all([
      streamText('How do I sort an array in TypeScript?'),
      streamText('How do I sort an array in TypeScript?'),
      streamText('What is a monad?'),
    ]);
    expect(first.text).toBe(second.text);
    expect(first.text).not.toBe(other.text);
    expect(first.text).toContain('How do I sort an array in TypeScript?');
    expect(first.text).toContain('- **');
    expect(first.text).toContain('```ts');
    expect(first.reasoning).toBe('');
  });

  it('thinks first when the request asks for reasoning', async () => {
    const reply = await streamText('Why is the sky blue?', {
      reasoning_effort: 'medium',
      max_tokens: 40,
    });
    expect(reply.reasoning).toContain('Why is the sky blue?');
    expect(reply.text).not.toBe('');
  });

  it.each([
    [
      'Draw a cat wearing a hat',
      'generate_image',
      { prompt: 'a cat wearing a hat', text: 'a cat wearing a hat' },
    ],
    [
      'Please say "good morning" aloud',
      'generate_tts',
      { prompt: 'good morning', text: 'good morning' },
    ],
    [
      'Make a short video of waves crashing',
      'generate_video',
      { prompt: 'waves crashing', text: 'waves crashing' },
    ],
  ])('answers "%s" with a native %s call when the tool is offered', async (message, tool, args) => {
    const reply = await streamText(message, { tools: mediaTools });
    expect(reply.toolCalls[0]?.function?.name).toBe(tool);
    const json = reply.toolCalls.map((c) => c.function?.arguments ?? '').join('');
    expect(JSON.parse(json)).toEqual(args);
    expect(reply.finish).toBe('tool_calls');
  });

  it('answers in text when no tool is offered, or after the tool result', async () => {
    expect((await streamText('Draw a cat', { max_tokens: 5 })).toolCalls).toEqual([]);
    const completion = await openai.chat.completions.create({
      model: 'sim-chat',
      tools: mediaTools,
      messages: [
        { role: 'user', content: 'Draw a cat' },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            { id: 'c1', type: 'function', function: { name: 'generate_image', arguments: '{}' } },
          ],
        },
        { role: 'tool', tool_call_id: 'c1', content: 'image ready' },
      ],
    });
    expect(completion.choices[0]?.message.tool_calls).toBeUndefined();
    expect(completion.choices[0]?.message.content).toMatch(/ready/);
  });

  it('calls Gemini functions and includes thoughts when includeThoughts is set', async () => {
    const response = await gemini.models.generateContent({
      model: 'sim-gemini',
      contents: 'Generate an image of a red bicycle',
      config: {
        thinkingConfig: { includeThoughts: true },
        tools: [{ functionDeclarations: [{ name: 'generate_image' }] }],
      },
    });
    expect(response.functionCalls).toEqual([
      { name: 'generate_image', args: { prompt: 'a red bicycle' } },
    ]);
    expect(response.candidates?.[0]?.content?.parts?.[0]?.thought).toBe(true);
  });

  it('reports prompt usage at about four characters per token', async () => {
    const completion = await openai.chat.completions.create({
      model: 'sim-chat',
      messages: [{ role: 'user', content: 'x'.repeat(400) }],
      max_tokens: 1,
    });
    expect(completion.usage?.prompt_tokens).toBe(100);
  });
});
