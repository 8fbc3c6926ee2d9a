export interface ProbeReading {
  /** performance.now() when the message was sent, on the first token on screen, on completion. */
  readonly sentAt: number;
  readonly firstTokenAt: number;
  readonly completeAt: number;
  /** requestAnimationFrame deltas between sending and completion. */
  readonly frames: number[];
  /** Long tasks (over 50 ms) that started after sending. */
  readonly longTasks: number[];
}

interface Probe {
  start(): void;
  read(): ProbeReading;
}

declare global {
  interface Window {
    __enoxBench?: Probe;
  }
}

/** Runs in the page before any of its scripts (page.addInitScript); must be self-contained. */
function installProbe(): void {
  const longTasks: { start: number; duration: number }[] = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });

  let sentAt = -1;
  let firstTokenAt = -1;
  let completeAt = -1;
  let lastFrame = -1;
  const frames: number[] = [];
  const tick = (frameTime: number) => {
    if (sentAt >= 0 && completeAt < 0) {
      if (lastFrame >= 0) frames.push(frameTime - lastFrame);
      lastFrame = frameTime;
      const answer = document.querySelector('[data-testid="assistant-message"]');
      if (firstTokenAt < 0 && answer?.querySelector('.markdown')?.textContent?.trim()) {
        firstTokenAt = performance.now();
      }
      if (answer?.getAttribute('data-status') === 'complete') completeAt = performance.now();
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);

  window.__enoxBench = {
    start() {
      sentAt = performance.now();
      firstTokenAt = completeAt = lastFrame = -1;
      frames.length = 0;
    },
    read: () => ({
      sentAt,
      firstTokenAt,
      completeAt,
      frames: [...frames],
      longTasks: longTasks.filter((t) => t.start >= sentAt).map((t) => t.duration),
    }),
  };
}

// A string, so the bundler's helpers (e.g. esbuild's `__name`) need not exist in the page.
export const probeScript = `var __name = (f) => f; (${installProbe.toString()})();`;
