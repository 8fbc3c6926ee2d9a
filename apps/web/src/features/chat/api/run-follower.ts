import type { AppRouter } from '@enox/contracts';
import type { TRPCClient } from '@trpc/client';
import { readAppError } from '@enox/app-kit';
import { useRunStore } from '../stores/run-store';
import { isTerminal, type StreamState, type TrackedEvent } from '../utils/apply-stream-event';
import { createFrameBatcher } from '../utils/frame-batcher';

export type ApiClient = TRPCClient<AppRouter>;

const following = new Map<string, () => void>();

export function isFollowing(runId: string): boolean {
  return following.has(runId);
}

/**
 * Streams a run's events into the run store, coalesced per animation frame.
 * One subscription per run for the whole tab: it outlives the component that
 * started it (leaving a chat does not drop its answer) and ends with the run.
 * Without `lastEventId` the server replays the log from the start, which the
 * reducer folds idempotently; on a dropped connection the link resumes by
 * itself with the last id it saw.
 */
export function followRun(
  client: ApiClient,
  runId: string,
  chatId: string | null,
  onSettled: (state: StreamState) => void,
): void {
  if (following.has(runId)) return;
  const store = useRunStore.getState();
  const existing = store.runs[runId];
  if (!existing || isTerminal(existing)) store.begin(runId, chatId);

  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    subscription.unsubscribe();
    following.delete(runId);
    const state = useRunStore.getState().runs[runId];
    if (state) onSettled(state);
  };

  const batcher = createFrameBatcher<TrackedEvent>((events) => {
    useRunStore.getState().apply(runId, events, Date.now());
    const state = useRunStore.getState().runs[runId];
    if (state && isTerminal(state)) end();
  });

  const subscription = client.chat.events.subscribe(
    { runId },
    {
      onData: (event) => batcher.push(event),
      onError: (error) => {
        batcher.flush();
        const current = useRunStore.getState().runs[runId];
        if (current && !isTerminal(current)) {
          const info = readAppError(error);
          useRunStore.getState().fail(runId, { code: info.appCode, message: info.message });
        }
        end();
      },
    },
  );
  following.set(runId, () => subscription.unsubscribe());
}
