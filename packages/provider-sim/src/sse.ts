import type { Exchange } from './exchange.js';

export const SSE_CONTENT_TYPE = 'text/event-stream';

/** Sends the SSE response headers at once, as real providers do before the first token. */
export function startSse(ex: Exchange): void {
  ex.res.writeHead(200, {
    'content-type': SSE_CONTENT_TYPE,
    'cache-control': 'no-cache',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  ex.res.flushHeaders();
}

/** OpenAI frames events with `\n\n`. */
export function openaiEvent(data: unknown): string {
  return `data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`;
}

/** Gemini frames events with `\r\n\r\n`, which @google/genai accepts alongside `\n\n`. */
export function geminiEvent(data: unknown): string {
  return `data: ${JSON.stringify(data)}\r\n\r\n`;
}
