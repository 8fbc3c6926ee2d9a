/**
 * Coalesces saves of a streaming answer: at most one write in flight and one
 * per interval, never per token, and never on the path that relays tokens.
 */
export class Checkpointer {
  #dirty = false;
  #timer: NodeJS.Timeout | undefined;
  #inFlight: Promise<void> | undefined;
  #stopped = false;

  constructor(
    private readonly save: () => Promise<void>,
    private readonly intervalMs = 1_000,
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  /** Something changed; it will be saved within one interval. */
  markDirty(): void {
    this.#dirty = true;
    if (this.#timer || this.#stopped) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.#flush();
    }, this.intervalMs);
    this.#timer.unref();
  }

  async #flush(): Promise<void> {
    if (this.#inFlight) await this.#inFlight;
    if (!this.#dirty) return;
    this.#dirty = false;
    this.#inFlight = this.save()
      .catch(this.onError)
      .finally(() => (this.#inFlight = undefined));
    await this.#inFlight;
  }

  /** No more periodic saves; waits for a save in flight so the final write comes last. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    await this.#inFlight;
  }
}
