import { RedirectIfSignedIn, RequireSession } from '@enox/app-kit';

const SIGN_IN_PATHS = ['/login', '/register'];

/** Everything but sign-in needs a session. */
export function RequireAuth() {
  return <RequireSession />;
}

/** Login and register are for signed-out visitors. */
export function RedirectSignedIn() {
  return <RedirectIfSignedIn signInPaths={SIGN_IN_PATHS} />;
}
