import type { SimMedia } from '../behaviour.js';
import { isRecord } from '../chat/chat-request.js';
import type { Exchange } from '../exchange.js';
import { sendBytes } from '../exchange.js';
import { PCM_SAMPLE_RATE, silentMp3, speechPcm, wavFromPcm } from '../media/audio.js';
import { mediaLatency } from '../media/latency.js';

/**
 * `POST /audio/speech`: `mp3` (the default) is silent MPEG frames, `pcm` raw 24 kHz PCM;
 * `wav` and every other format (opus, aac, flac) a WAV tone, sent as `audio/wav`.
 */
export async function answerOpenAISpeech(
  ex: Exchange,
  body: unknown,
  behaviour: SimMedia | undefined,
): Promise<void> {
  if (!(await mediaLatency(ex, behaviour))) return;
  const b = isRecord(body) ? body : {};
  const input = typeof b.input === 'string' ? b.input : '';
  const voice = typeof b.voice === 'string' ? b.voice : 'alloy';
  const format = typeof b.response_format === 'string' ? b.response_format : 'mp3';
  const pcm = speechPcm(input, voice);
  if (format === 'mp3') {
    sendBytes(ex, 'audio/mpeg', silentMp3(pcm.length / 2 / PCM_SAMPLE_RATE));
  } else if (format === 'pcm') {
    sendBytes(ex, 'audio/pcm', pcm);
  } else {
    sendBytes(ex, 'audio/wav', wavFromPcm(pcm));
  }
}
