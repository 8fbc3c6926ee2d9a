import { ApiError, type GenerateContentConfig } from '@google/genai';
import { describe, expect, it } from 'vitest';
import { SIM_MODELS } from '../catalog.js';
import { SIM_MESSAGES } from '../messages.js';
import { useSim } from '../test-clients.js';
import { RESERVED_GEMINI_MODELS } from './model-capabilities.js';

const { sim, gemini, openai } = await useSim();

const thinking: GenerateContentConfig = { thinkingConfig: { includeThoughts: true } };
const tools: GenerateContentConfig = {
  tools: [{ functionDeclarations: [{ name: 'generate_image' }] }],
};

async function outcome(model: string, config: GenerateContentConfig) {
  try {
    const response = await gemini.models.generateContent({ model, contents: 'Hello', config });
    return response.text ? 'answered' : 'empty';
  } catch (error) {
    return error instanceof ApiError ? `${error.status}: ${error.message}` : String(error);
  }
}

describe('reserved Gemini model names', () => {
  it('sim-gemini-no-thinking refuses thinking, and only thinking', async () => {
    expect(await outcome('sim-gemini-no-thinking', thinking)).toMatch(/^400: /);
    expect(await outcome('sim-gemini-no-thinking', thinking)).toContain(
      SIM_MESSAGES.geminiThinkingUnsupported,
    );
    expect(await outcome('sim-gemini-no-thinking', tools)).toBe('answered');
    expect(await outcome('sim-gemini-no-thinking', {})).toBe('answered');
  });

  it('sim-gemini-no-tools refuses tools, and only tools', async () => {
    expect(await outcome('sim-gemini-no-tools', tools)).toContain(
      SIM_MESSAGES.geminiToolsUnsupported,
    );
    expect(await outcome('sim-gemini-no-tools', { ...tools, ...thinking })).toMatch(/^400: /);
    expect(await outcome('sim-gemini-no-tools', thinking)).toBe('answered');
  });

  it('any other name is fully capable, and OpenAI names are never reserved', async () => {
    expect(await outcome('sim-gemini', { ...tools, ...thinking })).toBe('answered');
    expect(await outcome('gemini-2.5-flash', { ...tools, ...thinking })).toBe('answered');
    const completion = await openai.chat.completions.create({
      model: 'sim-gemini-no-tools',
      messages: [{ role: 'user', content: 'hi' }],
      tools: [{ type: 'function', function: { name: 'generate_image' } }],
    });
    expect(completion.choices[0]?.message.content).not.toBe('');
    expect(sim.requests.at(-1)?.behaviour).toBeUndefined();
  });
});

it('lists the reserved models in the catalogue, so the platform offers them offline', () => {
  const gemini = SIM_MODELS.filter((m) => m.protocol === 'gemini').map((m) => m.id);
  expect(gemini).toEqual(expect.arrayContaining(Object.keys(RESERVED_GEMINI_MODELS)));
});
