import { describe, expect, it } from 'vitest';
import { createFrameBatcher } from './frame-batcher';

function manualFrames() {
  let pending: (() => void)[] = [];
  return {
    schedule: (callback: () => void) => void pending.push(callback),
    frame: () => {
      const run = pending;
      pending = [];
      for (const callback of run) callback();
    },
    get waiting() {
      return pending.length;
    },
  };
}

describe('createFrameBatcher', () => {
  it('flushes the first item at once, then at most once per frame', () => {
    const frames = manualFrames();
    const flushed: string[][] = [];
    const batcher = createFrameBatcher<string>((items) => flushed.push(items), frames.schedule);

    batcher.push('a');
    expect(flushed).toEqual([['a']]);

    batcher.push('b');
    batcher.push('c');
    expect(flushed).toHaveLength(1);

    frames.frame();
    expect(flushed).toEqual([['a'], ['b', 'c']]);
  });

  it('goes quiet after an empty frame, and flushes the next first item at once again', () => {
    const frames = manualFrames();
    const flushed: number[][] = [];
    const batcher = createFrameBatcher<number>((items) => flushed.push(items), frames.schedule);

    batcher.push(1);
    frames.frame();
    expect(frames.waiting).toBe(0);

    batcher.push(2);
    expect(flushed).toEqual([[1], [2]]);
  });

  it('can be flushed by hand', () => {
    const frames = manualFrames();
    const flushed: number[][] = [];
    const batcher = createFrameBatcher<number>((items) => flushed.push(items), frames.schedule);
    batcher.push(1);
    batcher.push(2);
    batcher.flush();
    expect(flushed).toEqual([[1], [2]]);
    frames.frame();
    expect(flushed).toEqual([[1], [2]]);
  });
});
