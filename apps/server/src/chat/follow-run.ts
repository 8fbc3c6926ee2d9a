import { isTerminalChatEvent } from '@enox/contracts';
import { EventQueue } from './event-queue.js';
import { compareEventIds, type LoggedEvent, type RunEventLog } from './run-event-log.js';

/**
 * A run's events after `lastEventId`, then live until the run ends or the
 * subscriber leaves. Subscribes before reading the backlog, and skips what it
 * already yielded, so a reconnect gets exactly what it missed.
 */
export async function* followRun(
  log: RunEventLog,
  runId: string,
  lastEventId: string | undefined,
  signal: AbortSignal | undefined,
): AsyncGenerator<LoggedEvent> {
  const live = new EventQueue<LoggedEvent>();
  const unsubscribe = await log.subscribe(runId, (event) => live.push(event));
  const onAbort = () => live.close();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    let last = lastEventId;
    for (const logged of await log.read(runId, lastEventId)) {
      yield logged;
      last = logged.id;
      if (isTerminalChatEvent(logged.event)) return;
    }
    for await (const logged of live) {
      if (last !== undefined && compareEventIds(logged.id, last) <= 0) continue;
      yield logged;
      last = logged.id;
      if (isTerminalChatEvent(logged.event)) return;
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    unsubscribe();
    live.close();
  }
}
