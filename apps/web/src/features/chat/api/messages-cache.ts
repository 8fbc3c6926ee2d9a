import type { Message } from '@enox/contracts';
import type { trpc } from '@enox/app-kit';

/** One page of history; the newest page comes first, each page oldest-first. */
export const MESSAGES_PAGE = 50;

export function messagesInput(chatId: string) {
  return { chatId, limit: MESSAGES_PAGE };
}

type Utils = ReturnType<typeof trpc.useUtils>;

/** Adds messages at the end of a chat's cached history (creating it if absent). */
export function appendMessages(utils: Utils, chatId: string, messages: Message[]) {
  utils.chat.messages.setInfiniteData(messagesInput(chatId), (data) => {
    if (!data || data.pages.length === 0) {
      return { pages: [{ items: messages, nextCursor: null }], pageParams: [null] };
    }
    const ids = new Set(messages.map((m) => m.id));
    const [newest, ...older] = data.pages;
    if (!newest) return data;
    const items = [...newest.items.filter((m) => !ids.has(m.id)), ...messages];
    return { ...data, pages: [{ ...newest, items }, ...older] };
  });
}

/** Drops a message from a chat's cached history (regenerate replaces the last answer). */
export function removeMessage(utils: Utils, chatId: string, messageId: string) {
  utils.chat.messages.setInfiniteData(messagesInput(chatId), (data) => {
    if (!data) return data;
    return {
      ...data,
      pages: data.pages.map((page) => ({
        ...page,
        items: page.items.filter((m) => m.id !== messageId),
      })),
    };
  });
}

/** The shape of an answer that has just started, until the server's copy arrives. */
export function streamingPlaceholder(
  id: string,
  chatId: string,
  modelId: string,
  createdAt: string,
): Message {
  return {
    id,
    chatId,
    role: 'assistant',
    content: '',
    thinking: null,
    thinkingMs: null,
    status: 'streaming',
    modelId,
    usage: null,
    media: [],
    error: null,
    createdAt,
  };
}
