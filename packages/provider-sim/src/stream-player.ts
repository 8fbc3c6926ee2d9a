import type { Exchange } from './exchange.js';
import { dropConnection } from './exchange.js';
import type { Pace } from './pacing.js';
import { dueAt, untilAborted, waitUntil } from './pacing.js';
import { startSse } from './sse.js';

/**
 * One SSE event. `content` events carry tokens and are paced; the others go out at once,
 * or together with the next token when `withNextToken` is set (an OpenAI role chunk).
 */
export interface Frame {
  data: string;
  content: boolean;
  withNextToken?: boolean;
}

export interface PlayOptions {
  pace: Pace;
  disconnectAfterChunks?: number | undefined;
  hangAfterChunks?: number | undefined;
  /** Hold every byte until the end and send it in one write (Gemini's OpenAI-compatible endpoint). */
  buffered?: boolean;
}

/** What to do once `sent` content chunks are out: keep going, or stop here. */
async function interrupt(ex: Exchange, sent: number, opts: PlayOptions): Promise<boolean> {
  if (sent === opts.disconnectAfterChunks) {
    dropConnection(ex);
    return true;
  }
  if (sent === opts.hangAfterChunks) {
    await untilAborted(ex.signal);
    return true;
  }
  return false;
}

export function countContent(frames: readonly Frame[]): number {
  return frames.filter((f) => f.content).length;
}

/** Streams frames at the scripted pace, honouring disconnects, hangs and client aborts. */
export async function playFrames(
  ex: Exchange,
  frames: readonly Frame[],
  opts: PlayOptions,
): Promise<void> {
  startSse(ex);
  const held: string[] = [];
  let sent = 0;
  if (await interrupt(ex, sent, opts)) return;
  for (const frame of frames) {
    const paced = frame.content || frame.withNextToken === true;
    if (paced && !(await waitUntil(ex.startedAt, dueAt(opts.pace, sent), ex.signal))) return;
    if (opts.buffered) held.push(frame.data);
    else ex.res.write(frame.data);
    if (frame.content) {
      sent += 1;
      if (await interrupt(ex, sent, opts)) return;
    }
  }
  if (opts.buffered) ex.res.write(held.join(''));
  ex.res.end();
}

/**
 * For a non-streamed answer: waits as long as generating `contentCount` chunks would take.
 * Returns false when the body must not be sent (scripted disconnect or hang, or client gone).
 */
export async function holdForBody(
  ex: Exchange,
  contentCount: number,
  opts: PlayOptions,
): Promise<boolean> {
  const stopAt = [opts.disconnectAfterChunks, opts.hangAfterChunks]
    .filter((n): n is number => n !== undefined && n <= contentCount)
    .sort((a, b) => a - b)[0];
  const waitFor = stopAt ?? contentCount;
  const offset = waitFor === 0 ? 0 : dueAt(opts.pace, waitFor - 1);
  if (!(await waitUntil(ex.startedAt, offset, ex.signal))) return false;
  if (stopAt === undefined) return true;
  await interrupt(ex, stopAt, opts);
  return false;
}
