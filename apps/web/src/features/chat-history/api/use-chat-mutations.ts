import type { ChatSummary } from '@enox/contracts';
import { toast } from '@enox/ui';
import { useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { getQueryKey } from '@trpc/react-query';
import { readAppError, trpc } from '@enox/app-kit';

type ListData = InfiniteData<{ items: ChatSummary[]; nextCursor: string | null }>;

/** Applies a change to every cached page of every history list (all searches). */
function useEditLists() {
  const queryClient = useQueryClient();
  const key = getQueryKey(trpc.chat.list);
  return {
    snapshot: () => queryClient.getQueriesData<ListData>({ queryKey: key }),
    restore: (snapshot: [readonly unknown[], ListData | undefined][]) => {
      for (const [queryKey, data] of snapshot) queryClient.setQueryData(queryKey, data);
    },
    edit: async (change: (items: ChatSummary[]) => ChatSummary[]) => {
      await queryClient.cancelQueries({ queryKey: key });
      queryClient.setQueriesData<ListData>({ queryKey: key }, (data) =>
        data
          ? { ...data, pages: data.pages.map((page) => ({ ...page, items: change(page.items) })) }
          : data,
      );
    },
  };
}

/** Renames a chat in the list at once; puts the old title back if the server refuses. */
export function useRenameChat() {
  const utils = trpc.useUtils();
  const lists = useEditLists();
  return trpc.chat.rename.useMutation({
    onMutate: async ({ chatId, title }) => {
      const snapshot = lists.snapshot();
      await lists.edit((items) =>
        items.map((chat) => (chat.id === chatId ? { ...chat, title } : chat)),
      );
      return { snapshot };
    },
    onError: (error, _input, context) => {
      if (context) lists.restore(context.snapshot);
      toast.error('Could not rename the chat', readAppError(error).message);
    },
    onSettled: () => void utils.chat.list.invalidate(),
  });
}

/** Deletes a chat from the list at once; brings it back if the server refuses. */
export function useDeleteChat() {
  const utils = trpc.useUtils();
  const lists = useEditLists();
  return trpc.chat.delete.useMutation({
    onMutate: async ({ chatId }) => {
      const snapshot = lists.snapshot();
      await lists.edit((items) => items.filter((chat) => chat.id !== chatId));
      return { snapshot };
    },
    onError: (error, _input, context) => {
      if (context) lists.restore(context.snapshot);
      toast.error('Could not delete the chat', readAppError(error).message);
    },
    onSettled: () => void utils.chat.list.invalidate(),
  });
}
