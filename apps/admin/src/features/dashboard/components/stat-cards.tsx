import type { AdminStats } from '@enox/contracts';
import { Skeleton } from '@enox/ui';
import { Activity, Bot, Boxes, Coins, Users } from 'lucide-react';
import { chartColors } from '../../../components/charts/chart-theme';
import { formatCompact, formatInteger } from '../../../lib/format';
import type { DailyTotal } from '../../../lib/usage-series';
import { StatCard } from './stat-card';

export function StatCardsSkeleton() {
  return (
    <div className="grid grid-cols-2 gap-3 lg:grid-cols-5" aria-hidden="true">
      {Array.from({ length: 5 }, (_, i) => (
        <Skeleton key={i} className="h-28 rounded-xl" />
      ))}
    </div>
  );
}

/** The server at a glance: people, models, agents and this month's traffic. */
export function StatCards({ stats, daily }: { stats: AdminStats; daily: readonly DailyTotal[] }) {
  const requests = stats.requests.platform + stats.requests.own;
  return (
    <div className="grid grid-cols-2 gap-3 lg:grid-cols-5">
      <StatCard label="Users" value={formatInteger(stats.users)} icon={<Users />} />
      <StatCard label="Active models" value={formatInteger(stats.activeModels)} icon={<Boxes />} />
      <StatCard label="Agents" value={formatInteger(stats.agents)} icon={<Bot />} />
      <StatCard
        label="Requests this month"
        value={formatInteger(requests)}
        detail={`${formatInteger(stats.requests.platform)} platform · ${formatInteger(stats.requests.own)} own key`}
        icon={<Activity />}
        trend={{ values: daily.map((d) => d.requests), color: chartColors.platform }}
      />
      <StatCard
        label="Tokens this month"
        value={formatCompact(stats.tokens.input + stats.tokens.output)}
        detail={`${formatCompact(stats.tokens.input)} in · ${formatCompact(stats.tokens.output)} out`}
        icon={<Coins />}
        trend={{ values: daily.map((d) => d.tokens), color: chartColors.own }}
      />
    </div>
  );
}
