import { createBrowserRouter } from 'react-router';
import { AccessTokensPage } from '../features/access-tokens/components/access-tokens-page';
import { AgentsPage } from '../features/agents/components/agents-page';
import { ExplorePage } from '../features/agents/components/explore-page';
import { PublicAgentPage } from '../features/agents/components/public-agent-page';
import { LoginPage } from '../features/auth/components/login-page';
import { RegisterPage } from '../features/auth/components/register-page';
import { ChatHistory } from '../features/chat-history/components/chat-history';
import { ChatSearch } from '../features/chat-history/components/chat-search';
import { ChatPage } from '../features/chat/components/chat-page';
import { ModelsPage } from '../features/models/components/models-page';
import { SettingsPage } from '../features/settings/components/settings-page';
import { ShellLayout } from '../features/shell/components/shell-layout';
import { UsagePage } from '../features/usage/components/usage-page';
import { AgentStudioRoute } from './routes/agent-studio-route';
import { RedirectSignedIn, RequireAuth } from './routes/guards';
import { NotFoundRoute } from './routes/not-found';
import { RouteError } from '@enox/app-kit';
import { SessionPreload } from './routes/session-preload';

/** Every route of the web app; features are composed here and nowhere else. */
export function createRouter() {
  return createBrowserRouter([
    {
      errorElement: <RouteError />,
      children: [
        {
          element: <RedirectSignedIn />,
          children: [
            { path: '/login', element: <LoginPage /> },
            { path: '/register', element: <RegisterPage /> },
          ],
        },
        {
          element: <RequireAuth />,
          children: [
            {
              element: (
                <>
                  <SessionPreload />
                  <ShellLayout search={<ChatSearch />} history={<ChatHistory />} />
                </>
              ),
              children: [
                { index: true, element: <ChatPage /> },
                { path: 'c/:chatId', element: <ChatPage /> },
                { path: 'agents', element: <AgentsPage /> },
                { path: 'agents/:agentId', element: <AgentStudioRoute /> },
                { path: 'explore', element: <ExplorePage /> },
                { path: 'a/:username', element: <PublicAgentPage /> },
                { path: 'models', element: <ModelsPage /> },
                { path: 'usage', element: <UsagePage /> },
                { path: 'settings', element: <SettingsPage /> },
                { path: 'settings/tokens', element: <AccessTokensPage /> },
              ],
            },
          ],
        },
        { path: '*', element: <NotFoundRoute /> },
      ],
    },
  ]);
}
