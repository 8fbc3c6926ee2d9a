import { createBrowserRouter } from 'react-router';
import { AuditPage } from '../features/audit/components/audit-page';
import { LoginPage } from '../features/auth/components/login-page';
import { DashboardPage } from '../features/dashboard/components/dashboard-page';
import { ModelsPage } from '../features/models/components/models-page';
import { ProvidersPage } from '../features/providers/components/providers-page';
import { SettingsPage } from '../features/settings/components/settings-page';
import { AdminLayout } from '../features/shell/components/admin-layout';
import { UsagePage } from '../features/usage/components/usage-page';
import { UsersPage } from '../features/users/components/users-page';
import { RedirectSignedIn, RequireAdmin } from './routes/guards';
import { NotFoundRoute } from './routes/not-found';
import { RouteError } from '@enox/app-kit';

/** The console's routes, under the /admin basename; paths match ADMIN_SECTIONS. */
export function createRouter() {
  return createBrowserRouter(
    [
      {
        errorElement: <RouteError />,
        children: [
          {
            element: <RedirectSignedIn />,
            children: [{ path: '/login', element: <LoginPage /> }],
          },
          {
            element: <RequireAdmin />,
            children: [
              {
                element: <AdminLayout />,
                children: [
                  { index: true, element: <DashboardPage /> },
                  { path: '/providers', element: <ProvidersPage /> },
                  { path: '/models', element: <ModelsPage /> },
                  { path: '/users', element: <UsersPage /> },
                  { path: '/usage', element: <UsagePage /> },
                  { path: '/audit', element: <AuditPage /> },
                  { path: '/settings', element: <SettingsPage /> },
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
