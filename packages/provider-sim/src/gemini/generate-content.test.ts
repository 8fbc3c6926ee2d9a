import { FinishReason } from '@google/genai';
import { describe, expect, it } from 'vitest';
import { collect, useSim } from '../test-clients.js';

const { sim, gemini } = await useSim();
const fast = { firstTokenMs: 0, tokensPerSecond: Infinity };

describe('Gemini generateContent', () => {
  it('streams thought parts, then text, then functionCall parts, with final usage', async () => {
    sim.script({
      match: { protocol: 'gemini', model: 'gemini-2.5-flash' },
      behaviour: {
        kind: 'reply',
        reasoning: 'Consider the sky.',
        text: 'Drawing it now.',
        toolCalls: [
          { name: 'generate_image', arguments: { prompt: 'blue sky' } },
          { name: 'generate_tts', arguments: { text: 'hello' } },
        ],
        ...fast,
      },
    });
    const stream = await gemini.models.generateContentStream({
      model: 'gemini-2.5-flash',
      contents: 'draw the sky',
      config: { thinkingConfig: { includeThoughts: true } },
    });
    const { items, error } = await collect(stream);
    expect(error).toBeUndefined();
    expect(sim.requests[0]?.path).toMatch(/:streamGenerateContent$/);
    expect(sim.requests[0]?.query.alt).toBe('sse');
    const parts = items.flatMap((c) => c.candidates?.[0]?.content?.parts ?? []);
    const thoughts = parts.filter((p) => p.thought).map((p) => p.text);
    expect(thoughts.join('')).toBe('Consider the sky.');
    expect(thoughts.length).toBe(3);
    expect(
      parts
        .filter((p) => !p.thought && p.text)
        .map((p) => p.text)
        .join(''),
    ).toBe('Drawing it now.');
    expect(items.at(-1)?.functionCalls).toEqual([
      { name: 'generate_image', args: { prompt: 'blue sky' } },
      { name: 'generate_tts', args: { text: 'hello' } },
    ]);
    const lastIndexOfThought = parts.findLastIndex((p) => p.thought);
    expect(parts.findIndex((p) => p.functionCall)).toBeGreaterThan(lastIndexOfThought);
    expect(items.at(-1)?.candidates?.[0]?.finishReason).toBe(FinishReason.STOP);
    const usage = items.at(-1)?.usageMetadata;
    expect(usage?.thoughtsTokenCount).toBe(3);
    // Text tokens plus the function calls (about four characters per token).
    expect(usage?.candidatesTokenCount).toBeGreaterThan(3);
    expect(usage?.totalTokenCount).toBe(
      (usage?.promptTokenCount ?? 0) + (usage?.candidatesTokenCount ?? 0) + 3,
    );
  });

  it('answers non-streamed requests with the parts merged', async () => {
    sim.script({ behaviour: { kind: 'reply', reasoning: 'Hmm.', text: 'Forty two.', ...fast } });
    const response = await gemini.models.generateContent({
      model: 'g',
      contents: 'meaning of life?',
    });
    expect(response.text).toBe('Forty two.');
    expect(response.candidates?.[0]?.content?.parts?.[0]).toEqual({ text: 'Hmm.', thought: true });
  });

  it('truncates at maxOutputTokens with finish reason MAX_TOKENS', async () => {
    sim.script({ behaviour: { kind: 'reply', text: 'a b c d e f', ...fast } });
    const response = await gemini.models.generateContent({
      model: 'g',
      contents: 'x',
      config: { maxOutputTokens: 2 },
    });
    expect(response.text).toBe('a b ');
    expect(response.candidates?.[0]?.finishReason).toBe(FinishReason.MAX_TOKENS);
  });
});
