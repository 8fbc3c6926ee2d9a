import { Navigate, Outlet, useLocation, type Location } from 'react-router';
import { FullScreenError, FullScreenLoader } from '../../components/full-screen-status';
import { AdminsOnly } from '../../features/auth/components/admins-only';
import { readAppError } from '../../lib/app-error';
import { useUser } from '../../lib/auth';

interface FromState {
  from?: Pick<Location, 'pathname' | 'search' | 'hash'>;
}

/**
 * The console is for administrators. Signed-out visitors go to /login; a
 * signed-in non-admin sees "Admins only" and nothing below this guard mounts,
 * so no admin query is ever sent for them.
 */
export function RequireAdmin() {
  const me = useUser();
  const location = useLocation();
  if (me.data?.role === 'admin') return <Outlet />;
  if (me.data) return <AdminsOnly />;
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

/** The login page is for signed-out visitors; anyone signed in continues into the console. */
export function RedirectIfSignedIn() {
  const me = useUser();
  const location = useLocation();
  if (me.data) {
    const from = (location.state as FromState | null)?.from;
    const to = from ? `${from.pathname}${from.search}${from.hash}` : '/';
    return <Navigate to={to === '/login' ? '/' : to} replace />;
  }
  if (me.isPending) return <FullScreenLoader />;
  return <Outlet />;
}
