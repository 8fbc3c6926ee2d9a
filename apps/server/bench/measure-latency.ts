import type { BenchStack, Side } from './bench-stack.js';
import { spread, type Spread } from './percentiles.js';
import { runBatch } from './run-batch.js';
import { pacedReply } from './sim-replies.js';

export interface LatencyResult {
  readonly streams: number;
  /** Per side: first-token samples, and gap samples. */
  readonly samples: { readonly ttft: number; readonly gaps: number };
  readonly ttft: Record<Side, Spread>;
  readonly gap: Record<Side, Spread>;
  /** The stack's `chat.send` round trip, part of its time to first token. */
  readonly send: Spread;
}

/** Time to first token and inter-token gaps, both sides, `rounds` batches of `streams`. */
export async function measureLatency(
  bench: BenchStack,
  streams: number,
  rounds: number,
): Promise<LatencyResult> {
  const ttft: Record<Side, number[]> = { stack: [], direct: [] };
  const gaps: Record<Side, number[]> = { stack: [], direct: [] };
  const sends: number[] = [];
  for (let round = 0; round < rounds; round++) {
    // Alternating who goes first spreads any drift over the run across both sides.
    const order: Side[] = round % 2 === 0 ? ['direct', 'stack'] : ['stack', 'direct'];
    for (const side of order) {
      for (const timing of await runBatch(bench, side, streams, pacedReply())) {
        ttft[side].push(timing.firstTokenMs());
        gaps[side].push(...timing.gapsMs());
        const send = timing.acceptMs();
        if (send !== undefined) sends.push(send);
      }
    }
  }
  return {
    streams,
    samples: { ttft: ttft.stack.length, gaps: gaps.stack.length },
    ttft: { stack: spread(ttft.stack), direct: spread(ttft.direct) },
    gap: { stack: spread(gaps.stack), direct: spread(gaps.direct) },
    send: spread(sends),
  };
}
