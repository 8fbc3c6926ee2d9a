import type { BenchStack, Side } from './bench-stack.js';
import { runBatch } from './run-batch.js';
import { burstReply } from './sim-replies.js';

export interface ThroughputResult {
  readonly streams: number;
  readonly deltas: number;
  readonly tokensPerSecond: Record<Side, number>;
}

/**
 * Deltas delivered per second while `streams` unpaced answers run at once: from the
 * first request to the last delta, so the stack's per-answer work counts too.
 */
export async function measureThroughput(
  bench: BenchStack,
  streams: number,
  deltas: number,
): Promise<ThroughputResult> {
  const rate = async (side: Side) => {
    const timings = await runBatch(bench, side, streams, burstReply(deltas));
    const start = Math.min(...timings.map((t) => t.startedAt));
    const end = Math.max(...timings.map((t) => t.arrivals.at(-1) ?? t.startedAt));
    const delivered = timings.reduce((sum, t) => sum + t.arrivals.length, 0);
    return delivered / ((end - start) / 1000);
  };
  const direct = await rate('direct');
  const stack = await rate('stack');
  return { streams, deltas, tokensPerSecond: { stack, direct } };
}
