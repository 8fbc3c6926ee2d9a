import type { AdminModel } from '@enox/contracts';
import type { ModelRow } from '../../db/schema.js';
import type { AdminModelRow } from './model.repository.js';

function capabilitiesOf(row: ModelRow) {
  return {
    thinking: row.capabilities.thinking ?? false,
    tools: row.capabilities.tools ?? false,
    vision: row.capabilities.vision ?? false,
  };
}

export function toAdminModel(row: AdminModelRow): AdminModel {
  return {
    id: row.id,
    modelId: row.model_id,
    name: row.display_name,
    type: row.type,
    provider: {
      id: row.provider_id,
      name: row.provider_name,
      kind: row.provider_kind,
      active: row.provider_active,
    },
    monthlyLimit: row.monthly_limit,
    maxTokens: row.max_tokens,
    capabilities: capabilitiesOf(row),
    active: row.active,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** What the audit log keeps of a model. */
export function modelSnapshot(row: ModelRow): Record<string, unknown> {
  return {
    name: row.display_name,
    modelId: row.model_id,
    type: row.type,
    providerId: row.provider_id,
    monthlyLimit: row.monthly_limit,
    maxTokens: row.max_tokens,
    capabilities: capabilitiesOf(row),
    active: row.active,
  };
}
