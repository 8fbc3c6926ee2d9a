import { describe, expect, it } from 'vitest';
import type { MatchTarget } from './script.js';
import { ScriptQueue } from './script.js';

const chat: MatchTarget = { protocol: 'openai', endpoint: 'chat', model: 'a', features: [] };

describe('ScriptQueue', () => {
  it('hands out the first matching step, once by default', () => {
    const queue = new ScriptQueue();
    queue.push([
      { match: { model: 'b' }, behaviour: { kind: 'error', status: 500 } },
      { behaviour: { kind: 'error', status: 429 } },
    ]);
    expect(queue.take(chat)).toMatchObject({ status: 429 });
    expect(queue.take(chat)).toBeUndefined();
    expect(queue.take({ ...chat, model: 'b' })).toMatchObject({ status: 500 });
  });

  it('keeps a step for `times` requests', () => {
    const queue = new ScriptQueue();
    queue.push([{ behaviour: { kind: 'hang' }, times: 2 }]);
    expect(queue.take(chat)).toBeDefined();
    expect(queue.size()).toBe(1);
    expect(queue.take(chat)).toBeDefined();
    expect(queue.take(chat)).toBeUndefined();
  });

  it('never hands a behaviour to an endpoint it does not apply to', () => {
    const queue = new ScriptQueue();
    queue.push([
      { behaviour: { kind: 'reply', text: 'x' } },
      { behaviour: { kind: 'video' } },
      { behaviour: { kind: 'media' } },
    ]);
    expect(queue.take({ ...chat, endpoint: 'image' })).toEqual({ kind: 'media' });
    expect(queue.take({ ...chat, endpoint: 'video' })).toEqual({ kind: 'video' });
    expect(queue.take({ ...chat, endpoint: 'models' })).toBeUndefined();
    expect(queue.take(chat)).toEqual({ kind: 'reply', text: 'x' });
  });

  it('lets requests without the refused feature pass an unsupported step', () => {
    const queue = new ScriptQueue();
    queue.push([{ behaviour: { kind: 'unsupported', features: ['thinking'] } }]);
    expect(queue.take({ ...chat, features: ['tools'] })).toBeUndefined();
    expect(queue.take({ ...chat, features: ['tools', 'thinking'] })).toMatchObject({
      kind: 'unsupported',
    });
  });

  it('rejects a step that could never be used', () => {
    expect(() => new ScriptQueue().push([{ behaviour: { kind: 'hang' }, times: 0 }])).toThrow(
      /times/,
    );
  });
});
