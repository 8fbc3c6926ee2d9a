import { createAgentInput, type Agent, type CreateAgentInput } from '@enox/contracts';

/** The Agent Studio's form: everything an agent is made of, edited before saving. */
export type AgentDraft = CreateAgentInput;

export type DraftErrors = Partial<Record<keyof AgentDraft, string>>;

export function emptyDraft(modelId: string): AgentDraft {
  return {
    name: '',
    username: '',
    description: '',
    systemPrompt: '',
    modelId,
    temperature: null,
    topP: null,
    maxTokens: null,
    isPublic: false,
  };
}

export function draftFromAgent(agent: Agent): AgentDraft {
  return {
    name: agent.name,
    username: agent.username,
    description: agent.description,
    systemPrompt: agent.systemPrompt,
    modelId: agent.modelId,
    temperature: agent.temperature,
    topP: agent.topP,
    maxTokens: agent.maxTokens,
    isPublic: agent.isPublic,
  };
}

/** Checks a draft with the server's own schema: one message per field. */
export function validateDraft(
  draft: AgentDraft,
): { ok: true; data: AgentDraft } | { ok: false; errors: DraftErrors } {
  const result = createAgentInput.safeParse(draft);
  if (result.success) return { ok: true, data: result.data };
  const errors: DraftErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && field in draft && !errors[field as keyof AgentDraft]) {
      errors[field as keyof AgentDraft] = issue.message;
    }
  }
  return { ok: false, errors };
}

/** Fields whose value differs from the saved agent. */
export function changedFields(draft: AgentDraft, saved: AgentDraft): Partial<AgentDraft> {
  const changes: Partial<AgentDraft> = {};
  for (const key of Object.keys(draft) as (keyof AgentDraft)[]) {
    if (draft[key] !== saved[key]) Object.assign(changes, { [key]: draft[key] });
  }
  return changes;
}
