import { expect, it } from 'vitest';
import { collect, useSim } from './test-clients.js';

const { sim, openai } = await useSim();

it('serves 10 parallel streams, each with its own scripted answer, concurrently', async () => {
  const models = Array.from({ length: 10 }, (_, i) => `model-${i}`);
  sim.script(
    ...models.map((model) => ({
      match: { model },
      behaviour: {
        kind: 'reply' as const,
        text: `answer for ${model} `.repeat(10),
        firstTokenMs: 20,
        tokensPerSecond: 200,
      },
    })),
  );
  let peak = 0;
  const watcher = setInterval(() => (peak = Math.max(peak, sim.openConnections())), 5);
  const started = performance.now();
  const results = await Promise.all(
    // Reverse order: matching is by model, not by arrival.
    [...models].reverse().map(async (model) => {
      const stream = await openai.chat.completions.create({
        model,
        messages: [{ role: 'user', content: 'go' }],
        stream: true,
      });
      const { items, error } = await collect(stream);
      expect(error).toBeUndefined();
      return { model, text: items.map((c) => c.choices[0]?.delta.content ?? '').join('') };
    }),
  );
  clearInterval(watcher);
  const elapsed = performance.now() - started;
  for (const { model, text } of results) expect(text).toBe(`answer for ${model} `.repeat(10));
  // Each stream takes ~170 ms (30 tokens at 200/s); ten in a row would take 1.7 s.
  expect(elapsed).toBeLessThan(1000);
  expect(peak).toBeGreaterThanOrEqual(8);
  expect(sim.pendingSteps()).toBe(0);
});
