import { Navigate, Outlet, useLocation, type Location } from 'react-router';
import { FullScreenError, FullScreenLoader } from '../../components/full-screen-status';
import { readAppError } from '../../lib/app-error';
import { useUser } from '../../lib/auth';

interface FromState {
  from?: Pick<Location, 'pathname' | 'search' | 'hash'>;
}

/** Signed-out visitors go to /login and come back here after signing in. */
export function RequireAuth() {
  const me = useUser();
  const location = useLocation();
  if (me.data) return <Outlet />;
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

/** Login and register are for signed-out visitors; others continue where they were headed. */
export function RedirectIfSignedIn() {
  const me = useUser();
  const location = useLocation();
  if (me.data) {
    const from = (location.state as FromState | null)?.from;
    const to = from ? `${from.pathname}${from.search}${from.hash}` : '/';
    return <Navigate to={to === '/login' || to === '/register' ? '/' : to} replace />;
  }
  if (me.isPending) return <FullScreenLoader />;
  // Signed out, or the session could not be read: the form itself will report problems.
  return <Outlet />;
}
