import type { Model, ModelType } from '@enox/contracts';

export const MAX_PINNED = 3;

export interface ModelSection {
  id: 'pinned' | 'recent' | 'all';
  title: string;
  models: Model[];
}

const TYPE_ORDER: Record<ModelType, number> = { text: 0, image: 1, video: 2, tts: 3 };
const TYPE_WORDS: Record<ModelType, string> = {
  text: 'text',
  image: 'img image picture',
  video: 'vid video',
  tts: 'tts speech voice audio',
};

/** Every word of the query must appear in the model's name, id, provider or type words. */
export function matchesQuery(model: Model, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack =
    `${model.name} ${model.modelId} ${model.provider.name} ${TYPE_WORDS[model.type]}`.toLowerCase();
  return words.every((word) => haystack.includes(word));
}

function byTypeThenName(a: Model, b: Model): number {
  return (
    TYPE_ORDER[a.type] - TYPE_ORDER[b.type] ||
    a.provider.name.localeCompare(b.provider.name) ||
    a.name.localeCompare(b.name)
  );
}

/**
 * The selector's sections: Pinned (in pin order, at most three) → Recent
 * (most recent first, not pinned) → All (every model, text first, then by
 * provider and name, so a model keeps its place when it is pinned or unpinned).
 * Ids of models that no longer exist are skipped; empty sections are dropped.
 */
export function modelSections(
  models: readonly Model[],
  pinnedIds: readonly string[],
  recentIds: readonly string[],
  query = '',
): ModelSection[] {
  const byId = new Map(models.map((model) => [model.id, model]));
  const visible = (model: Model | undefined): model is Model =>
    model !== undefined && matchesQuery(model, query);
  const pinned = pinnedIds
    .slice(0, MAX_PINNED)
    .map((id) => byId.get(id))
    .filter(visible);
  const pinnedSet = new Set(pinned.map((model) => model.id));
  const recent = recentIds
    .filter((id) => !pinnedSet.has(id))
    .map((id) => byId.get(id))
    .filter(visible);
  const all = models.filter((model) => matchesQuery(model, query)).sort(byTypeThenName);
  const sections: ModelSection[] = [
    { id: 'pinned', title: 'Pinned', models: pinned },
    { id: 'recent', title: 'Recent', models: recent },
    { id: 'all', title: 'All models', models: all },
  ];
  return sections.filter((section) => section.models.length > 0);
}

/** Pins or unpins a model; a fourth pin is refused (returns null). */
export function togglePin(pinnedIds: readonly string[], modelId: string): string[] | null {
  if (pinnedIds.includes(modelId)) return pinnedIds.filter((id) => id !== modelId);
  if (pinnedIds.length >= MAX_PINNED) return null;
  return [...pinnedIds, modelId];
}
