import { toast } from '@enox/ui';
import { useCallback } from 'react';
import { readAppError, trpc, useSignedInUser } from '@enox/app-kit';
import { MAX_PINNED, togglePin } from '../utils/model-sections';

/** The person's pinned models (kept on their profile), pinned and unpinned optimistically. */
export function usePinnedModels() {
  const user = useSignedInUser();
  const utils = trpc.useUtils();
  const { mutate } = trpc.users.setPinnedModels.useMutation({
    onMutate: async ({ modelIds }) => {
      await utils.auth.me.cancel();
      const previous = utils.auth.me.getData();
      if (previous) utils.auth.me.setData(undefined, { ...previous, pinnedModelIds: modelIds });
      return { previous };
    },
    onError: (error, _input, context) => {
      if (context?.previous) utils.auth.me.setData(undefined, context.previous);
      toast.error('Could not update pinned models', readAppError(error).message);
    },
    onSuccess: (user) => utils.auth.me.setData(undefined, user),
  });

  const pinnedIds = user.pinnedModelIds;
  const toggle = useCallback(
    (modelId: string) => {
      const next = togglePin(pinnedIds, modelId);
      if (!next) {
        toast.error(`Pin at most ${MAX_PINNED} models`, 'Unpin one to make room.');
        return;
      }
      mutate({ modelIds: next });
    },
    [mutate, pinnedIds],
  );

  return { pinnedIds, toggle };
}
