import { SIM_MODELS } from '../catalog.js';
import type { SimModel } from '../catalog.js';
import type { Exchange } from '../exchange.js';
import { sendJson } from '../exchange.js';

const METHODS: Record<SimModel['type'], string[]> = {
  text: ['generateContent', 'streamGenerateContent', 'countTokens'],
  tts: ['generateContent', 'streamGenerateContent'],
  image: ['predict'],
  video: ['predictLongRunning'],
};

function modelInfo(id: string, name: string, type: SimModel['type']): Record<string, unknown> {
  return {
    name: `models/${id}`,
    version: '001',
    displayName: name,
    description: 'Enox provider simulator model',
    inputTokenLimit: 1_048_576,
    outputTokenLimit: 65_536,
    supportedGenerationMethods: METHODS[type],
    thinking: type === 'text',
  };
}

/** `GET /v1beta/models` and `GET /v1beta/models/{id}`. */
export function answerGeminiModels(ex: Exchange, id: string | undefined): void {
  if (id !== undefined) {
    const known = SIM_MODELS.find((m) => m.id === id);
    sendJson(ex, 200, modelInfo(id, known?.name ?? id, known?.type ?? 'text'));
    return;
  }
  const models = SIM_MODELS.filter((m) => m.protocol === 'gemini').map((m) =>
    modelInfo(m.id, m.name, m.type),
  );
  sendJson(ex, 200, { models });
}
