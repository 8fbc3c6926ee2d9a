import { toast } from '@enox/ui';
import { readAppError, trpc } from '@enox/app-kit';

export function useKeys() {
  return trpc.keys.list.useQuery(undefined, { staleTime: 30_000 });
}

export function useSetKey() {
  const utils = trpc.useUtils();
  return trpc.keys.set.useMutation({
    onSuccess: (saved) => {
      utils.keys.list.setData(undefined, (list) => [
        ...(list ?? []).filter((key) => key.provider !== saved.provider),
        saved,
      ]);
      void utils.keys.list.invalidate();
    },
  });
}

export function useRemoveKey() {
  const utils = trpc.useUtils();
  return trpc.keys.remove.useMutation({
    onMutate: async ({ provider }) => {
      await utils.keys.list.cancel();
      const previous = utils.keys.list.getData();
      utils.keys.list.setData(undefined, (list) =>
        list?.filter((key) => key.provider !== provider),
      );
      return { previous };
    },
    onError: (error, _input, context) => {
      utils.keys.list.setData(undefined, context?.previous);
      toast.error('Could not remove the key', readAppError(error).message);
    },
    onSettled: () => void utils.keys.list.invalidate(),
  });
}

export function useTestKey() {
  return trpc.keys.test.useMutation();
}

/** Turns use of one's own keys on or off, optimistically. */
export function useSetByok() {
  const utils = trpc.useUtils();
  return trpc.users.setByok.useMutation({
    onMutate: async ({ enabled }) => {
      await utils.auth.me.cancel();
      const previous = utils.auth.me.getData();
      if (previous) utils.auth.me.setData(undefined, { ...previous, byokEnabled: enabled });
      return { previous };
    },
    onError: (error, _input, context) => {
      if (context?.previous) utils.auth.me.setData(undefined, context.previous);
      toast.error('Could not change the setting', readAppError(error).message);
    },
    onSuccess: (user) => {
      utils.auth.me.setData(undefined, user);
      void utils.models.usage.invalidate();
    },
  });
}

export function useUpdateProfile() {
  const utils = trpc.useUtils();
  return trpc.users.updateProfile.useMutation({
    onSuccess: (user) => utils.auth.me.setData(undefined, user),
  });
}
