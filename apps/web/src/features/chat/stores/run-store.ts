import { create } from 'zustand';
import {
  applyStreamEvent,
  initialStreamState,
  type StreamState,
  type TrackedEvent,
} from '../utils/apply-stream-event';

/**
 * Answers being streamed in this tab, by run id. Each message component
 * selects only its own run, so a token re-renders that message and nothing else.
 */
interface RunStoreState {
  runs: Record<string, StreamState>;
  begin: (runId: string, chatId: string | null) => void;
  apply: (runId: string, events: readonly TrackedEvent[], now: number) => void;
  fail: (runId: string, error: { code: string; message: string }) => void;
  forget: (runId: string) => void;
}

export const useRunStore = create<RunStoreState>()((set) => ({
  runs: {},
  begin: (runId, chatId) =>
    set((state) => ({ runs: { ...state.runs, [runId]: initialStreamState(runId, chatId) } })),
  apply: (runId, events, now) =>
    set((state) => {
      const current = state.runs[runId] ?? initialStreamState(runId);
      const next = events.reduce((run, event) => applyStreamEvent(run, event, now), current);
      return { runs: { ...state.runs, [runId]: next } };
    }),
  fail: (runId, error) =>
    set((state) => {
      const current = state.runs[runId] ?? initialStreamState(runId);
      return { runs: { ...state.runs, [runId]: { ...current, status: 'error', error } } };
    }),
  forget: (runId) =>
    set((state) => {
      const { [runId]: _gone, ...runs } = state.runs;
      return { runs };
    }),
}));

export function useRun(runId: string): StreamState | undefined {
  return useRunStore((state) => state.runs[runId]);
}
