import { trpc } from '@enox/app-kit';

/** The person's tokens, newest first (revoked ones included, so the history stays visible). */
export function useAccessTokens() {
  return trpc.tokens.list.useQuery();
}

/** Creates a token; the response is the only time its secret is available. */
export function useCreateAccessToken() {
  const utils = trpc.useUtils();
  return trpc.tokens.create.useMutation({
    onSuccess: () => utils.tokens.list.invalidate(),
  });
}

export function useRevokeAccessToken() {
  const utils = trpc.useUtils();
  return trpc.tokens.revoke.useMutation({
    onSuccess: () => utils.tokens.list.invalidate(),
  });
}
