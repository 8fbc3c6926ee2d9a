import { describe, expect, it } from 'vitest';
import { openAICompatiblePresets, presetForBaseUrl } from './provider-presets.js';

describe('provider presets', () => {
  it('knows the base URLs of the supported providers', () => {
    expect(openAICompatiblePresets.openai.baseUrl).toBe('https://api.openai.com/v1');
    expect(openAICompatiblePresets.anthropic.baseUrl).toBe('https://api.anthropic.com/v1/');
    expect(openAICompatiblePresets.groq.baseUrl).toBe('https://api.groq.com/openai/v1');
    expect(openAICompatiblePresets.mistral.baseUrl).toBe('https://api.mistral.ai/v1');
    expect(openAICompatiblePresets.openrouter.baseUrl).toBe('https://openrouter.ai/api/v1');
    expect(openAICompatiblePresets.deepseek.baseUrl).toBe('https://api.deepseek.com');
    expect(openAICompatiblePresets.xai.baseUrl).toBe('https://api.x.ai/v1');
    expect(openAICompatiblePresets.together.baseUrl).toBe('https://api.together.xyz/v1');
    expect(openAICompatiblePresets.ollama.baseUrl).toBe('http://localhost:11434/v1');
    expect(openAICompatiblePresets.lmstudio.baseUrl).toBe('http://localhost:1234/v1');
    expect(openAICompatiblePresets.vllm.baseUrl).toBe('http://localhost:8000/v1');
  });

  it('finds the preset of a stored base URL and treats unknown URLs as plain custom', () => {
    expect(presetForBaseUrl('https://api.anthropic.com/v1').id).toBe('anthropic');
    expect(presetForBaseUrl('https://API.groq.com/openai/v1/').id).toBe('groq');
    expect(presetForBaseUrl(undefined).id).toBe('openai');
    const custom = presetForBaseUrl('http://127.0.0.1:9999/v1');
    expect(custom).toMatchObject({
      id: 'custom',
      baseUrl: 'http://127.0.0.1:9999/v1',
      audioInput: false,
    });
  });
});
