import {
  Alert,
  Badge,
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
  PageHeader,
  Skeleton,
} from '@enox/ui';
import { QueryError } from '../../../components/ui/query-error';
import { formatInteger } from '../../../lib/format';
import { trpc } from '@enox/app-kit';
import { SignupPolicyForm } from './signup-policy-form';

export function SettingsPage() {
  const settings = trpc.admin.settings.get.useQuery();
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Settings" description="Server-wide options." />
      {settings.data ? (
        <>
          <Card>
            <CardHeader>
              <div className="flex flex-wrap items-center gap-2">
                <CardTitle>Who may join</CardTitle>
                <Badge variant={settings.data.signupSource === 'admin' ? 'accent' : 'neutral'}>
                  {settings.data.signupSource === 'admin' ? 'Saved here' : 'From ENOX_SIGNUP'}
                </Badge>
              </div>
              <CardDescription>
                Applies to the next sign-up. Administrators can always create accounts on the Users
                page.
              </CardDescription>
            </CardHeader>
            <CardContent>
              <SignupPolicyForm
                key={JSON.stringify(settings.data.signup)}
                policy={settings.data.signup}
              />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Default monthly limit</CardTitle>
              <CardDescription>
                Requests per person per model per month when neither the model nor a per-user
                override sets one.
              </CardDescription>
            </CardHeader>
            <CardContent>
              <p className="text-xl font-semibold tabular-nums">
                {formatInteger(settings.data.defaultMonthlyLimit)}
              </p>
              <Alert className="mt-3">
                Set by <code className="font-mono">ENOX_DEFAULT_MONTHLY_LIMIT</code> when the server
                starts.
              </Alert>
            </CardContent>
          </Card>
        </>
      ) : settings.isError ? (
        <QueryError error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <Skeleton className="h-64 rounded-xl" />
      )}
    </div>
  );
}
