import type { UsageLog } from '@enox/contracts';
import { Badge, Button, EmptyState } from '@enox/ui';
import { ChartColumn } from 'lucide-react';
import { DataTable, type Column } from '../../../components/ui/data-table';
import { formatDateTime, formatInteger } from '../../../lib/format';

const columns: Column<UsageLog>[] = [
  {
    id: 'time',
    header: 'Time',
    sortValue: (l) => l.createdAt,
    cell: (l) => (
      <span className="whitespace-nowrap text-fg-muted">{formatDateTime(l.createdAt)}</span>
    ),
  },
  {
    id: 'user',
    header: 'Person',
    sortValue: (l) => l.user.name,
    cell: (l) => (
      <span className="flex min-w-0 flex-col">
        <span className="truncate text-fg">{l.user.name}</span>
        <span className="truncate text-xs text-fg-subtle">{l.user.email}</span>
      </span>
    ),
  },
  { id: 'model', header: 'Model', sortValue: (l) => l.model.name, cell: (l) => l.model.name },
  {
    id: 'source',
    header: 'Source',
    hideBelow: 'lg',
    sortValue: (l) => l.source,
    cell: (l) => <span className="text-fg-muted">{l.source}</span>,
  },
  {
    id: 'key',
    header: 'Key',
    hideBelow: 'sm',
    sortValue: (l) => l.keySource,
    cell: (l) =>
      l.keySource === 'own' ? (
        <Badge variant="speech">Own</Badge>
      ) : (
        <Badge variant="accent">Platform</Badge>
      ),
  },
  {
    id: 'status',
    header: 'Status',
    hideBelow: 'md',
    sortValue: (l) => l.status,
    cell: (l) => (
      <Badge variant={l.status === 'complete' ? 'neutral' : 'warning'}>{l.status}</Badge>
    ),
  },
  {
    id: 'tokens',
    header: 'Tokens in / out',
    align: 'end',
    hideBelow: 'md',
    sortValue: (l) => l.inputTokens + l.outputTokens,
    cell: (l) => `${formatInteger(l.inputTokens)} / ${formatInteger(l.outputTokens)}`,
  },
];

export interface UsageLogsTableProps {
  logs: readonly UsageLog[];
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
}

export function UsageLogsTable({ logs, hasMore, loadingMore, onLoadMore }: UsageLogsTableProps) {
  return (
    <DataTable
      label="Requests"
      columns={columns}
      rows={logs}
      rowKey={(l) => l.id}
      rowTestId="usage-row"
      empty={
        <EmptyState
          icon={<ChartColumn />}
          title="No request in this range"
          description="Widen the dates or clear the filters."
        />
      }
      footer={
        hasMore ? (
          <Button size="sm" variant="secondary" loading={loadingMore} onClick={onLoadMore}>
            Load more
          </Button>
        ) : (
          <span className="text-xs text-fg-subtle">
            {logs.length === 0
              ? 'Nothing to show'
              : `All ${formatInteger(logs.length)} requests shown`}
          </span>
        )
      }
    />
  );
}
