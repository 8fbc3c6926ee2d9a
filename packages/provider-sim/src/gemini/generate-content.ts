import type { SimReply } from '../behaviour.js';
import { planReply } from '../chat/reply-plan.js';
import type { Exchange } from '../exchange.js';
import { sendJson } from '../exchange.js';
import { countContent, holdForBody, playFrames } from '../stream-player.js';
import { geminiFullResponse, geminiStreamFrames } from './generate-chunks.js';
import type { GeminiGenerateRequest } from './generate-request.js';

/** Answers `:generateContent` and `:streamGenerateContent?alt=sse` for text models. */
export async function answerGeminiGenerate(
  ex: Exchange,
  request: GeminiGenerateRequest,
  scripted: SimReply | undefined,
): Promise<void> {
  const plan = planReply(request, scripted);
  const meta = { model: request.model, responseId: `sim-${ex.record.id}` };
  const frames = geminiStreamFrames(plan, meta);
  const options = {
    pace: plan.pace,
    disconnectAfterChunks: plan.disconnectAfterChunks,
    hangAfterChunks: plan.hangAfterChunks,
  };
  if (request.stream) {
    await playFrames(ex, frames, options);
    return;
  }
  if (await holdForBody(ex, countContent(frames), options)) {
    sendJson(ex, 200, geminiFullResponse(plan, meta));
  }
}
