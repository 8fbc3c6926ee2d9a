import type { SimMedia } from '../behaviour.js';
import type { Exchange } from '../exchange.js';
import { waitUntil } from '../pacing.js';

/** Default time a media generation takes: short, so the offline provider feels responsive. */
export const DEFAULT_MEDIA_LATENCY_MS = 20;

/** Waits the scripted generation time; false when the client left meanwhile. */
export function mediaLatency(ex: Exchange, behaviour: SimMedia | undefined): Promise<boolean> {
  return waitUntil(ex.startedAt, behaviour?.latencyMs ?? DEFAULT_MEDIA_LATENCY_MS, ex.signal);
}
