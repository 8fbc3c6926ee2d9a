import type { AdminModel, ModelType } from '@enox/contracts';

export interface ModelFilter {
  search: string;
  type: ModelType | '';
  providerId: string;
}

/** The inline filters of the models table: any word of name or id, type, provider. */
export function filterModels(models: readonly AdminModel[], filter: ModelFilter): AdminModel[] {
  const words = filter.search.toLowerCase().split(/\s+/).filter(Boolean);
  return models.filter(
    (model) =>
      (!filter.type || model.type === filter.type) &&
      (!filter.providerId || model.provider.id === filter.providerId) &&
      words.every((word) => `${model.name} ${model.modelId}`.toLowerCase().includes(word)),
  );
}
