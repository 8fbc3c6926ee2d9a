import type { SimMedia } from '../behaviour.js';
import { estimateTokens } from '../tokens.js';
import type { Exchange } from '../exchange.js';
import { sendJson } from '../exchange.js';
import { PCM_SAMPLE_RATE, speechPcm } from '../media/audio.js';
import { mediaLatency } from '../media/latency.js';
import { geminiEvent, startSse } from '../sse.js';
import type { GeminiGenerateRequest } from './generate-request.js';

export const GEMINI_PCM_MIME = `audio/L16;codec=pcm;rate=${PCM_SAMPLE_RATE}`;

/** Gemini TTS: generateContent with AUDIO modality answers raw PCM as `inlineData`. */
export async function answerGeminiTts(
  ex: Exchange,
  request: GeminiGenerateRequest,
  behaviour: SimMedia | undefined,
): Promise<void> {
  if (!(await mediaLatency(ex, behaviour))) return;
  const pcm = speechPcm(request.lastUserText, request.voice);
  const promptTokenCount = estimateTokens(request.promptChars);
  // Audio is billed at 25 tokens per second.
  const candidatesTokenCount = Math.ceil((pcm.length / 2 / PCM_SAMPLE_RATE) * 25);
  const response = {
    candidates: [
      {
        content: {
          role: 'model',
          parts: [{ inlineData: { mimeType: GEMINI_PCM_MIME, data: pcm.toString('base64') } }],
        },
        finishReason: 'STOP',
        index: 0,
      },
    ],
    usageMetadata: {
      promptTokenCount,
      candidatesTokenCount,
      totalTokenCount: promptTokenCount + candidatesTokenCount,
    },
    modelVersion: request.model,
    responseId: `sim-${ex.record.id}`,
  };
  if (!request.stream) {
    sendJson(ex, 200, response);
    return;
  }
  startSse(ex);
  ex.res.end(geminiEvent(response));
}
