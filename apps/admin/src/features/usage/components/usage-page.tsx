import type { UsageFilter } from '@enox/contracts';
import { Button, PageHeader, Skeleton } from '@enox/ui';
import { Download } from 'lucide-react';
import { useSearchParams } from 'react-router';
import { QueryError } from '../../../components/ui/query-error';
import { trpc } from '@enox/app-kit';
import { FILTER_PARAMS, readUsageFilter, usageCsvHref } from '../utils/usage-filters';
import { UsageFiltersBar } from './usage-filters-bar';
import { UsageLogsTable } from './usage-logs-table';

export function UsagePage() {
  const [params, setParams] = useSearchParams();
  const filter = readUsageFilter(params);
  const logs = trpc.admin.usage.logs.useInfiniteQuery(
    { ...filter, limit: 50 },
    {
      getNextPageParam: (last) => last.nextCursor ?? undefined,
      placeholderData: (previous) => previous,
    },
  );
  const rows = logs.data?.pages.flatMap((page) => page.items) ?? [];

  const change = (key: keyof UsageFilter, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(FILTER_PARAMS[key], value);
        else next.delete(FILTER_PARAMS[key]);
        return next;
      },
      { replace: true },
    );

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Usage"
        description="Every provider request, newest first. Days are UTC, like the monthly limits."
        actions={
          <Button asChild variant="secondary">
            <a href={usageCsvHref(filter)} download data-testid="usage-csv">
              <Download aria-hidden="true" className="size-4" />
              Download CSV
            </a>
          </Button>
        }
      />
      <UsageFiltersBar
        filter={filter}
        onChange={change}
        onClear={() => setParams({}, { replace: true })}
      />
      {logs.data ? (
        <UsageLogsTable
          logs={rows}
          hasMore={logs.hasNextPage}
          loadingMore={logs.isFetchingNextPage}
          onLoadMore={() => void logs.fetchNextPage()}
        />
      ) : logs.isError ? (
        <QueryError error={logs.error} onRetry={() => void logs.refetch()} />
      ) : (
        <Skeleton className="h-64 rounded-xl" />
      )}
    </div>
  );
}
