import type { SimBehaviour } from '../behaviour.js';
import { directiveBehaviour } from '../directives/directive-behaviour.js';
import type { ChatRequestView } from './chat-request.js';
import { refusedFeatures } from './model-capabilities.js';

/**
 * A chat request no script step took: a reserved model refuses what it lacks, then the
 * `[sim:…]` directives decide; `undefined` leaves it to the default answer.
 */
export function unscriptedChatBehaviour(view: ChatRequestView): SimBehaviour | undefined {
  const refused = refusedFeatures(view);
  if (refused.length > 0) return { kind: 'unsupported', features: refused };
  return directiveBehaviour(view);
}
