import type { SimBehaviour } from './behaviour.js';
import type { Exchange } from './exchange.js';
import { dropConnection, sendHeadersOnly, sendJson } from './exchange.js';
import { untilAborted } from './pacing.js';
import type { ProviderError } from './provider-errors.js';
import { providerError, unsupportedError } from './provider-errors.js';
import type { Route } from './route.js';
import { SSE_CONTENT_TYPE } from './sse.js';

export function sendProviderError(ex: Exchange, error: ProviderError): void {
  sendJson(ex, error.status, error.body, error.headers);
}

/**
 * Plays the behaviours that work the same on every endpoint (errors, hangs, disconnects).
 * Returns false for endpoint-specific ones, which the route answers itself.
 */
export async function playGeneric(
  ex: Exchange,
  route: Route,
  behaviour: SimBehaviour,
): Promise<boolean> {
  switch (behaviour.kind) {
    case 'error':
      sendProviderError(ex, providerError(route.protocol, behaviour));
      return true;
    case 'unsupported': {
      const feature = behaviour.features.find((f) => route.features.includes(f)) ?? 'tools';
      sendProviderError(ex, unsupportedError(route.protocol, feature, behaviour.message));
      return true;
    }
    case 'hang':
      if (behaviour.afterHeaders) {
        sendHeadersOnly(ex, route.stream ? SSE_CONTENT_TYPE : 'application/json; charset=utf-8');
      }
      await untilAborted(ex.signal);
      return true;
    case 'disconnect':
      if (behaviour.afterHeaders) {
        sendHeadersOnly(ex, route.stream ? SSE_CONTENT_TYPE : 'application/json; charset=utf-8');
      }
      dropConnection(ex);
      return true;
    default:
      return false;
  }
}
