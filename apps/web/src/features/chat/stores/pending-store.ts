import type { SendMessageInput } from '@enox/contracts';
import { create } from 'zustand';
import type { AppErrorInfo } from '@enox/app-kit';

/** A message on its way to the server, shown at once; gone when the server has it. */
export interface PendingSend {
  text: string;
  attachments: { name: string; mimeType: string; size: number }[];
  status: 'sending' | 'failed';
  error: AppErrorInfo | null;
  /** What was sent, so a failed message can be retried as it was. */
  input: SendMessageInput;
}

/** The key of a chat that does not exist yet. */
export const NEW_CHAT_KEY = 'new';

interface PendingStoreState {
  byChat: Record<string, PendingSend | undefined>;
  set: (chatKey: string, pending: PendingSend | undefined) => void;
}

export const usePendingStore = create<PendingStoreState>()((set) => ({
  byChat: {},
  set: (chatKey, pending) => set((state) => ({ byChat: { ...state.byChat, [chatKey]: pending } })),
}));

export function usePendingSend(chatKey: string): PendingSend | undefined {
  return usePendingStore((state) => state.byChat[chatKey]);
}
