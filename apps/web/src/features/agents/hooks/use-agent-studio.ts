import type { Agent } from '@enox/contracts';
import { toast } from '@enox/ui';
import { useState } from 'react';
import { readAppError } from '@enox/app-kit';
import { useModels } from '../../../lib/models';
import { useCreateAgent, useMyAgents, useUpdateAgent } from '../api/use-agents';
import {
  changedFields,
  draftFromAgent,
  emptyDraft,
  validateDraft,
  type AgentDraft,
  type DraftErrors,
} from '../utils/agent-draft';
import { useUsernameCheck } from './use-username-check';

/**
 * The state of the Agent Studio: the saved agent (if any), the draft being
 * edited, its errors, and saving. The draft is what the live test chat uses.
 */
export function useAgentStudio(agentId: string | null, onCreated: (agent: Agent) => void) {
  const agents = useMyAgents();
  const models = useModels().data ?? [];
  const saved = agentId ? agents.data?.find((agent) => agent.id === agentId) : undefined;
  const defaultModel = models.find((model) => model.type === 'text')?.id ?? '';
  const base: AgentDraft | null = saved
    ? draftFromAgent(saved)
    : agentId
      ? null
      : emptyDraft(defaultModel);
  const [edits, setEdits] = useState<Partial<AgentDraft>>({});
  const [errors, setErrors] = useState<DraftErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const create = useCreateAgent();
  const update = useUpdateAgent();

  const draft: AgentDraft | null = base
    ? { ...base, ...edits, modelId: edits.modelId || base.modelId || defaultModel }
    : null;
  const usernameStatus = useUsernameCheck(draft?.username ?? '', saved?.username ?? null);
  const dirty = Boolean(draft && base && Object.keys(changedFields(draft, base)).length > 0);

  const change = (next: Partial<AgentDraft>) => {
    setEdits((current) => ({ ...current, ...next }));
    setFormError(null);
    setErrors((current) => {
      const copy = { ...current };
      for (const key of Object.keys(next) as (keyof AgentDraft)[]) delete copy[key];
      return copy;
    });
  };

  const onServerError = (error: unknown) => {
    const info = readAppError(error);
    if (info.appCode === 'USERNAME_TAKEN') setErrors({ username: info.message });
    else if (Object.keys(info.fieldErrors).length > 0) setErrors(info.fieldErrors as DraftErrors);
    else setFormError(info.message);
  };

  const save = () => {
    if (!draft) return;
    const checked = validateDraft(draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    if (saved && base) {
      update.mutate(
        { id: saved.id, ...changedFields(checked.data, base) },
        {
          onSuccess: () => {
            setEdits({});
            toast.success('Agent saved');
          },
          onError: onServerError,
        },
      );
    } else {
      create.mutate(checked.data, {
        onSuccess: (agent) => {
          setEdits({});
          toast.success('Agent created');
          onCreated(agent);
        },
        onError: onServerError,
      });
    }
  };

  return {
    loading: agents.isPending || (Boolean(agentId) && !saved && !agents.isError),
    notFound: Boolean(agentId) && agents.isSuccess && !saved,
    saved,
    draft,
    change,
    errors,
    formError,
    usernameStatus,
    dirty,
    saving: create.isPending || update.isPending,
    save,
    models,
  };
}
