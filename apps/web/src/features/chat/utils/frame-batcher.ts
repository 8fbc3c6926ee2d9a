export type FrameScheduler = (callback: () => void) => void;

/** The next animation frame; a hidden tab gets no frames, so it falls back to a timer. */
export const nextFrame: FrameScheduler = (callback) => {
  if (typeof document !== 'undefined' && document.hidden) setTimeout(callback, 100);
  else requestAnimationFrame(() => callback());
};

export interface FrameBatcher<T> {
  push(item: T): void;
  /** Hands over whatever is queued right now. */
  flush(): void;
}

/**
 * Coalesces a burst of items into at most one flush per frame. The first item
 * after a quiet frame is flushed at once, so the first token of an answer
 * shows in the very frame it arrives; the rest of that frame's items wait for
 * the next one.
 */
export function createFrameBatcher<T>(
  onFlush: (items: T[]) => void,
  schedule: FrameScheduler = nextFrame,
): FrameBatcher<T> {
  let queue: T[] = [];
  let frameOpen = false;

  const flush = () => {
    if (queue.length === 0) return;
    const items = queue;
    queue = [];
    onFlush(items);
  };

  const onFrame = () => {
    if (queue.length === 0) {
      frameOpen = false;
      return;
    }
    flush();
    schedule(onFrame);
  };

  return {
    push(item) {
      queue.push(item);
      if (frameOpen) return;
      frameOpen = true;
      flush();
      schedule(onFrame);
    },
    flush,
  };
}
