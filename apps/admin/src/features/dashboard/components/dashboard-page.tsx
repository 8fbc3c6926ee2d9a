import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
  PageHeader,
  Skeleton,
} from '@enox/ui';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { ModelRequestsChart, RequestsChart } from '../../../components/charts/lazy-charts';
import { QueryError } from '../../../components/ui/query-error';
import { trpc, useSignedInUser } from '@enox/app-kit';
import { formatInteger } from '../../../lib/format';
import { dailyTotals, requestsByModel } from '../../../lib/usage-series';
import { StatCards, StatCardsSkeleton } from './stat-cards';

export function DashboardPage() {
  const user = useSignedInUser();
  const firstName = user.name.trim().split(/\s+/u)[0] ?? user.name;
  const stats = trpc.admin.stats.useQuery();
  const series = trpc.admin.usage.timeseries.useQuery({});
  const daily = useMemo(() => (series.data ? dailyTotals(series.data) : []), [series.data]);
  const byModel = useMemo(() => (series.data ? requestsByModel(series.data) : []), [series.data]);
  const total = daily.reduce((sum, day) => sum + day.requests, 0);

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Dashboard"
        description={`Welcome back, ${firstName}. Here is where your Enox server stands.`}
      />
      {stats.data ? (
        <StatCards stats={stats.data} daily={daily} />
      ) : stats.isError ? (
        <QueryError error={stats.error} onRetry={() => void stats.refetch()} />
      ) : (
        <StatCardsSkeleton />
      )}

      <div className="grid gap-4 xl:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Requests per day</CardTitle>
            <CardDescription>
              Last 30 days (UTC): {formatInteger(total)} requests, platform key and own keys.{' '}
              <Link to="/usage" className="text-accent-text hover:underline">
                See the logs
              </Link>
            </CardDescription>
          </CardHeader>
          <CardContent data-testid="requests-chart">
            {series.data ? (
              <RequestsChart data={daily} />
            ) : series.isError ? (
              <QueryError error={series.error} onRetry={() => void series.refetch()} />
            ) : (
              <Skeleton className="h-64" />
            )}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Requests per model</CardTitle>
            <CardDescription>
              {series.data && series.data.models.length > 0
                ? `${series.data.models.length} models used in the last 30 days.`
                : 'No model has been used in the last 30 days.'}
            </CardDescription>
          </CardHeader>
          <CardContent>
            {series.data ? (
              <ModelRequestsChart data={byModel} models={series.data.models} />
            ) : (
              <Skeleton className="h-64" />
            )}
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
