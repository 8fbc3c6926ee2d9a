import type { IncomingMessage, ServerResponse } from 'node:http';
import { presentedKey } from './auth.js';
import { unscriptedChatBehaviour } from './chat/unscripted-behaviour.js';
import type { Exchange, SimState } from './exchange.js';
import { playGeneric, sendProviderError } from './generic-behaviours.js';
import { providerError } from './provider-errors.js';
import { flattenHeaders, readBody } from './request-body.js';
import { formatForPath, resolveRoute } from './router.js';
import type { ScriptQueue } from './script.js';

export interface HandlerDeps {
  state: SimState;
  script: ScriptQueue;
  apiKey: string | undefined;
}

/** Records the request, checks the key, picks a scripted step and lets the route answer. */
export async function handleRequest(
  deps: HandlerDeps,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const startedAt = performance.now();
  const { recorder } = deps.state;
  const url = new URL(req.url ?? '/', 'http://provider-sim');
  const record = recorder.open({
    method: req.method ?? 'GET',
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: flattenHeaders(req.headers),
  });
  const controller = new AbortController();
  res.on('close', () => {
    recorder.settle(record, res.writableFinished ? 'completed' : 'closed-by-client');
    controller.abort();
  });
  res.socket?.setNoDelay(true);
  const ex: Exchange = {
    req,
    res,
    url,
    record,
    signal: controller.signal,
    startedAt,
    state: deps.state,
  };
  try {
    record.body = await readBody(req);
    const route = resolveRoute(record.method, url.pathname, record.body);
    if (!route) {
      const message = `Unknown request URL: ${record.method} ${url.pathname}`;
      sendProviderError(ex, providerError(formatForPath(url.pathname), { status: 404, message }));
      return;
    }
    record.protocol = route.protocol;
    record.endpoint = route.endpoint;
    record.model = route.model;
    if (
      deps.apiKey !== undefined &&
      route.auth !== 'none' &&
      presentedKey(route, req, url) !== deps.apiKey
    ) {
      sendProviderError(ex, providerError(route.protocol, { status: 401 }));
      return;
    }
    const endpoint = route.endpoint;
    const behaviour =
      endpoint === 'operation' || endpoint === 'file'
        ? undefined
        : (deps.script.take({
            protocol: route.protocol,
            endpoint,
            model: route.model,
            features: route.features,
          }) ??
          (route.chat && unscriptedChatBehaviour(route.chat)));
    record.behaviour = behaviour;
    if (behaviour && (await playGeneric(ex, route, behaviour))) return;
    await route.answer(ex, behaviour);
  } catch (error) {
    // A bug in the sim must show up as a provider 500, not as a hung test.
    console.error('provider-sim: request failed', error);
    if (!res.headersSent) {
      sendProviderError(
        ex,
        providerError(formatForPath(url.pathname), { status: 500, message: String(error) }),
      );
    } else res.destroy();
  }
}
