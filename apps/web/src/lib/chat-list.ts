/** The history list's page size; shared so every reader of the list hits one cache entry. */
export const CHAT_LIST_PAGE = 30;

export function chatListInput(search = '') {
  const term = search.trim();
  return term ? { search: term, limit: CHAT_LIST_PAGE } : { limit: CHAT_LIST_PAGE };
}
