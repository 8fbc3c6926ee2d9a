import type { User } from '@enox/contracts';
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation, type Location } from 'react-router';
import { readAppError } from '../app-error';
import { FullScreenError, FullScreenLoader } from '../full-screen-status';
import { useUser } from './session';

interface FromState {
  from?: Pick<Location, 'pathname' | 'search' | 'hash'>;
}

export interface RequireSessionProps {
  /**
   * What a signed-in person who may not enter sees instead of the routes below
   * (`undefined` lets them in). Nothing below mounts for them, so none of its
   * queries is ever sent.
   */
  refuse?: ((user: User) => ReactNode) | undefined;
}

/** Signed-out visitors go to /login and come back here after signing in. */
export function RequireSession({ refuse }: RequireSessionProps) {
  const me = useUser();
  const location = useLocation();
  if (me.data) return refuse?.(me.data) ?? <Outlet />;
  if (me.data === null) {
    const state: FromState = { from: location };
    return <Navigate to="/login" replace state={state} />;
  }
  if (me.isError) {
    return (
      <FullScreenError
        message={readAppError(me.error).message}
        onRetry={() => void me.refetch()}
        retrying={me.isFetching}
      />
    );
  }
  return <FullScreenLoader />;
}

/** The sign-in pages are for signed-out visitors; others continue where they were headed. */
export function RedirectIfSignedIn({ signInPaths }: { signInPaths: readonly string[] }) {
  const me = useUser();
  const location = useLocation();
  if (me.data) {
    const from = (location.state as FromState | null)?.from;
    const to = from ? `${from.pathname}${from.search}${from.hash}` : '/';
    return <Navigate to={signInPaths.includes(to) ? '/' : to} replace />;
  }
  if (me.isPending) return <FullScreenLoader />;
  // Signed out, or the session could not be read: the form itself will report problems.
  return <Outlet />;
}
