import type { ChatEvent } from '@enox/contracts';
import type { MessageRow } from '../db/schema.js';
import type { StoredMedia } from '../media/media-store.js';
import { toMessageMedia, toUsage } from './message.mapper.js';
import { compareEventIds } from './run-event-log.js';

/**
 * A finished answer as events, for a subscriber who arrives after the run's
 * log expired. It starts with `clear_content` so a client that saw part of
 * the live run replaces its text instead of appending, and its ids follow
 * the client's last id so none is skipped as already seen.
 */
export function* replayFinishedRun(
  message: MessageRow,
  media: readonly StoredMedia[],
  lastEventId: string | undefined,
): Generator<{ id: string; event: ChatEvent }> {
  const start = lastEventId && /^\d+$/.test(lastEventId) ? BigInt(lastEventId) : 0n;
  let next = start;
  const id = () => String(++next);
  const events: ChatEvent[] = [{ type: 'clear_content' }];
  if (message.thinking) {
    events.push({ type: 'thinking_start' });
    events.push({ type: 'thinking_content', text: message.thinking });
    events.push({ type: 'thinking_done', elapsedMs: message.thinking_ms ?? 0 });
  }
  if (message.content) events.push({ type: 'chunk', text: message.content });
  for (const m of media) {
    const { id: mediaId, ...rest } = toMessageMedia(m);
    events.push({ type: 'media', mediaId, ...rest });
  }
  events.push(
    message.status === 'error'
      ? {
          type: 'error',
          code: message.error_code ?? 'ERROR',
          message: message.error_message ?? 'The answer failed.',
        }
      : {
          type: 'done',
          chatId: message.chat_id,
          messageId: message.id,
          status: message.status === 'complete' ? 'complete' : 'stopped',
          usage: toUsage(message),
        },
  );
  for (const event of events) {
    const eventId = id();
    if (lastEventId === undefined || compareEventIds(eventId, lastEventId) > 0)
      yield { id: eventId, event };
  }
}
