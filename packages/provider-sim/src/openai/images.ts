import type { SimMedia } from '../behaviour.js';
import { isRecord } from '../chat/chat-request.js';
import type { Exchange } from '../exchange.js';
import { sendJson } from '../exchange.js';
import { sizeForOpenAISize } from '../media/dimensions.js';
import { mediaLatency } from '../media/latency.js';
import { promptImage } from '../media/png.js';

/** `POST /images/generations`: PNGs as `b64_json`, or sim-served URLs for `response_format: 'url'`. */
export async function answerOpenAIImages(
  ex: Exchange,
  body: unknown,
  behaviour: SimMedia | undefined,
): Promise<void> {
  if (!(await mediaLatency(ex, behaviour))) return;
  const b = isRecord(body) ? body : {};
  const prompt = typeof b.prompt === 'string' ? b.prompt : '';
  const count = typeof b.n === 'number' ? Math.min(10, Math.max(1, b.n)) : 1;
  const { width, height } = sizeForOpenAISize(b.size);
  const data = Array.from({ length: count }, (_, i) => {
    const seed = `${prompt}#${i}`;
    const png = promptImage(seed, width, height);
    if (b.response_format === 'url') {
      const id = ex.state.media.put({ mimeType: 'image/png', bytes: png }, seed);
      return { url: `${ex.state.simUrl}/files/${id}`, revised_prompt: prompt };
    }
    return { b64_json: png.toString('base64'), revised_prompt: prompt };
  });
  sendJson(ex, 200, { created: Math.floor(Date.now() / 1000), data });
}
