import { auditTargetSchema, type AuditEntry } from '@enox/contracts';
import { Button, EmptyState, PageHeader, Skeleton } from '@enox/ui';
import { ScrollText } from 'lucide-react';
import { QueryError } from '../../../components/ui/query-error';
import { Select } from '../../../components/ui/select';
import { useSearchParam } from '../../../hooks/use-search-param';
import { formatDateTime } from '../../../lib/format';
import { trpc } from '@enox/app-kit';
import { changedFields, describeAction, describeTarget } from '../utils/describe-change';

const TARGET_LABELS = {
  provider: 'Providers',
  model: 'Models',
  user: 'Users',
  limit: 'Limits',
  settings: 'Settings',
} as const;

export function AuditPage() {
  const [targetParam, setTarget] = useSearchParam('target');
  const targetType = auditTargetSchema.safeParse(targetParam).data;
  const entries = trpc.admin.audit.list.useInfiniteQuery(
    { targetType, limit: 50 },
    { getNextPageParam: (last) => last.nextCursor ?? undefined },
  );
  const rows = entries.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Audit"
        description="Every administrative change: who, what, when, and the values before and after. Keys appear masked."
        actions={
          <Select
            aria-label="Show changes to"
            value={targetType ?? ''}
            onChange={(e) => setTarget(e.target.value)}
          >
            <option value="">All changes</option>
            {Object.entries(TARGET_LABELS).map(([target, label]) => (
              <option key={target} value={target}>
                {label}
              </option>
            ))}
          </Select>
        }
      />
      {entries.data ? (
        rows.length === 0 ? (
          <EmptyState icon={<ScrollText />} title="No change recorded yet" />
        ) : (
          <ol className="flex flex-col divide-y divide-line rounded-xl border border-line bg-surface">
            {rows.map((entry) => (
              <AuditItem key={entry.id} entry={entry} />
            ))}
          </ol>
        )
      ) : entries.isError ? (
        <QueryError error={entries.error} onRetry={() => void entries.refetch()} />
      ) : (
        <Skeleton className="h-64 rounded-xl" />
      )}
      {entries.hasNextPage ? (
        <Button
          variant="secondary"
          className="self-center"
          loading={entries.isFetchingNextPage}
          onClick={() => void entries.fetchNextPage()}
        >
          Load older changes
        </Button>
      ) : null}
    </div>
  );
}

function AuditItem({ entry }: { entry: AuditEntry }) {
  const changes = changedFields(entry);
  const target = describeTarget(entry);
  return (
    <li className="flex flex-col gap-2 p-4" data-testid="audit-entry">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <p className="text-sm">
          <span className="font-medium text-fg">{entry.actor?.name ?? 'A deleted account'}</span>{' '}
          <span className="text-fg-muted">
            {describeAction(entry.action).toLowerCase()}
            {target ? ':' : ''}
          </span>
          {target ? <span className="font-medium text-fg"> {target}</span> : null}
        </p>
        <time dateTime={entry.createdAt} className="text-xs text-fg-subtle">
          {formatDateTime(entry.createdAt)}
        </time>
      </div>
      {changes.length > 0 ? (
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-lg bg-canvas/60 px-3 py-2 font-mono text-xs">
          {changes.map((change) => (
            <div key={change.field} className="contents">
              <dt className="text-fg-subtle">{change.field}</dt>
              <dd className="min-w-0 break-words text-fg-muted">
                {change.before !== null ? (
                  <del className="text-danger/80 no-underline">{change.before}</del>
                ) : null}
                {change.before !== null && change.after !== null ? ' → ' : null}
                {change.after !== null ? (
                  <ins className="text-success no-underline">{change.after}</ins>
                ) : null}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
    </li>
  );
}
