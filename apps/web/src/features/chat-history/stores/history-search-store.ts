import { create } from 'zustand';

/** What the person typed into the chat search. Not persisted: a reload starts clean. */
interface HistorySearchState {
  search: string;
  setSearch: (search: string) => void;
}

export const useHistorySearch = create<HistorySearchState>()((set) => ({
  search: '',
  setSearch: (search) => set({ search }),
}));
