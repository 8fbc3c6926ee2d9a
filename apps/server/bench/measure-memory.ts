import type { BenchStack, Side } from './bench-stack.js';
import { openStreams, scriptBatch } from './run-batch.js';
import { hangingReply } from './sim-replies.js';

export interface MemoryPerStream {
  readonly rssBytes: number;
  readonly heapBytes: number;
}

export interface MemoryResult {
  readonly streams: number;
  readonly perStream: Record<Side, MemoryPerStream>;
}

/**
 * What holding streams open costs this process: RSS (and JS heap) after a full GC with
 * `streams` streams open past their first delta, minus the same reading before, over
 * `streams`. The stack goes first: memory freed by the earlier side is reused by the
 * later one, which can only make the direct figure smaller and the added figure larger.
 */
export async function measureMemory(bench: BenchStack, streams: number): Promise<MemoryResult> {
  const stack = await openStreamsCost(bench, 'stack', streams);
  const direct = await openStreamsCost(bench, 'direct', streams);
  return { streams, perStream: { stack, direct } };
}

async function openStreamsCost(
  bench: BenchStack,
  side: Side,
  count: number,
): Promise<MemoryPerStream> {
  await scriptBatch(bench, count, hangingReply());
  const before = await settledMemory();
  const streams = openStreams(bench, side, count);
  await Promise.all(streams.map((s) => s.firstDelta));
  const during = await settledMemory();
  await Promise.all(streams.map((s) => s.close()));
  await bench.sim.waitForIdle(10_000);
  return {
    rssBytes: (during.rss - before.rss) / count,
    heapBytes: (during.heapUsed - before.heapUsed) / count,
  };
}

async function settledMemory(): Promise<NodeJS.MemoryUsage> {
  const gc = globalThis.gc;
  if (!gc) throw new Error('the memory figure needs node --expose-gc');
  gc();
  await new Promise((resolve) => setImmediate(resolve));
  gc();
  return process.memoryUsage();
}
