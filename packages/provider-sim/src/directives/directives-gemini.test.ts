import { ApiError, type GenerateContentConfig, type GenerateContentResponse } from '@google/genai';
import { describe, expect, it } from 'vitest';
import { fakeToolCallText } from '../fake-tool-call.js';
import { collect, useSim } from '../test-clients.js';

const { sim, gemini } = await useSim();

const mediaTools: GenerateContentConfig['tools'] = [
  {
    functionDeclarations: ['generate_image', 'generate_tts', 'generate_video'].map((name) => ({
      name,
      parametersJsonSchema: { type: 'object', properties: { prompt: { type: 'string' } } },
    })),
  },
];

async function ask(text: string, config: GenerateContentConfig = {}) {
  const stream = await gemini.models.generateContentStream({
    model: 'sim-gemini',
    contents: [{ role: 'user', parts: [{ text }] }],
    config,
  });
  const { items, error } = await collect<GenerateContentResponse>(stream);
  const parts = items.flatMap((r) => r.candidates?.[0]?.content?.parts ?? []);
  return {
    error,
    text: parts
      .filter((p) => !p.thought && p.text)
      .map((p) => p.text)
      .join(''),
    thoughts: parts
      .filter((p) => p.thought)
      .map((p) => p.text)
      .join(''),
    calls: parts.flatMap((p) => (p.functionCall ? [p.functionCall] : [])),
    usage: items.at(-1)?.usageMetadata,
  };
}

describe('directives on the Gemini protocol', () => {
  it('[sim:think] sends thought parts before the text', async () => {
    const reply = await ask('[sim:think] What is a monad?');
    expect(reply.thoughts).toContain('What is a monad?');
    expect(reply.text).not.toBe('');
  });

  it.each([
    ['[sim:image] a red fox', 'generate_image', { prompt: 'a red fox' }],
    ['[sim:tts] Good night', 'generate_tts', { text: 'Good night', prompt: 'Good night' }],
    ['[sim:video] a rocket launch', 'generate_video', { prompt: 'a rocket launch' }],
  ])('%s is a native %s function call', async (message, name, args) => {
    const reply = await ask(message, { tools: mediaTools });
    expect(reply.calls).toEqual([{ name, args }]);
  });

  it('[sim:fake-tool:D:fenced] writes the call as fenced JSON text', async () => {
    const reply = await ask('[sim:fake-tool:D:fenced] a castle', { tools: mediaTools });
    expect(reply.calls).toEqual([]);
    expect(reply.text).toBe(
      fakeToolCallText('tool_call', 'generate_image', { prompt: 'a castle' }, { fenced: true }),
    );
  });

  it('[sim:tokens=N] streams N tokens, counted in usage', async () => {
    const reply = await ask('[sim:tokens=42] go');
    expect(reply.text.split(/\s+/)).toHaveLength(42);
    expect(reply.usage?.candidatesTokenCount).toBe(42);
  });

  it.each([401, 429, 500])('[sim:error=%i] fails with that status', async (status) => {
    const failure = await ask(`[sim:error=${status}]`).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).status).toBe(status);
  });

  it('[sim:error=400-unsupported] refuses thinking, then answers the plain retry', async () => {
    const thinking = { thinkingConfig: { includeThoughts: true } };
    const refused = await ask('[sim:error=400-unsupported]', thinking).catch((e: unknown) => e);
    expect((refused as ApiError).status).toBe(400);
    expect((await ask('[sim:error=400-unsupported] hi')).text).not.toBe('');
  });

  it('[sim:disconnect-after=N] drops the stream', async () => {
    const reply = await ask('[sim:disconnect-after=2] [sim:tokens=9]');
    expect(reply.error).toBeInstanceOf(Error);
    expect(reply.text.split(/\s+/).filter(Boolean)).toHaveLength(2);
  });

  it('[sim:echo] reports the system instruction, the turns and the generation config', async () => {
    const response = await gemini.models.generateContent({
      model: 'sim-gemini',
      contents: [
        {
          role: 'user',
          parts: [
            { text: 'Describe this picture please' },
            { inlineData: { mimeType: 'image/png', data: 'iVBORw0KGgo=' } },
          ],
        },
        { role: 'model', parts: [{ text: 'A cat.' }] },
        { role: 'user', parts: [{ text: '[sim:echo]' }] },
      ],
      config: {
        systemInstruction: 'You are Enox.',
        temperature: 1.2,
        topP: 0.5,
        maxOutputTokens: 1000,
      },
    });
    const text = response.text ?? '';
    expect(text).toContain('Messages: 1 system, 2 user, 1 assistant, 0 tool (4 in all)');
    expect(text).toContain('System prompt: "You are Enox."');
    expect(text).toContain('temperature: 1.2 · top_p: 0.5 · max tokens: 1000');
    expect(text).toContain('2. user: "Describe this picture please" + image/png');
    expect(sim.requests[0]?.behaviour?.kind).toBe('reply');
  });
});
