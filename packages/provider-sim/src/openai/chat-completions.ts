import type { SimReply } from '../behaviour.js';
import { planReply } from '../chat/reply-plan.js';
import type { Exchange } from '../exchange.js';
import { sendJson } from '../exchange.js';
import { countContent, holdForBody, playFrames } from '../stream-player.js';
import { openaiCompletion, openaiStreamFrames } from './chat-chunks.js';
import type { OpenAIChatRequest } from './chat-request.js';

/**
 * Answers `POST /chat/completions`. `buffered` holds a stream back until the end, which is
 * what Google's OpenAI-compatible endpoint does.
 */
export async function answerOpenAIChat(
  ex: Exchange,
  request: OpenAIChatRequest,
  scripted: SimReply | undefined,
  buffered = false,
): Promise<void> {
  const plan = planReply(request, scripted);
  const meta = {
    id: `chatcmpl-sim${ex.record.id}`,
    created: Math.floor(Date.now() / 1000),
    model: request.model,
  };
  const frames = openaiStreamFrames(plan, meta, request.includeUsage);
  const options = {
    pace: plan.pace,
    disconnectAfterChunks: plan.disconnectAfterChunks,
    hangAfterChunks: plan.hangAfterChunks,
    buffered,
  };
  if (request.stream) {
    await playFrames(ex, frames, options);
    return;
  }
  if (await holdForBody(ex, countContent(frames), options)) {
    sendJson(ex, 200, openaiCompletion(plan, meta));
  }
}
