import type { User } from '@enox/contracts';
import {
  createLanguageModel,
  streamWithRetry,
  type ChatMessage,
  type ErrorPart,
  type StreamPart,
} from '@enox/core';
import type { Kysely } from 'kysely';
import type { ModelAccess } from '../access/model-access.js';
import type { Database } from '../db/schema.js';
import { wantsThinking, type ChatCompletionRequest } from './chat-completion-request.js';
import { CompletionTally } from './completion-tally.js';
import { resolveCompletionTarget } from './completion-target.js';
import { toChatMessages } from './convert-messages.js';
import { OpenAIApiError } from './openai-error.js';

export interface CompletionDeps {
  readonly db: Kysely<Database>;
  readonly access: ModelAccess;
}

/** A completion whose provider has answered; the caller reads `parts`, then `close`s it. */
export interface OpenedCompletion {
  /** Every part, starting with the first one already received; each is counted in `tally`. */
  readonly parts: AsyncIterable<StreamPart>;
  readonly tally: CompletionTally;
  /** Charges what reached the caller, or gives the reservation back if nothing did. Idempotent. */
  close(aborted: boolean): Promise<void>;
}

type Preset = Parameters<typeof createLanguageModel>[0]['preset'];

/** A provider failure before any output becomes a plain HTTP error the SDKs understand. */
function upstreamError(part: ErrorPart): OpenAIApiError {
  switch (part.code) {
    case 'PROVIDER_BAD_REQUEST':
    case 'CONTENT_FILTERED':
      return new OpenAIApiError(400, part.message, { code: part.code.toLowerCase() });
    case 'PROVIDER_RATE_LIMITED':
      return new OpenAIApiError(429, part.message, { code: 'upstream_rate_limited' });
    case 'PROVIDER_TIMEOUT':
      return new OpenAIApiError(504, part.message, { code: 'upstream_timeout' });
    default:
      return new OpenAIApiError(502, part.message, { code: part.code.toLowerCase() });
  }
}

/**
 * Resolves the model, checks key and quota (the same gate as chat), and
 * waits for the provider's first part, so that a refusal or an upstream
 * failure is still an HTTP status and not an event in a started stream.
 */
export async function openCompletion(
  deps: CompletionDeps,
  user: User,
  request: ChatCompletionRequest,
  signal: AbortSignal,
): Promise<OpenedCompletion> {
  const { model, agent } = await resolveCompletionTarget(deps.db, user, request.model);
  const messages: ChatMessage[] = toChatMessages(request.messages);
  if (agent?.system_prompt) messages.unshift({ role: 'system', content: agent.system_prompt });

  const call = await deps.access.open(user, model, {
    source: 'api',
    agent: agent ? { id: agent.id, creatorId: agent.user_id } : null,
  });
  const tally = new CompletionTally();
  let closed = false;
  const close = async (aborted: boolean) => {
    if (closed) return;
    closed = true;
    if (tally.producedOutput) {
      await call.reservation.settle({
        status: tally.status(aborted),
        inputTokens: tally.inputTokens,
        outputTokens: tally.outputTokens,
      });
    } else {
      await call.reservation.release(aborted ? 'stopped' : 'error');
    }
  };

  let stream: AsyncGenerator<StreamPart, void, undefined>;
  let first: IteratorResult<StreamPart, void>;
  try {
    const capabilities = {
      thinking: model.capabilities.thinking ?? false,
      tools: false,
      vision: model.capabilities.vision ?? false,
    };
    const languageModel = createLanguageModel({
      kind: call.target.kind,
      baseUrl: call.target.baseUrl,
      preset: (model.provider.preset ?? undefined) as Preset,
      apiKey: call.target.apiKey,
      modelId: model.model_id,
      capabilities,
    });
    stream = streamWithRetry(languageModel, {
      messages,
      tools: [],
      thinking: wantsThinking(request) && capabilities.thinking,
      temperature: request.temperature ?? agent?.temperature ?? undefined,
      topP: request.top_p ?? agent?.top_p ?? undefined,
      maxTokens: deps.access.maxTokens(
        request.max_completion_tokens ??
          request.max_tokens ??
          agent?.max_tokens ??
          model.max_tokens,
        call.keySource,
      ),
      abortSignal: signal,
    });
    first = await stream.next();
  } catch (error) {
    await close(signal.aborted);
    throw error;
  }
  if (!first.done && first.value.type === 'error') {
    await stream.return(undefined);
    await close(false);
    throw upstreamError(first.value);
  }

  async function* parts(): AsyncGenerator<StreamPart> {
    if (first.done) return;
    tally.add(first.value);
    yield first.value;
    for await (const part of stream) {
      tally.add(part);
      yield part;
    }
  }
  return { parts: parts(), tally, close };
}
