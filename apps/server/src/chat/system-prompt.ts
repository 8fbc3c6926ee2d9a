import { AppError, type AgentDraftInput, type User } from '@enox/contracts';
import type { AgentRow } from '../db/schema.js';

/**
 * The system prompt a run starts from: the Agent Studio's unsaved draft, else the
 * agent's saved prompt. Only the agent's creator may replace its prompt; before the
 * agent exists there is no one else to ask.
 */
export function systemPromptFor(
  user: User,
  agent: AgentRow | null,
  draft: AgentDraftInput | undefined,
): string | null {
  if (draft) {
    if (agent && agent.user_id !== user.id) {
      throw new AppError('FORBIDDEN', {
        message: 'Only the creator of this agent can test changes to it.',
      });
    }
    return draft.systemPrompt.trim() === '' ? null : draft.systemPrompt;
  }
  return agent?.system_prompt ? agent.system_prompt : null;
}
