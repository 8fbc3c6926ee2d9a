import { Card, EmptyState, PageHeader } from '@enox/ui';
import { ChartNoAxesColumn } from 'lucide-react';
import { formatDate } from '../../../lib/format';
import { trpc } from '@enox/app-kit';
import { UsageChart } from './usage-chart';

/** `/usage`: this month per model — platform requests against the limit, own-key requests apart. */
export function UsagePage() {
  const summary = trpc.usage.summary.useQuery(undefined, { staleTime: 15_000 });
  const rows = summary.data ?? [];
  const resetsAt = rows[0]?.resetsAt;
  return (
    <div className="mx-auto w-full max-w-5xl px-4 py-8 sm:px-6">
      <PageHeader
        title="Usage"
        description={
          resetsAt
            ? `This month’s requests. Limits reset on ${formatDate(resetsAt)}.`
            : 'This month’s requests.'
        }
      />
      {summary.isPending ? (
        <div className="mt-6 h-64 animate-pulse rounded-xl bg-white/5" />
      ) : rows.length === 0 ? (
        <EmptyState className="mt-6" icon={<ChartNoAxesColumn />} title="No models yet" />
      ) : (
        <>
          <Card className="mt-6 p-5">
            <UsageChart rows={rows} />
          </Card>
          <Card className="mt-4 overflow-x-auto">
            <table data-testid="usage-table" className="w-full text-sm">
              <thead className="border-b border-line text-left text-xs text-fg-subtle">
                <tr>
                  <th className="px-4 py-2.5 font-medium">Model</th>
                  <th className="px-4 py-2.5 text-right font-medium">Platform</th>
                  <th className="px-4 py-2.5 text-right font-medium">Limit</th>
                  <th className="px-4 py-2.5 text-right font-medium">Remaining</th>
                  <th className="px-4 py-2.5 text-right font-medium">Own key</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr
                    key={row.modelId}
                    data-testid="usage-row"
                    className="border-b border-line last:border-0"
                  >
                    <td className="px-4 py-2.5 text-fg">{row.modelName}</td>
                    <td className="px-4 py-2.5 text-right tabular-nums" data-testid="usage-used">
                      {row.used}
                    </td>
                    <td className="px-4 py-2.5 text-right text-fg-muted tabular-nums">
                      {row.limit}
                    </td>
                    <td
                      className={`px-4 py-2.5 text-right tabular-nums ${row.remaining <= 0 ? 'text-danger' : ''}`}
                    >
                      {row.remaining}
                    </td>
                    <td className="px-4 py-2.5 text-right text-fg-muted tabular-nums">
                      {row.ownKey}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
        </>
      )}
    </div>
  );
}
