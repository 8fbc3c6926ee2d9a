import { createBrowserRouter } from 'react-router';
import { ADMIN_SECTIONS } from '../config/sections';
import { LoginPage } from '../features/auth/components/login-page';
import { DashboardPage } from '../features/dashboard/components/dashboard-page';
import { AdminLayout } from '../features/shell/components/admin-layout';
import { RedirectIfSignedIn, RequireAdmin } from './routes/guards';
import { NotFoundRoute } from './routes/not-found';
import { RouteError } from './routes/route-error';
import { SectionPlaceholder } from './routes/section-placeholder';

/** The console's routes, under the /admin basename. */
export function createRouter() {
  const [, ...otherSections] = ADMIN_SECTIONS;
  return createBrowserRouter(
    [
      {
        errorElement: <RouteError />,
        children: [
          {
            element: <RedirectIfSignedIn />,
            children: [{ path: '/login', element: <LoginPage /> }],
          },
          {
            element: <RequireAdmin />,
            children: [
              {
                element: <AdminLayout />,
                children: [
                  { index: true, element: <DashboardPage /> },
                  ...otherSections.map((section) => ({
                    path: section.path,
                    element: <SectionPlaceholder section={section} />,
                  })),
                  { path: '*', element: <NotFoundRoute /> },
                ],
              },
            ],
          },
        ],
      },
    ],
    { basename: '/admin' },
  );
}
