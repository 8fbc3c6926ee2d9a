import type { SimVideo } from '../behaviour.js';
import type { Exchange } from '../exchange.js';
import { sendBytes, sendJson } from '../exchange.js';
import { tinyMp4 } from '../media/video.js';
import { geminiError } from '../provider-errors.js';
import { readPredict } from './imagen.js';
import { pollOperation } from './video-operations.js';

const RESPONSE_TYPE =
  'type.googleapis.com/google.ai.generativelanguage.v1beta.PredictLongRunningResponse';

/** Veo `:predictLongRunning`: starts an operation and answers its name at once. */
export function startVeo(
  ex: Exchange,
  model: string,
  body: unknown,
  behaviour: SimVideo | undefined,
): void {
  const { prompt, parameters } = readPredict(body);
  const count =
    typeof parameters.sampleCount === 'number'
      ? Math.min(4, Math.max(1, parameters.sampleCount))
      : 1;
  const operation = ex.state.videos.create(model, prompt, count, behaviour);
  sendJson(ex, 200, { name: operation.name });
}

/** `GET /v1beta/{operation name}`: not done until the scripted polls and time have passed. */
export function pollVeo(ex: Exchange, name: string): void {
  const operation = ex.state.videos.get(name);
  if (!operation) {
    const e = geminiError({ status: 404, message: `Operation ${name} not found.` });
    sendJson(ex, e.status, e.body);
    return;
  }
  if (!pollOperation(operation)) {
    sendJson(ex, 200, { name });
    return;
  }
  if (operation.failWith) {
    sendJson(ex, 200, { name, done: true, error: operation.failWith });
    return;
  }
  operation.videoUris ??= Array.from({ length: operation.sampleCount }, (_, i) => {
    const seed = `${operation.prompt}#${i}`;
    const id = ex.state.media.put({ mimeType: 'video/mp4', bytes: tinyMp4(seed) }, seed);
    return `${ex.state.simUrl}/gemini/v1beta/files/${id}:download?alt=media`;
  });
  const generatedSamples = operation.videoUris.map((uri) => ({ video: { uri } }));
  sendJson(ex, 200, {
    name,
    done: true,
    response: { '@type': RESPONSE_TYPE, generateVideoResponse: { generatedSamples } },
  });
}

/** The video URI (`files/{id}:download?alt=media`), also served to `files.download`. */
export function downloadFile(ex: Exchange, id: string): void {
  const file = ex.state.media.get(id);
  if (!file) {
    const e = geminiError({ status: 404, message: `File files/${id} not found.` });
    sendJson(ex, e.status, e.body);
    return;
  }
  sendBytes(ex, file.mimeType, file.bytes);
}
