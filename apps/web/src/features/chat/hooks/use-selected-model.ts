import type { Model } from '@enox/contracts';
import { useChatPrefs } from '../stores/chat-prefs-store';

/** The model the composer sends to: a forced one (an agent's), the person's choice, or the first text model. */
export function useSelectedModel(
  models: readonly Model[] | undefined,
  forcedId?: string,
): Model | undefined {
  const selectedId = useChatPrefs((state) => state.selectedModelId);
  if (!models || models.length === 0) return undefined;
  const find = (id: string | null | undefined) =>
    id ? models.find((model) => model.id === id) : undefined;
  return (
    find(forcedId) ?? find(selectedId) ?? models.find((model) => model.type === 'text') ?? models[0]
  );
}
