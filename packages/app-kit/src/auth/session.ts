import type { User } from '@enox/contracts';
import { matchQuery, useQueryClient } from '@tanstack/react-query';
import { getQueryKey } from '@trpc/react-query';
import { readAppError } from '../app-error';
import { trpc } from '../trpc';

/**
 * The signed-in person, or null. `auth.me` is the only source of truth for the
 * session: nothing about it is copied into client state.
 */
export function useUser() {
  return trpc.auth.me.useQuery(undefined, { staleTime: 60_000 });
}

/** The signed-in person where a guard already guarantees one. */
export function useSignedInUser(): User {
  const { data } = useUser();
  if (!data) throw new Error('useSignedInUser needs a signed-in user (use it under RequireAuth).');
  return data;
}

/** After sign-in or registration: show the new session at once, then confirm it with the server. */
function useAcceptSession() {
  const utils = trpc.useUtils();
  return async (user: User) => {
    utils.auth.me.setData(undefined, user);
    await utils.auth.me.invalidate();
  };
}

export function useLogin() {
  const acceptSession = useAcceptSession();
  return trpc.auth.login.useMutation({ onSuccess: ({ user }) => acceptSession(user) });
}

export function useRegister() {
  const acceptSession = useAcceptSession();
  return trpc.auth.register.useMutation({ onSuccess: ({ user }) => acceptSession(user) });
}

/** Ends the session and forgets every cached answer that belonged to it. */
export function useLogout() {
  const utils = trpc.useUtils();
  const queryClient = useQueryClient();
  const meKey = getQueryKey(trpc.auth.me);

  const forgetSession = async () => {
    await utils.auth.me.cancel();
    queryClient.removeQueries({ predicate: (query) => !matchQuery({ queryKey: meKey }, query) });
    utils.auth.me.setData(undefined, null);
    await utils.auth.me.invalidate();
  };

  return trpc.auth.logout.useMutation({
    onSuccess: forgetSession,
    onError: async (error) => {
      // An expired session is already logged out; anything else leaves it in place.
      if (readAppError(error).appCode === 'UNAUTHENTICATED') await forgetSession();
    },
  });
}
