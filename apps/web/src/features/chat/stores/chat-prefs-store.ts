import type { AspectRatio } from '@enox/contracts';
import { create } from 'zustand';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';

export const MAX_RECENT_MODELS = 5;

/** Composer and model-selector preferences that survive a reload. No server data. */
export interface ChatPrefsState {
  selectedModelId: string | null;
  /** Most recent first. */
  recentModelIds: string[];
  thinking: boolean;
  aspectRatio: AspectRatio;
  voice: string | null;
  selectModel: (modelId: string) => void;
  setThinking: (thinking: boolean) => void;
  setAspectRatio: (aspectRatio: AspectRatio) => void;
  setVoice: (voice: string) => void;
}

export function createChatPrefsStore(storage?: StateStorage) {
  return create<ChatPrefsState>()(
    persist(
      (set) => ({
        selectedModelId: null,
        recentModelIds: [],
        thinking: false,
        aspectRatio: '1:1',
        voice: null,
        selectModel: (modelId) =>
          set((state) => ({
            selectedModelId: modelId,
            recentModelIds: [modelId, ...state.recentModelIds.filter((id) => id !== modelId)].slice(
              0,
              MAX_RECENT_MODELS,
            ),
          })),
        setThinking: (thinking) => set({ thinking }),
        setAspectRatio: (aspectRatio) => set({ aspectRatio }),
        setVoice: (voice) => set({ voice }),
      }),
      {
        name: 'enox.chat-prefs',
        version: 1,
        storage: createJSONStorage(() => storage ?? window.localStorage),
        partialize: ({ selectedModelId, recentModelIds, thinking, aspectRatio, voice }) => ({
          selectedModelId,
          recentModelIds,
          thinking,
          aspectRatio,
          voice,
        }),
      },
    ),
  );
}

export const useChatPrefs = createChatPrefsStore();
