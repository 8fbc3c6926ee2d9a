import { SIM_MODELS } from '../catalog.js';
import type { Exchange } from '../exchange.js';
import { sendJson } from '../exchange.js';

const CREATED = 1_735_689_600; // 2025-01-01, fixed so listings are deterministic

function modelObject(id: string): Record<string, unknown> {
  return { id, object: 'model', created: CREATED, owned_by: 'enox-sim' };
}

/** `GET /models` and `GET /models/{id}`; every id exists, since the sim answers any model. */
export function answerOpenAIModels(
  ex: Exchange,
  id: string | undefined,
  protocol = 'openai',
): void {
  if (id !== undefined) {
    sendJson(ex, 200, modelObject(id));
    return;
  }
  const data = SIM_MODELS.filter((m) => m.protocol === protocol).map((m) => modelObject(m.id));
  sendJson(ex, 200, { object: 'list', data });
}
