import { useEffect } from 'react';
import { chatListInput } from '../../lib/chat-list';
import { trpc } from '@enox/app-kit';

/**
 * Right after sign-in, models, agents, usage and the history are asked for
 * in the same tick, so the batch link sends them as one request.
 */
export function SessionPreload() {
  const utils = trpc.useUtils();
  useEffect(() => {
    void utils.models.list.prefetch(undefined, { staleTime: 5 * 60_000 });
    void utils.models.usage.prefetch(undefined, { staleTime: 30_000 });
    void utils.agents.list.prefetch(undefined, { staleTime: 30_000 });
    void utils.chat.list.prefetchInfinite(chatListInput());
  }, [utils]);
  return null;
}
