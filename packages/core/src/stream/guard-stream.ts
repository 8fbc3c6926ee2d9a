import type { ErrorPart, FinishReason, StreamPart } from './stream-part.js';

export interface GuardStreamOptions {
  /** The caller's signal: once it fired, an ending stream finishes as `aborted`. */
  abortSignal?: AbortSignal | undefined;
  /** Turns whatever the adapter threw into a safe error part. */
  toErrorPart: (error: unknown) => ErrorPart;
}

/**
 * Holds every stream to the contract of `LanguageModel.stream`: nothing is thrown,
 * open blocks are closed, and exactly one `finish` part comes last.
 */
export async function* guardStream(
  source: AsyncIterable<StreamPart>,
  options: GuardStreamOptions,
): AsyncGenerator<StreamPart, void, undefined> {
  const open = new Map<string, 'text' | 'reasoning'>();
  let errored = false;
  let finish: FinishReason | undefined;

  const closeOpen = function* (): Generator<StreamPart> {
    for (const [id, kind] of open) yield { type: `${kind}-end`, id };
    open.clear();
  };

  try {
    for await (const part of source) {
      if (part.type === 'finish') {
        finish = part.reason;
        break;
      }
      if (part.type === 'text-start' || part.type === 'reasoning-start') {
        open.set(part.id, part.type === 'text-start' ? 'text' : 'reasoning');
      } else if (part.type === 'text-end' || part.type === 'reasoning-end') {
        open.delete(part.id);
      } else if (part.type === 'error') {
        errored = true;
      }
      yield part;
    }
  } catch (error) {
    yield* closeOpen();
    // An abort surfaces as an exception from the SDK; it is the caller's choice, not a failure.
    if (!options.abortSignal?.aborted) {
      errored = true;
      yield options.toErrorPart(error);
    }
  }

  yield* closeOpen();
  if (options.abortSignal?.aborted) finish = 'aborted';
  yield { type: 'finish', reason: finish ?? (errored ? 'error' : 'other') };
}
