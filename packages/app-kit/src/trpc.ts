import type { AppRouter } from '@enox/contracts';
import { createTRPCReact } from '@trpc/react-query';

/** Typed hooks for the whole API: `trpc.auth.me.useQuery()`. */
export const trpc = createTRPCReact<AppRouter>();

/** Where the server mounts tRPC, on this origin. */
export const TRPC_URL = '/trpc';
