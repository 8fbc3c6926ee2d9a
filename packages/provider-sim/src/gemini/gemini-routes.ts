import { answerOpenAIChat } from '../openai/chat-completions.js';
import { parseOpenAIChat } from '../openai/chat-request.js';
import { answerOpenAIModels } from '../openai/models.js';
import type { Route } from '../route.js';
import { behaviourOf } from '../route.js';
import { answerGeminiGenerate } from './generate-content.js';
import { parseGeminiGenerate } from './generate-request.js';
import { answerImagen } from './imagen.js';
import { answerGeminiModels } from './models.js';
import { answerGeminiTts } from './tts.js';
import { downloadFile, pollVeo, startVeo } from './veo.js';

const base = { protocol: 'gemini', auth: 'google', features: [] } as const;

/** Google's OpenAI-compatible surface (`/v1beta/openai/…`), which takes a Bearer key. */
function compatRoute(method: string, path: string, body: unknown): Route | undefined {
  if (method === 'POST' && path === '/chat/completions') {
    const request = parseOpenAIChat(body);
    return {
      ...base,
      auth: 'bearer',
      endpoint: 'chat',
      model: request.model,
      features: request.features,
      chat: request,
      // Google's compatibility layer buffers: the whole stream arrives at the end.
      answer: (ex, b) => answerOpenAIChat(ex, request, behaviourOf(b, 'reply'), true),
    };
  }
  if (method === 'GET' && path === '/models') {
    return {
      ...base,
      auth: 'bearer',
      endpoint: 'models',
      model: undefined,
      answer: (ex) => answerOpenAIModels(ex, undefined, 'gemini'),
    };
  }
  return undefined;
}

/** `models/{model}:{method}` calls. */
function modelMethodRoute(model: string, action: string, body: unknown): Route | undefined {
  if (action === 'generateContent' || action === 'streamGenerateContent') {
    const request = parseGeminiGenerate(model, action === 'streamGenerateContent', body);
    if (request.audio) {
      return {
        ...base,
        endpoint: 'speech',
        model,
        answer: (ex, b) => answerGeminiTts(ex, request, behaviourOf(b, 'media')),
      };
    }
    return {
      ...base,
      endpoint: 'chat',
      model,
      features: request.features,
      chat: request,
      answer: (ex, b) => answerGeminiGenerate(ex, request, behaviourOf(b, 'reply')),
    };
  }
  if (action === 'predict') {
    return {
      ...base,
      endpoint: 'image',
      model,
      answer: (ex, b) => answerImagen(ex, body, behaviourOf(b, 'media')),
    };
  }
  if (action === 'predictLongRunning') {
    return {
      ...base,
      endpoint: 'video',
      model,
      answer: (ex, b) => startVeo(ex, model, body, behaviourOf(b, 'video')),
    };
  }
  return undefined;
}

/** Routes under `/gemini`; `path` is what follows that prefix. */
export function geminiRoute(method: string, path: string, body: unknown): Route | undefined {
  const compat = /^\/v1[a-z0-9]*\/openai(\/.*)$/.exec(path);
  if (compat?.[1] !== undefined) return compatRoute(method, compat[1], body);
  const m = /^\/v1[a-z0-9]*\/(.+)$/.exec(path);
  const rest = m?.[1] === undefined ? '' : decodeURIComponent(m[1]);
  if (method === 'POST') {
    const call = /^models\/([^/:]+):([A-Za-z]+)$/.exec(rest);
    return call?.[1] && call[2] ? modelMethodRoute(call[1], call[2], body) : undefined;
  }
  if (method !== 'GET') return undefined;
  const operation = /^models\/([^/]+)\/operations\/[^/]+$/.exec(rest);
  if (operation) {
    return {
      ...base,
      endpoint: 'operation',
      model: operation[1],
      answer: (ex) => pollVeo(ex, rest),
    };
  }
  const file = /^files\/([a-z0-9]+)(?::download)?$/.exec(rest);
  if (file?.[1] !== undefined) {
    const id = file[1];
    return { ...base, endpoint: 'file', model: undefined, answer: (ex) => downloadFile(ex, id) };
  }
  const model = /^models(?:\/([^/:]+))?$/.exec(rest);
  if (model) {
    const id = model[1];
    return { ...base, endpoint: 'models', model: id, answer: (ex) => answerGeminiModels(ex, id) };
  }
  return undefined;
}
