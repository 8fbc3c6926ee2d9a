import type { ChatCompletionChunk } from 'openai/resources/chat/completions';
import { describe, expect, it } from 'vitest';
import { fakeToolCallText } from '../fake-tool-call.js';
import type { FakeToolCallFormat } from '../fake-tool-call.js';
import { collect, useSim } from '../test-clients.js';

const { sim, openai } = await useSim();
const user = (content: string) => [{ role: 'user' as const, content }];
const fast = { firstTokenMs: 0, tokensPerSecond: Infinity };

function deltas(chunks: ChatCompletionChunk[]) {
  return chunks.flatMap((c) => c.choices.map((choice) => choice.delta));
}

describe('OpenAI tool calls', () => {
  it('splits each native tool call into argument fragments, reassembled by index', async () => {
    const image = { prompt: 'a red fox in the snow', aspect_ratio: '16:9' };
    const speech = { text: 'Good morning', voice: 'Kore' };
    sim.script({
      behaviour: {
        kind: 'reply',
        toolCalls: [
          { name: 'generate_image', arguments: image, fragments: 4 },
          { name: 'generate_tts', arguments: speech, id: 'call_tts' },
        ],
        ...fast,
      },
    });
    const stream = await openai.chat.completions.create({
      model: 'm',
      messages: user('go'),
      stream: true,
    });
    const { items } = await collect(stream);
    const calls = new Map<number, { id: string; name: string; args: string; fragments: number }>();
    for (const toolCall of deltas(items).flatMap((d) => d.tool_calls ?? [])) {
      const call = calls.get(toolCall.index) ?? { id: '', name: '', args: '', fragments: 0 };
      call.id += toolCall.id ?? '';
      call.name += toolCall.function?.name ?? '';
      if (toolCall.function?.arguments) {
        call.args += toolCall.function.arguments;
        call.fragments += 1;
      }
      calls.set(toolCall.index, call);
    }
    expect(calls.get(0)).toMatchObject({ name: 'generate_image', fragments: 4 });
    expect(JSON.parse(calls.get(0)?.args ?? '')).toEqual(image);
    expect(calls.get(1)).toMatchObject({ id: 'call_tts', name: 'generate_tts', fragments: 3 });
    expect(JSON.parse(calls.get(1)?.args ?? '')).toEqual(speech);
    expect(calls.get(0)?.id).toMatch(/^call_/);
    expect(items.at(-1)?.choices[0]?.finish_reason).toBe('tool_calls');
  });

  it('passes fake tool-call JSON through verbatim, raw or fenced', async () => {
    const formats: FakeToolCallFormat[] = ['tool', 'name', 'function', 'tool_call', 'action'];
    const texts = formats.flatMap((f) => [
      fakeToolCallText(f, 'generate_image', { prompt: 'a lighthouse at dusk' }),
      fakeToolCallText(f, 'generate_image', { prompt: 'a lighthouse at dusk' }, { fenced: true }),
    ]);
    expect(texts[0]).toBe('{"tool":"generate_image","prompt":"a lighthouse at dusk"}');
    expect(texts[9]).toBe(
      '```json\n{"action":"generate_image","action_input":{"prompt":"a lighthouse at dusk"}}\n```',
    );
    sim.script(...texts.map((text) => ({ behaviour: { kind: 'reply' as const, text, ...fast } })));
    for (const text of texts) {
      const stream = await openai.chat.completions.create({
        model: 'm',
        messages: user('x'),
        stream: true,
      });
      const { items } = await collect(stream);
      expect(
        deltas(items)
          .map((d) => d.content ?? '')
          .join(''),
      ).toBe(text);
      expect(deltas(items).some((d) => d.tool_calls)).toBe(false);
    }
  });
});
