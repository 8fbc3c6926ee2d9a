import type { ChatEvent, TokenUsage } from '@enox/contracts';
import type { StreamPart } from '@enox/core';
import type { Kysely } from 'kysely';
import type { FastifyBaseLogger } from 'fastify';
import type { Database, MessageStatus } from '../db/schema.js';
import { mediaUrl, type MediaStore } from '../media/media-store.js';
import { touchChat } from '../repositories/chat.repository.js';
import { checkpointMessage, finalizeMessage } from '../repositories/message.repository.js';
import { Checkpointer } from './checkpointer.js';
import type { RunEventLog } from './run-event-log.js';
import { ServerShutdown } from './run-registry.js';

export interface RunSpec {
  /** The assistant message this run writes; also the run's id. */
  readonly runId: string;
  readonly chatId: string;
  readonly userId: string;
  readonly userMessageId: string;
  readonly modelId: string;
  /** The upstream stream: the model, its tools, or a media generator. */
  readonly parts: (signal: AbortSignal) => AsyncIterable<StreamPart>;
}

export interface RunDeps {
  readonly db: Kysely<Database>;
  readonly log: RunEventLog;
  readonly media: MediaStore;
  readonly logger: FastifyBaseLogger;
  readonly checkpointIntervalMs: number;
}

export interface RunOutcome {
  readonly status: Exclude<MessageStatus, 'streaming'>;
  /** Whether anything reached the user: a failure before any output gives the quota back. */
  readonly producedOutput: boolean;
  readonly usage: TokenUsage | null;
}

/**
 * Runs one answer from upstream to subscribers and the database. Events go
 * to the log as they arrive; the text is checkpointed off that path; the
 * final state is written before the terminal event, so whoever sees `done`
 * and reloads finds the same answer in the database.
 */
export async function executeRun(
  spec: RunSpec,
  deps: RunDeps,
  signal: AbortSignal,
): Promise<RunOutcome> {
  const { db, log, media, logger } = deps;
  const emit = (event: ChatEvent) => log.append(spec.runId, event);
  let content = '';
  let thinking = '';
  let thinkingMs = 0;
  let thinkingSince: number | undefined;
  let usage = null as TokenUsage | null;
  let failure: { code: string; message: string } | undefined;
  let produced = false;

  const checkpointer = new Checkpointer(
    () => checkpointMessage(db, spec.runId, content, thinking || null),
    deps.checkpointIntervalMs,
    (error) => logger.warn({ err: error, runId: spec.runId }, 'checkpoint failed'),
  );
  const closeThinking = async () => {
    if (thinkingSince === undefined) return;
    const elapsed = Math.round(performance.now() - thinkingSince);
    thinkingMs += elapsed;
    thinkingSince = undefined;
    await emit({ type: 'thinking_done', elapsedMs: elapsed });
  };

  await emit({
    type: 'meta',
    chatId: spec.chatId,
    runId: spec.runId,
    userMessageId: spec.userMessageId,
    assistantMessageId: spec.runId,
    modelId: spec.modelId,
  });

  try {
    for await (const part of spec.parts(signal)) {
      switch (part.type) {
        case 'reasoning-start':
          if (thinkingSince === undefined) {
            thinkingSince = performance.now();
            await emit({ type: 'thinking_start' });
          }
          break;
        case 'reasoning-delta':
          if (!part.delta) break;
          thinking += part.delta;
          produced = true;
          await emit({ type: 'thinking_content', text: part.delta });
          checkpointer.markDirty();
          break;
        case 'reasoning-end':
          await closeThinking();
          break;
        case 'text-delta':
          if (!part.delta) break;
          await closeThinking();
          content += part.delta;
          produced = true;
          await emit({ type: 'chunk', text: part.delta });
          checkpointer.markDirty();
          break;
        case 'media-generating':
          await closeThinking();
          await emit({ type: 'generating', mediaType: part.mediaType });
          break;
        case 'media-ready': {
          const stored = await media.put({
            userId: spec.userId,
            messageId: spec.runId,
            kind: part.mediaType,
            mimeType: part.mimeType,
            bytes: part.bytes,
          });
          produced = true;
          await emit({
            type: 'media',
            mediaId: stored.id,
            mediaType: part.mediaType,
            mimeType: stored.mimeType,
            url: mediaUrl(stored.id),
          });
          break;
        }
        case 'usage':
          usage = {
            inputTokens: (usage?.inputTokens ?? 0) + part.inputTokens,
            outputTokens: (usage?.outputTokens ?? 0) + part.outputTokens,
          };
          break;
        case 'error':
          failure ??= { code: part.code, message: part.message };
          break;
        default:
          break;
      }
    }
  } catch (error) {
    if (!signal.aborted) {
      logger.error({ err: error, runId: spec.runId }, 'run failed');
      failure ??= { code: 'INTERNAL', message: 'The answer could not be completed.' };
    }
  }

  await closeThinking().catch(() => {});
  await checkpointer.stop();
  // A person's stop keeps the answer as `stopped`; a shutdown cut it off, like a crash would.
  const status: RunOutcome['status'] = signal.aborted
    ? signal.reason instanceof ServerShutdown
      ? 'interrupted'
      : 'stopped'
    : failure
      ? 'error'
      : 'complete';
  try {
    await finalizeMessage(db, spec.runId, {
      status,
      content,
      thinking: thinking || null,
      thinkingMs: thinkingMs || null,
      inputTokens: usage?.inputTokens ?? null,
      outputTokens: usage?.outputTokens ?? null,
      errorCode: status === 'error' ? (failure?.code ?? null) : null,
      errorMessage: status === 'error' ? (failure?.message ?? null) : null,
    });
    await touchChat(db, spec.chatId, spec.modelId, new Date());
  } catch (error) {
    logger.error({ err: error, runId: spec.runId }, 'could not finalise the answer');
  }

  await emit(
    status === 'error' && failure
      ? { type: 'error', code: failure.code, message: failure.message }
      : {
          type: 'done',
          chatId: spec.chatId,
          messageId: spec.runId,
          status: status === 'stopped' ? 'stopped' : 'complete',
          usage,
        },
  );
  await log.end(spec.runId);
  return { status, producedOutput: produced, usage };
}
