import { setTimeout as delay } from 'node:timers/promises';
import type { SimTiming } from './behaviour.js';

export const DEFAULT_FIRST_TOKEN_MS = 15;
export const DEFAULT_TOKENS_PER_SECOND = 200;

export interface Pace {
  firstTokenMs: number;
  intervalMs: number;
}

export function resolvePace(timing: SimTiming | undefined): Pace {
  const firstTokenMs = Math.max(0, timing?.firstTokenMs ?? DEFAULT_FIRST_TOKEN_MS);
  const tps = timing?.tokensPerSecond ?? DEFAULT_TOKENS_PER_SECOND;
  return { firstTokenMs, intervalMs: tps > 0 && Number.isFinite(tps) ? 1000 / tps : 0 };
}

/** When the chunk at `index` is due, counted from the start of the response. */
export function dueAt(pace: Pace, index: number): number {
  return pace.firstTokenMs + index * pace.intervalMs;
}

/**
 * Waits until `startedAt + offsetMs`. Deadlines are absolute so that timer lateness does
 * not add up over a long stream. Resolves `false` when the client went away.
 */
export async function waitUntil(
  startedAt: number,
  offsetMs: number,
  signal: AbortSignal,
): Promise<boolean> {
  const remaining = startedAt + offsetMs - performance.now();
  if (signal.aborted) return false;
  if (remaining <= 0) return true;
  try {
    await delay(remaining, undefined, { signal });
    return true;
  } catch {
    return false;
  }
}

/** Resolves when the signal aborts (the client closed the connection, or the sim closes). */
export function untilAborted(signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) =>
    signal.addEventListener('abort', () => resolve(), { once: true }),
  );
}
