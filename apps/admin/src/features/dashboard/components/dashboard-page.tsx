import {
  Badge,
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
  PageHeader,
} from '@enox/ui';
import { ChevronRight } from 'lucide-react';
import { Link } from 'react-router';
import { ADMIN_SECTIONS } from '../../../config/sections';
import { useSignedInUser } from '../../../lib/auth';

const SETUP_STEPS = [
  {
    path: '/providers',
    title: 'Connect a provider',
    hint: 'Add an API key for OpenAI, Google or any OpenAI-compatible endpoint.',
  },
  {
    path: '/models',
    title: 'Publish the first model',
    hint: 'Decide what people can pick, its type and its monthly limit.',
  },
  {
    path: '/users',
    title: 'Invite your team',
    hint: 'Share the sign-up link, then promote other administrators.',
  },
  {
    path: '/usage',
    title: 'Keep an eye on demand',
    hint: 'Follow requests per model and per person as they come in.',
  },
] as const;

export function DashboardPage() {
  const user = useSignedInUser();
  const firstName = user.name.trim().split(/\s+/u)[0] ?? user.name;
  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        title="Dashboard"
        description={`Welcome back, ${firstName}. Here is where your Enox server stands.`}
      />

      <Card>
        <CardHeader>
          <CardTitle>Set up your server</CardTitle>
          <CardDescription>
            Four steps from a fresh install to a private AI portal for your team.
          </CardDescription>
        </CardHeader>
        <CardContent className="pt-4">
          <ol className="flex flex-col divide-y divide-line overflow-hidden rounded-lg border border-line">
            {SETUP_STEPS.map((step, index) => {
              const section = ADMIN_SECTIONS.find((candidate) => candidate.path === step.path);
              const Icon = section?.icon;
              return (
                <li key={step.path}>
                  <Link
                    to={step.path}
                    className="group flex items-center gap-4 px-4 py-3.5 transition-colors duration-150 hover:bg-white/4"
                  >
                    <span
                      aria-hidden="true"
                      className="flex size-9 shrink-0 items-center justify-center rounded-lg border border-line bg-canvas text-fg-muted [&_svg]:size-4"
                    >
                      {Icon ? <Icon /> : index + 1}
                    </span>
                    <span className="min-w-0 flex-1">
                      <span className="block text-sm font-medium text-fg">
                        <span className="sr-only">Step {index + 1}: </span>
                        {step.title}
                      </span>
                      <span className="block text-sm text-fg-muted">{step.hint}</span>
                    </span>
                    <ChevronRight
                      aria-hidden="true"
                      className="size-4 shrink-0 text-fg-subtle transition-transform duration-150 group-hover:translate-x-0.5"
                    />
                  </Link>
                </li>
              );
            })}
          </ol>
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>Signed in as</CardTitle>
        </CardHeader>
        <CardContent className="flex flex-wrap items-center gap-x-3 gap-y-1 pt-3 text-sm">
          <span className="font-medium">{user.name}</span>
          <span className="text-fg-muted">{user.email}</span>
          <Badge variant="accent">Admin</Badge>
        </CardContent>
      </Card>
    </div>
  );
}
