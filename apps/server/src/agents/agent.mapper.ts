import type { Agent, PublicAgent } from '@enox/contracts';
import type { AgentWithNames } from './agent.repository.js';

/** What anyone may see: never the prompt or the settings. */
export function toPublicAgent(row: AgentWithNames): PublicAgent {
  return {
    id: row.id,
    name: row.name,
    username: row.username,
    description: row.description,
    modelId: row.model_id,
    modelName: row.model_name,
    creatorName: row.creator_name,
    isPublic: row.is_public,
    createdAt: row.created_at.toISOString(),
  };
}

/** Everything, for the creator only. */
export function toAgent(row: AgentWithNames): Agent {
  return {
    ...toPublicAgent(row),
    systemPrompt: row.system_prompt,
    temperature: row.temperature,
    topP: row.top_p,
    maxTokens: row.max_tokens,
    updatedAt: row.updated_at.toISOString(),
  };
}
