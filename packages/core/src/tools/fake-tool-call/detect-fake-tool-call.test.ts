import { describe, expect, it } from 'vitest';
import { detectFakeToolCall } from './detect-fake-tool-call.js';
import { FAKE_CALL_FORMATS } from './test-fake-calls.js';

describe('detectFakeToolCall', () => {
  it.each(FAKE_CALL_FORMATS)('recognises the $format format', ({ json, call }) => {
    expect(detectFakeToolCall(JSON.parse(json))).toEqual(call);
  });

  it('recognises the looser variants models produce', () => {
    expect(detectFakeToolCall({ type: 'image', prompt: 'a cat' })).toEqual({
      name: 'generate_image',
      args: { prompt: 'a cat' },
    });
    expect(detectFakeToolCall({ action: 'tts', text: 'hello' })).toEqual({
      name: 'generate_tts',
      args: { text: 'hello' },
    });
    expect(
      detectFakeToolCall({ action: 'dalle.text2im', action_input: 'a dog on a skateboard' }),
    ).toEqual({
      name: 'generate_image',
      args: { input: 'a dog on a skateboard' },
    });
    expect(
      detectFakeToolCall({
        type: 'function',
        function: { name: 'generate_image', arguments: '{"prompt":"x"}' },
      }),
    ).toEqual({ name: 'generate_image', args: { prompt: 'x' } });
  });

  it('leaves ordinary JSON alone', () => {
    expect(detectFakeToolCall({ name: 'Ada', age: 36 })).toBeUndefined();
    expect(detectFakeToolCall({ tool: 'hammer', prompt: 'x' })).toBeUndefined();
    expect(detectFakeToolCall({ tool: 'generate_image' })).toBeUndefined(); // no prompt: not a call
    expect(detectFakeToolCall([1, 2])).toBeUndefined();
    expect(detectFakeToolCall('generate_image')).toBeUndefined();
  });
});
