import type { GenerateContentResponse } from '@google/genai';
import { fromBase64 } from '../shared/base64.js';
import { BlockWriter } from '../stream/block-writer.js';
import type { MediaType, StreamPart } from '../stream/stream-part.js';
import { mapFinishReason } from './map-finish-reason.js';
import { readUsage } from './usage.js';

function mediaTypeOf(mimeType: string): MediaType | undefined {
  if (mimeType.startsWith('image/')) return 'image';
  if (mimeType.startsWith('audio/')) return 'audio';
  if (mimeType.startsWith('video/')) return 'video';
  return undefined;
}

/** Turns streamed Gemini responses into stream parts. */
export async function* readResponses(
  responses: AsyncIterable<GenerateContentResponse>,
): AsyncGenerator<StreamPart, void, undefined> {
  const blocks = new BlockWriter();
  let usage: ReturnType<typeof readUsage>;
  let finishReason: string | undefined;
  let toolCalls = 0;
  let blocked = false;

  for await (const response of responses) {
    // Each chunk carries the running total, so the last one wins.
    usage = readUsage(response.usageMetadata) ?? usage;
    if (response.promptFeedback?.blockReason) blocked = true;
    const candidate = response.candidates?.[0];
    if (!candidate) continue;
    for (const part of candidate.content?.parts ?? []) {
      if (typeof part.text === 'string' && part.text !== '') {
        yield* part.thought ? blocks.reasoning(part.text) : blocks.text(part.text);
      } else if (part.functionCall?.name) {
        yield* blocks.close();
        yield {
          type: 'tool-call',
          id: part.functionCall.id ?? `call_${toolCalls}`,
          name: part.functionCall.name,
          args: part.functionCall.args ?? {},
        };
        toolCalls++;
      } else if (part.inlineData?.data && part.inlineData.mimeType) {
        // Image-output models (e.g. gemini-2.5-flash-image) answer with inline media.
        const mediaType = mediaTypeOf(part.inlineData.mimeType);
        if (mediaType) {
          yield* blocks.close();
          yield {
            type: 'media-ready',
            mediaType,
            mimeType: part.inlineData.mimeType,
            bytes: fromBase64(part.inlineData.data),
          };
        }
      }
    }
    if (candidate.finishReason) finishReason = candidate.finishReason;
  }

  yield* blocks.close();
  if (usage) yield { type: 'usage', ...usage };
  yield {
    type: 'finish',
    reason: blocked ? 'content-filter' : mapFinishReason(finishReason, toolCalls > 0),
  };
}
