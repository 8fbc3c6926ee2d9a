import type { SimVideo } from '../behaviour.js';
import { shortId } from '../hash.js';

export interface VideoOperation {
  /** `models/{model}/operations/{id}`, the name Veo returns. */
  readonly name: string;
  readonly prompt: string;
  readonly sampleCount: number;
  readonly createdAt: number;
  readonly pollsUntilDone: number;
  readonly doneAfterMs: number;
  readonly failWith: SimVideo['failWith'];
  polls: number;
  /** Set when the operation finishes with videos. */
  videoUris: string[] | undefined;
}

/** Veo long-running operations, kept until the sim closes so late polls still resolve. */
export class VideoOperations {
  #operations = new Map<string, VideoOperation>();
  #counter = 0;

  create(
    model: string,
    prompt: string,
    sampleCount: number,
    behaviour: SimVideo | undefined,
  ): VideoOperation {
    this.#counter += 1;
    const operation: VideoOperation = {
      name: `models/${model}/operations/op${this.#counter}${shortId(prompt)}`,
      prompt,
      sampleCount,
      createdAt: performance.now(),
      pollsUntilDone: behaviour?.pollsUntilDone ?? 0,
      doneAfterMs: behaviour?.doneAfterMs ?? 0,
      failWith: behaviour?.failWith,
      polls: 0,
      videoUris: undefined,
    };
    this.#operations.set(operation.name, operation);
    return operation;
  }

  get(name: string): VideoOperation | undefined {
    return this.#operations.get(name);
  }
}

/** Counts a poll and tells whether the operation is now done. */
export function pollOperation(operation: VideoOperation): boolean {
  operation.polls += 1;
  const enoughPolls = operation.polls > operation.pollsUntilDone;
  const enoughTime = performance.now() - operation.createdAt >= operation.doneAfterMs;
  return enoughPolls && enoughTime;
}
