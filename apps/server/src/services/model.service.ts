import type { Model, ModelService } from '@enox/contracts';
import { GOOGLE_VOICES, OPENAI_VOICES } from '@enox/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { listActiveModels, type ModelWithProvider } from '../repositories/model.repository.js';

export function toModel(row: ModelWithProvider): Model {
  return {
    id: row.id,
    name: row.display_name,
    modelId: row.model_id,
    type: row.type,
    provider: {
      id: row.provider.id,
      name: row.provider.name,
      kind: row.provider.kind,
      simulated: row.provider.is_simulated,
    },
    capabilities: {
      thinking: row.capabilities.thinking ?? false,
      tools: row.capabilities.tools ?? false,
      vision: row.capabilities.vision ?? false,
    },
    voices:
      row.type === 'tts'
        ? [...(row.provider.kind === 'google' ? GOOGLE_VOICES : OPENAI_VOICES)]
        : [],
  };
}

export function createModelService(deps: { readonly db: Kysely<Database> }): ModelService {
  return {
    async list() {
      return (await listActiveModels(deps.db)).map(toModel);
    },
  };
}
