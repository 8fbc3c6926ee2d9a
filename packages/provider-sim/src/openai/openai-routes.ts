import type { Route } from '../route.js';
import { behaviourOf } from '../route.js';
import { answerOpenAIChat } from './chat-completions.js';
import { parseOpenAIChat } from './chat-request.js';
import { answerOpenAIImages } from './images.js';
import { answerOpenAIModels } from './models.js';
import { answerOpenAISpeech } from './speech.js';

function modelOf(body: unknown): string | undefined {
  const model =
    typeof body === 'object' && body !== null ? (body as { model?: unknown }).model : undefined;
  return typeof model === 'string' ? model : undefined;
}

/** Routes under `/openai/v1`; `path` is what follows that prefix. */
export function openaiRoute(method: string, path: string, body: unknown): Route | undefined {
  const base = { protocol: 'openai', auth: 'bearer', features: [] } as const;
  if (method === 'POST' && path === '/chat/completions') {
    const request = parseOpenAIChat(body);
    return {
      ...base,
      endpoint: 'chat',
      model: request.model,
      features: request.features,
      chat: request,
      answer: (ex, b) => answerOpenAIChat(ex, request, behaviourOf(b, 'reply')),
    };
  }
  const model = /^\/models(?:\/(.+))?$/.exec(path);
  if (method === 'GET' && model) {
    const id = model[1] === undefined ? undefined : decodeURIComponent(model[1]);
    return { ...base, endpoint: 'models', model: id, answer: (ex) => answerOpenAIModels(ex, id) };
  }
  if (method === 'POST' && path === '/images/generations') {
    return {
      ...base,
      endpoint: 'image',
      model: modelOf(body),
      answer: (ex, b) => answerOpenAIImages(ex, body, behaviourOf(b, 'media')),
    };
  }
  if (method === 'POST' && path === '/audio/speech') {
    return {
      ...base,
      endpoint: 'speech',
      model: modelOf(body),
      answer: (ex, b) => answerOpenAISpeech(ex, body, behaviourOf(b, 'media')),
    };
  }
  return undefined;
}
