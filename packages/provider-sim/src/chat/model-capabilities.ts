import type { SimFeature } from '../behaviour.js';
import type { ChatRequestView } from './chat-request.js';

/**
 * Gemini model names reserved for models that lack a feature, so the adapters' fallback
 * can be seen by hand. Every other model name, OpenAI or Gemini, is fully capable.
 */
export const RESERVED_GEMINI_MODELS: Readonly<Record<string, readonly SimFeature[]>> = {
  'sim-gemini-no-thinking': ['thinking'],
  'sim-gemini-no-tools': ['tools'],
};

/** Features this request uses that its model refuses with a 400. */
export function refusedFeatures(view: ChatRequestView): SimFeature[] {
  if (view.protocol !== 'gemini') return [];
  const lacking = RESERVED_GEMINI_MODELS[view.model.replace(/^models\//, '')] ?? [];
  return view.features.filter((feature) => lacking.includes(feature));
}
