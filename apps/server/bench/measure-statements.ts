import type { BenchStack } from './bench-stack.js';
import { runBatch } from './run-batch.js';
import { pacedReply } from './sim-replies.js';

export interface StatementResult {
  readonly total: number;
  readonly byKind: readonly (readonly [string, number])[];
  /** PostgreSQL: `begin` / `commit` are counted; PGlite runs them outside Kysely's log. */
  readonly countsTransactionControl: boolean;
}

/**
 * Every statement Kysely sends for one paced answer: from `chat.send` to `done`, plus the
 * writes that follow it (usage accounting) until the database goes quiet. `runBatch`
 * waits out earlier answers' trailing writes before it starts.
 */
export async function measureStatements(bench: BenchStack): Promise<StatementResult> {
  await bench.statements.quiet();
  bench.statements.reset();
  await runBatch(bench, 'stack', 1, pacedReply());
  await bench.statements.quiet();
  return { ...bench.statements.snapshot(), countsTransactionControl: bench.backend === 'postgres' };
}
