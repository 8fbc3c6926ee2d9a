import type { SimProtocol } from './behaviour.js';
import type { Exchange } from './exchange.js';
import { sendBytes } from './exchange.js';
import { geminiRoute } from './gemini/gemini-routes.js';
import { openaiRoute } from './openai/openai-routes.js';
import type { Route } from './route.js';

function servedFile(id: string): Route {
  return {
    protocol: 'openai',
    endpoint: 'file',
    model: undefined,
    auth: 'none',
    features: [],
    answer: (ex: Exchange) => {
      const file = ex.state.media.get(id);
      if (file) sendBytes(ex, file.mimeType, file.bytes);
      else ex.res.writeHead(404).end();
    },
  };
}

function isStreaming(path: string, body: unknown): boolean {
  const flag = typeof body === 'object' && body !== null && (body as { stream?: unknown }).stream;
  return flag === true || path.includes(':streamGenerateContent');
}

/** Maps a request to its handler; `undefined` is a 404. */
export function resolveRoute(method: string, path: string, body: unknown): Route | undefined {
  let route: Route | undefined;
  if (path.startsWith('/openai/v1/'))
    route = openaiRoute(method, path.slice('/openai/v1'.length), body);
  else if (path.startsWith('/gemini/'))
    route = geminiRoute(method, path.slice('/gemini'.length), body);
  else {
    const file = /^\/files\/([a-z0-9]+)$/.exec(path);
    if (method === 'GET' && file?.[1] !== undefined) route = servedFile(file[1]);
  }
  return route && { ...route, stream: isStreaming(path, body) };
}

/** Which error format a path's client expects, even when no route matched. */
export function formatForPath(path: string): SimProtocol {
  return path.startsWith('/gemini/') && !/^\/gemini\/v1[a-z0-9]*\/openai\//.test(path)
    ? 'gemini'
    : 'openai';
}
