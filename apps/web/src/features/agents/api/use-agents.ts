import { toast } from '@enox/ui';
import { readAppError, trpc } from '@enox/app-kit';

export function useMyAgents() {
  return trpc.agents.list.useQuery(undefined, { staleTime: 30_000 });
}

export function useCreateAgent() {
  const utils = trpc.useUtils();
  return trpc.agents.create.useMutation({
    onSuccess: () => void utils.agents.list.invalidate(),
  });
}

export function useUpdateAgent() {
  const utils = trpc.useUtils();
  return trpc.agents.update.useMutation({
    onSuccess: (agent) => {
      utils.agents.list.setData(undefined, (list) =>
        list?.map((a) => (a.id === agent.id ? agent : a)),
      );
      void utils.agents.public.invalidate();
      void utils.agents.byUsername.invalidate();
    },
  });
}

/** Deletes an agent, taking it off the list at once. */
export function useDeleteAgent() {
  const utils = trpc.useUtils();
  return trpc.agents.delete.useMutation({
    onMutate: async ({ id }) => {
      await utils.agents.list.cancel();
      const previous = utils.agents.list.getData();
      utils.agents.list.setData(undefined, (list) => list?.filter((agent) => agent.id !== id));
      return { previous };
    },
    onError: (error, _input, context) => {
      utils.agents.list.setData(undefined, context?.previous);
      toast.error('Could not delete the agent', readAppError(error).message);
    },
    onSettled: () => {
      void utils.agents.list.invalidate();
      void utils.agents.public.invalidate();
    },
  });
}

export function usePublicAgents(search: string) {
  const term = search.trim();
  return trpc.agents.public.useInfiniteQuery(term ? { search: term, limit: 24 } : { limit: 24 }, {
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: (previous) => previous,
  });
}

export function useAgentByUsername(username: string) {
  return trpc.agents.byUsername.useQuery({ username }, { retry: false, staleTime: 30_000 });
}
