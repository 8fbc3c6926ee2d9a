import type { SimMedia } from '../behaviour.js';
import { isRecord } from '../chat/chat-request.js';
import type { Exchange } from '../exchange.js';
import { sendJson } from '../exchange.js';
import { sizeForAspectRatio } from '../media/dimensions.js';
import { mediaLatency } from '../media/latency.js';
import { promptImage } from '../media/png.js';

/** What `:predict` asks for: `{ instances: [{ prompt }], parameters: { sampleCount, aspectRatio } }`. */
export function readPredict(body: unknown): {
  prompt: string;
  parameters: Record<string, unknown>;
} {
  const b = isRecord(body) ? body : {};
  const instance = Array.isArray(b.instances) && isRecord(b.instances[0]) ? b.instances[0] : {};
  return {
    prompt: typeof instance.prompt === 'string' ? instance.prompt : '',
    parameters: isRecord(b.parameters) ? b.parameters : {},
  };
}

/** Imagen `:predict`: one PNG per sample, sized by `aspectRatio`. */
export async function answerImagen(
  ex: Exchange,
  body: unknown,
  behaviour: SimMedia | undefined,
): Promise<void> {
  if (!(await mediaLatency(ex, behaviour))) return;
  const { prompt, parameters } = readPredict(body);
  const count =
    typeof parameters.sampleCount === 'number'
      ? Math.min(8, Math.max(1, parameters.sampleCount))
      : 1;
  const { width, height } = sizeForAspectRatio(parameters.aspectRatio);
  const predictions = Array.from({ length: count }, (_, i) => ({
    bytesBase64Encoded: promptImage(`${prompt}#${i}`, width, height).toString('base64'),
    mimeType: 'image/png',
  }));
  sendJson(ex, 200, { predictions });
}
