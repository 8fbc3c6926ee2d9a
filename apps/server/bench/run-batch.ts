import type { SimReply } from '@enox/provider-sim';
import type { BenchStack, Side } from './bench-stack.js';
import { expectedText } from './sim-replies.js';
import type { OpenStream, StreamTiming } from './stream-timing.js';

/**
 * Scripts the next `count` upstream answers as `reply`, once the writes that follow
 * earlier answers (usage accounting) have landed, so each batch starts on an idle app.
 */
export async function scriptBatch(bench: BenchStack, count: number, reply: SimReply) {
  await bench.statements.quiet(100);
  bench.sim.reset();
  bench.sim.script({ match: { endpoint: 'chat' }, behaviour: reply, times: count });
}

/** `count` streams of one side, all requested now. */
export function openStreams(bench: BenchStack, side: Side, count: number): OpenStream[] {
  return Array.from({ length: count }, () => bench.open(side));
}

/**
 * `count` concurrent streams read to the end. Every stream must have carried exactly the
 * scripted text, and every upstream request must have used the script: otherwise the
 * figures would describe something else.
 */
export async function runBatch(
  bench: BenchStack,
  side: Side,
  count: number,
  reply: SimReply,
): Promise<StreamTiming[]> {
  await scriptBatch(bench, count, reply);
  const timings = await Promise.all(openStreams(bench, side, count).map((s) => s.finished));
  const expected = expectedText(reply);
  const wrong = timings.filter((t) => t.text !== expected).length;
  if (wrong > 0) throw new Error(`${side}: ${wrong} of ${count} streams carried other text`);
  if (bench.sim.pendingSteps() !== 0) throw new Error(`${side}: some scripted answers went unused`);
  return timings;
}
