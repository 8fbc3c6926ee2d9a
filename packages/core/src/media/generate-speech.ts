import { Modality } from '@google/genai';
import { fromBase64 } from '../shared/base64.js';
import { googleClient, openAIClient } from '../shared/client-cache.js';
import {
  callProvider,
  DEFAULT_MEDIA_MODELS,
  mediaFailure,
  type GeneratedMedia,
  type MediaTarget,
} from './media-target.js';
import { resolveVoice } from './voices.js';
import { toPlayableAudio } from './wav.js';

export interface SpeechRequest {
  text: string;
  /** A Google or OpenAI voice name; another provider's voice falls back to the default. */
  voice?: string | undefined;
  abortSignal?: AbortSignal | undefined;
}

/** Spoken audio from Gemini TTS or OpenAI TTS, always in a container a browser plays. */
export function generateSpeech(
  target: MediaTarget,
  request: SpeechRequest,
): Promise<GeneratedMedia> {
  return callProvider(target, request.abortSignal, () =>
    target.kind === 'google' ? geminiSpeech(target, request) : openAISpeech(target, request),
  );
}

async function geminiSpeech(target: MediaTarget, request: SpeechRequest): Promise<GeneratedMedia> {
  const client = googleClient(target);
  const response = await client.models.generateContent({
    model: target.modelId ?? DEFAULT_MEDIA_MODELS.googleSpeech,
    contents: [{ role: 'user', parts: [{ text: request.text }] }],
    config: {
      responseModalities: [Modality.AUDIO],
      speechConfig: {
        voiceConfig: { prebuiltVoiceConfig: { voiceName: resolveVoice('google', request.voice) } },
      },
      ...(request.abortSignal ? { abortSignal: request.abortSignal } : {}),
    },
  });
  const parts = response.candidates?.[0]?.content?.parts ?? [];
  const audio = parts.find((part) => part.inlineData?.data)?.inlineData;
  if (!audio?.data) throw mediaFailure('The provider returned no audio.');
  // Gemini sends headerless PCM labelled e.g. `audio/L16;codec=pcm;rate=24000`.
  const playable = toPlayableAudio(
    fromBase64(audio.data),
    audio.mimeType ?? 'audio/L16;rate=24000',
  );
  return { mediaType: 'audio', ...playable };
}

async function openAISpeech(target: MediaTarget, request: SpeechRequest): Promise<GeneratedMedia> {
  const client = openAIClient(target);
  const response = await client.audio.speech.create(
    {
      model: target.modelId ?? DEFAULT_MEDIA_MODELS.openaiSpeech,
      voice: resolveVoice('openai', request.voice),
      input: request.text,
      response_format: 'mp3',
    },
    request.abortSignal ? { signal: request.abortSignal } : {},
  );
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.byteLength === 0) throw mediaFailure('The provider returned no audio.');
  const contentType = response.headers.get('content-type') ?? 'audio/mpeg';
  return { mediaType: 'audio', ...toPlayableAudio(bytes, contentType) };
}
