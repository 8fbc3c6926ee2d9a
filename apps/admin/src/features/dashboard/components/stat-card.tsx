import { Card } from '@enox/ui';
import type { ReactNode } from 'react';
import { Sparkline } from '../../../components/charts/lazy-charts';

export interface StatCardProps {
  label: string;
  value: string;
  detail?: ReactNode;
  icon: ReactNode;
  trend?: { values: readonly number[]; color: string };
}

/** One figure with what it means, and its last 30 days when there is a history. */
export function StatCard({ label, value, detail, icon, trend }: StatCardProps) {
  return (
    <Card className="flex flex-col gap-3 p-4" data-testid="stat-card">
      <div className="flex items-center justify-between gap-2">
        <h2 className="text-sm text-fg-muted">{label}</h2>
        <span aria-hidden="true" className="text-fg-subtle [&_svg]:size-4">
          {icon}
        </span>
      </div>
      <p className="text-xl font-semibold tracking-tight tabular-nums">{value}</p>
      {detail ? <p className="-mt-2 text-xs text-fg-subtle">{detail}</p> : null}
      {trend ? <Sparkline values={trend.values} color={trend.color} /> : null}
    </Card>
  );
}
