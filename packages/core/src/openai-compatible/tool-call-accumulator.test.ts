import { describe, expect, it } from 'vitest';
import { ToolCallAccumulator } from './tool-call-accumulator.js';

describe('ToolCallAccumulator', () => {
  it('joins fragments by index into complete calls', () => {
    const accumulator = new ToolCallAccumulator();
    accumulator.add([{ index: 0, id: 'call_abc', type: 'function', function: { name: 'gene' } }]);
    accumulator.add([{ index: 0, function: { name: 'rate_image' } }]);
    accumulator.add([{ index: 0, function: { arguments: '{"pro' } }]);
    accumulator.add([
      { index: 0, function: { arguments: 'mpt":"cat"}' } },
      { index: 1, id: 'call_def', function: { name: 'generate_tts', arguments: '{"text":"hi"}' } },
    ]);
    expect(accumulator.finish()).toEqual([
      { id: 'call_abc', name: 'generate_image', args: { prompt: 'cat' } },
      { id: 'call_def', name: 'generate_tts', args: { text: 'hi' } },
    ]);
  });

  it('copes with servers that repeat the id and name on every fragment', () => {
    const accumulator = new ToolCallAccumulator();
    accumulator.add([
      { index: 0, id: 'c1', function: { name: 'generate_image', arguments: '{"prompt":' } },
    ]);
    accumulator.add([
      { index: 0, id: 'c1', function: { name: 'generate_image', arguments: '"x"}' } },
    ]);
    expect(accumulator.finish()).toEqual([
      { id: 'c1', name: 'generate_image', args: { prompt: 'x' } },
    ]);
  });

  it('turns malformed arguments into an empty object and invents missing ids', () => {
    const accumulator = new ToolCallAccumulator();
    accumulator.add([
      { index: 0, function: { name: 'generate_image', arguments: '{"prompt": "unterminated' } },
    ]);
    expect(accumulator.finish()).toEqual([{ id: 'call_0', name: 'generate_image', args: {} }]);
  });
});
