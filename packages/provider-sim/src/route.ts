import type { SimBehaviour, SimFeature, SimProtocol } from './behaviour.js';
import type { ChatRequestView } from './chat/chat-request.js';
import type { Exchange } from './exchange.js';
import type { SimRequest } from './provider-sim.js';

/** A request resolved to its handler. */
export interface Route {
  protocol: SimProtocol;
  endpoint: NonNullable<SimRequest['endpoint']>;
  model: string | undefined;
  /** How the API key travels: `Authorization: Bearer`, Google's header / `?key=`, or not at all. */
  auth: 'bearer' | 'google' | 'none';
  /** Features the request uses, for `unsupported` steps. */
  features: readonly SimFeature[];
  /** A chat request's content, for the behaviours chosen by model name and `[sim:…]` directives. */
  chat?: ChatRequestView;
  /** The client expects an SSE stream (decides the content type of a scripted hang). */
  stream?: boolean;
  /** Answers with the scripted behaviour for this endpoint, or the default one. */
  answer(ex: Exchange, behaviour: SimBehaviour | undefined): Promise<void> | void;
}

/** The scripted behaviour if it is of the given kind (the script only hands out matching kinds). */
export function behaviourOf<K extends SimBehaviour['kind']>(
  behaviour: SimBehaviour | undefined,
  kind: K,
): Extract<SimBehaviour, { kind: K }> | undefined {
  return behaviour?.kind === kind ? (behaviour as Extract<SimBehaviour, { kind: K }>) : undefined;
}
