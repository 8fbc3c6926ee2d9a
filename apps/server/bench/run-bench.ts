import { cpus } from 'node:os';
import { it } from 'vitest';
import {
  databaseServerUrl,
  LATENCY_PLAN,
  MEMORY_STREAMS,
  SATURATION,
  STREAM_TIMEOUT_MS,
} from './bench-config.js';
import { startBenchStack } from './bench-stack.js';
import { formatReport } from './format-table.js';
import { measureLatency, type LatencyResult } from './measure-latency.js';
import { measureMemory } from './measure-memory.js';
import { measureStatements } from './measure-statements.js';
import { measureThroughput } from './measure-throughput.js';
import { runBatch } from './run-batch.js';
import { pacedReply } from './sim-replies.js';

// Run by `pnpm bench` through vitest, which resolves the workspace's TypeScript sources.
it('relays chat streams: the stack against the simulator directly', async () => {
  const bench = await startBenchStack(databaseServerUrl(), STREAM_TIMEOUT_MS);
  try {
    // Warm-up: JIT, connection pools, the first queries. Not measured.
    await runBatch(bench, 'direct', 16, pacedReply());
    await runBatch(bench, 'stack', 16, pacedReply());

    // Memory first, while the heap has grown least.
    const memory = await measureMemory(bench, MEMORY_STREAMS);
    const latency: LatencyResult[] = [];
    for (const { streams, rounds } of LATENCY_PLAN) {
      latency.push(await measureLatency(bench, streams, rounds));
    }
    const throughput = await measureThroughput(bench, SATURATION.streams, SATURATION.deltas);
    const statements = await measureStatements(bench);

    const setting =
      `${bench.backend === 'pglite' ? 'Embedded PGlite' : 'PostgreSQL'}, Node ${process.version}, ` +
      `${cpus().length} CPUs; the app, the simulator and every client share one process ` +
      `(loopback HTTP); checkpoints every ${bench.config.checkpointIntervalMs} ms.`;
    process.stdout.write(
      `\n${formatReport({ setting, latency, throughput, memory, statements })}\n`,
    );
  } finally {
    await bench.close();
  }
});
