export interface BackoffOptions {
  /** Delay before the first retry. */
  initialDelayMs: number;
  /** Upper bound for any single delay. */
  maxDelayMs: number;
  /** Growth per attempt. */
  factor: number;
}

export const defaultBackoff: BackoffOptions = { initialDelayMs: 500, maxDelayMs: 8_000, factor: 2 };

/**
 * Exponential delay with "equal jitter": half of the delay is fixed, half random, so
 * clients that failed together do not retry together yet still wait a useful minimum.
 */
export function backoffDelay(
  attempt: number,
  options: BackoffOptions,
  random: () => number = Math.random,
): number {
  const exponential = Math.min(
    options.maxDelayMs,
    options.initialDelayMs * options.factor ** attempt,
  );
  return exponential / 2 + (random() * exponential) / 2;
}
