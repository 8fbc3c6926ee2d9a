import { RedirectIfSignedIn, RequireSession } from '@enox/app-kit';
import { AdminsOnly } from '../../features/auth/components/admins-only';

const SIGN_IN_PATHS = ['/login'];

/**
 * The console is for administrators: a signed-in non-admin sees "Admins only"
 * and no admin query is ever sent for them.
 */
export function RequireAdmin() {
  return <RequireSession refuse={(user) => (user.role === 'admin' ? undefined : <AdminsOnly />)} />;
}

/** The login page is for signed-out visitors; anyone signed in continues into the console. */
export function RedirectSignedIn() {
  return <RedirectIfSignedIn signInPaths={SIGN_IN_PATHS} />;
}
