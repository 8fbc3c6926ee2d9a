/** Why a run was aborted when the server, not the person, ended it. */
export class ServerShutdown extends Error {
  override name = 'ServerShutdown';
}

/**
 * The runs this process is executing, so `chat.stop` can abort one. With
 * several processes a stop request is relayed to the one that owns the run.
 */
export class RunRegistry {
  readonly #runs = new Map<string, { controller: AbortController; done: Promise<unknown> }>();

  add(runId: string, controller: AbortController, done: Promise<unknown>): void {
    this.#runs.set(runId, { controller, done });
    void done.finally(() => this.#runs.delete(runId));
  }

  /** True when the run was live here and is now being stopped. */
  stop(runId: string): boolean {
    const run = this.#runs.get(runId);
    if (!run) return false;
    run.controller.abort(new Error('stopped by the user'));
    return true;
  }

  has(runId: string): boolean {
    return this.#runs.has(runId);
  }

  get size(): number {
    return this.#runs.size;
  }

  /** On shutdown: stop every run and wait until each has saved its answer. */
  async drain(): Promise<void> {
    const runs = [...this.#runs.values()];
    for (const run of runs) run.controller.abort(new ServerShutdown('server shutting down'));
    await Promise.allSettled(runs.map((run) => run.done));
  }
}
