import { LruCache } from '../shared/lru-cache.js';

/** The optional features a Gemini request may use, richest level first. */
export interface FeatureLevel {
  thinking: boolean;
  tools: boolean;
}

export type Feature = keyof FeatureLevel;

/**
 * The attempts for a request: thinking + tools, then tools, then plain, keeping only the
 * levels within what was asked for and not known to fail for this model.
 */
export function fallbackLevels(
  wanted: FeatureLevel,
  unsupported: ReadonlySet<Feature> = new Set(),
): FeatureLevel[] {
  const start: FeatureLevel = {
    thinking: wanted.thinking && !unsupported.has('thinking'),
    tools: wanted.tools && !unsupported.has('tools'),
  };
  const levels: FeatureLevel[] = [start];
  if (start.thinking) levels.push({ thinking: false, tools: start.tools });
  if (start.tools) levels.push({ thinking: false, tools: false });
  return levels;
}

/** Features present in `tried` but missing from `worked`: the model rejected them. */
export function droppedFeatures(tried: FeatureLevel, worked: FeatureLevel): Feature[] {
  const dropped: Feature[] = [];
  if (tried.thinking && !worked.thinking) dropped.push('thinking');
  if (tried.tools && !worked.tools) dropped.push('tools');
  return dropped;
}

export interface FeatureSupportCacheOptions {
  /** How long a learned limitation holds: models gain features without notice. */
  ttlMs?: number;
  now?: () => number;
  maxModels?: number;
}

export const FEATURE_CACHE_TTL_MS = 6 * 60 * 60 * 1000;

/**
 * Remembers, per model, the features it rejected, so later requests start at the level
 * that worked instead of paying for the failing attempts again.
 */
export class FeatureSupportCache {
  readonly #entries: LruCache<string, { unsupported: Set<Feature>; expiresAt: number }>;
  readonly #ttlMs: number;
  readonly #now: () => number;

  constructor(options: FeatureSupportCacheOptions = {}) {
    this.#ttlMs = options.ttlMs ?? FEATURE_CACHE_TTL_MS;
    this.#now = options.now ?? Date.now;
    this.#entries = new LruCache(options.maxModels ?? 512);
  }

  unsupported(model: string): ReadonlySet<Feature> {
    const entry = this.#entries.get(model);
    if (!entry) return new Set();
    if (entry.expiresAt <= this.#now()) {
      this.#entries.delete(model);
      return new Set();
    }
    return entry.unsupported;
  }

  remember(model: string, features: readonly Feature[]): void {
    if (features.length === 0) return;
    const unsupported = new Set([...this.unsupported(model), ...features]);
    this.#entries.set(model, { unsupported, expiresAt: this.#now() + this.#ttlMs });
  }
}

/** Shared by every Gemini model built without its own cache. */
export const defaultFeatureSupportCache = new FeatureSupportCache();
