import { createBrowserRouter } from 'react-router';
import { LoginPage } from '../features/auth/components/login-page';
import { RegisterPage } from '../features/auth/components/register-page';
import { ChatHome } from '../features/chat/components/chat-home';
import { ShellLayout } from '../features/shell/components/shell-layout';
import { RedirectIfSignedIn, RequireAuth } from './routes/guards';
import { NotFoundRoute } from './routes/not-found';
import { RouteError } from './routes/route-error';

/** Every route of the web app; features are composed here and nowhere else. */
export function createRouter() {
  return createBrowserRouter([
    {
      errorElement: <RouteError />,
      children: [
        {
          element: <RedirectIfSignedIn />,
          children: [
            { path: '/login', element: <LoginPage /> },
            { path: '/register', element: <RegisterPage /> },
          ],
        },
        {
          element: <RequireAuth />,
          children: [
            {
              element: <ShellLayout />,
              children: [{ index: true, element: <ChatHome /> }],
            },
          ],
        },
        { path: '*', element: <NotFoundRoute /> },
      ],
    },
  ]);
}
