import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { TEST_KEY, useSim } from '../test-clients.js';

const { sim } = await useSim();
const compat = new OpenAI({
  baseURL: `${sim.geminiBaseUrl}/v1beta/openai`,
  apiKey: TEST_KEY,
  maxRetries: 0,
});
const native = new OpenAI({ baseURL: sim.openaiBaseUrl, apiKey: TEST_KEY, maxRetries: 0 });
const text = 'a b c d e f g h i j';
const pace = { firstTokenMs: 20, tokensPerSecond: 100 };

async function arrivals(client: OpenAI): Promise<{ times: number[]; content: string }> {
  const started = performance.now();
  const stream = await client.chat.completions.create({
    model: 'gemini-2.5-flash',
    messages: [{ role: 'user', content: 'x' }],
    stream: true,
  });
  const times: number[] = [];
  let content = '';
  for await (const chunk of stream) {
    const delta = chunk.choices[0]?.delta.content;
    if (!delta) continue;
    times.push(performance.now() - started);
    content += delta;
  }
  return { times, content };
}

describe("Gemini's OpenAI-compatible endpoint", () => {
  it('buffers the stream: every chunk arrives at once, at the end', async () => {
    sim.script({ behaviour: { kind: 'reply', text, ...pace }, times: 2 });
    const buffered = await arrivals(compat);
    const streamed = await arrivals(native);
    expect(buffered.content).toBe(text);
    expect(streamed.content).toBe(text);
    const spread = (t: number[]) => (t.at(-1) ?? 0) - (t[0] ?? 0);
    expect(spread(streamed.times)).toBeGreaterThanOrEqual(80);
    expect(spread(buffered.times)).toBeLessThan(15);
    // The first buffered chunk only arrives when the whole answer is done.
    expect(buffered.times[0]).toBeGreaterThanOrEqual(100);
    expect(sim.requests[0]).toMatchObject({ protocol: 'gemini', endpoint: 'chat' });
  });
});
