import { describe, expect, it } from 'vitest';
import { mapFinishReason } from './map-finish-reason.js';

describe('mapFinishReason (OpenAI-compatible)', () => {
  it.each([
    ['stop', false, 'stop'],
    ['stop', true, 'tool-calls'],
    ['length', false, 'length'],
    ['tool_calls', true, 'tool-calls'],
    ['content_filter', false, 'content-filter'],
    ['end_turn', false, 'stop'],
    [null, false, 'other'],
    ['something_new', false, 'other'],
  ] as const)('%s (tool calls: %s) → %s', (reason, hasToolCalls, expected) => {
    expect(mapFinishReason(reason, hasToolCalls)).toBe(expected);
  });
});
