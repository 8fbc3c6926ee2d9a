import type { IncomingMessage } from 'node:http';
import type { Route } from './route.js';

/** The API key the client presented, the way the route's provider expects it. */
export function presentedKey(route: Route, req: IncomingMessage, url: URL): string | undefined {
  if (route.auth === 'bearer') {
    const header = req.headers.authorization;
    return header?.startsWith('Bearer ') ? header.slice('Bearer '.length) : undefined;
  }
  const header = req.headers['x-goog-api-key'];
  return (Array.isArray(header) ? header[0] : header) ?? url.searchParams.get('key') ?? undefined;
}
