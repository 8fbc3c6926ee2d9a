/** What the bench runs; sized to finish in about two minutes on two cores. */

/** Streams at once, and how many rounds of them, for the latency figures. */
export const LATENCY_PLAN = [
  { streams: 1, rounds: 12 },
  { streams: 16, rounds: 4 },
  { streams: 64, rounds: 2 },
] as const;

/** Unpaced streams at once, and deltas in each, for the throughput figure. */
export const SATURATION = { streams: 64, deltas: 512 } as const;

/** Streams held open (after their first token) for the memory figure. */
export const MEMORY_STREAMS = 128;

/** No stream may take longer than this, start to end. */
export const STREAM_TIMEOUT_MS = 30_000;

/**
 * The only place the bench reads the environment: a PostgreSQL server to create a
 * throwaway database on, or none for the embedded PGlite (the default).
 */
export function databaseServerUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || undefined;
}
