import { useCallback, useState } from 'react';
import { readStored, writeStored } from '../../../lib/browser-storage';

const keyOf = (agentKey: string) => `enox.studio-chat.${agentKey}`;

/**
 * The live test chat of an agent (or of the unsaved new agent): its chat id
 * lives in local storage, so the conversation is still there after a reload.
 */
export function useStudioChat(agentKey: string) {
  const [chatId, setChatId] = useState<string | null>(
    () =>
      readStored(keyOf(agentKey), (value) => (typeof value === 'string' ? value : undefined)) ??
      null,
  );
  const remember = useCallback(
    (id: string | null) => {
      writeStored(keyOf(agentKey), id ?? undefined);
      setChatId(id);
    },
    [agentKey],
  );
  return { chatId, setChatId: remember };
}

/** Moves the new agent's test chat to the agent once it is created. */
export function adoptStudioChat(fromKey: string, toKey: string): void {
  const id = readStored(keyOf(fromKey), (value) => (typeof value === 'string' ? value : undefined));
  if (id) writeStored(keyOf(toKey), id);
  writeStored(keyOf(fromKey), undefined);
}
