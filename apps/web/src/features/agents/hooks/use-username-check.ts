import { agentUsernameSchema } from '@enox/contracts';
import { readAppError, trpc } from '@enox/app-kit';
import { useDebounced } from '../../../lib/use-debounced';

export type UsernameStatus = 'idle' | 'invalid' | 'checking' | 'available' | 'taken' | 'current';

/**
 * Whether a username is free, checked as the person types (debounced). A
 * username that finds no agent is free; the server still has the last word
 * on save (a private agent of someone else is invisible here).
 */
export function useUsernameCheck(username: string, currentUsername: string | null): UsernameStatus {
  const settled = useDebounced(username.trim().toLowerCase(), 350);
  const valid = agentUsernameSchema.safeParse(settled).success;
  const isCurrent = currentUsername !== null && settled === currentUsername;
  const query = trpc.agents.byUsername.useQuery(
    { username: settled },
    { enabled: valid && !isCurrent, retry: false, staleTime: 10_000 },
  );
  if (!settled) return 'idle';
  if (!valid) return 'invalid';
  if (isCurrent) return 'current';
  if (settled !== username.trim().toLowerCase() || query.isFetching) return 'checking';
  if (query.isSuccess) return 'taken';
  if (query.isError && readAppError(query.error).appCode === 'NOT_FOUND') return 'available';
  return 'idle';
}
