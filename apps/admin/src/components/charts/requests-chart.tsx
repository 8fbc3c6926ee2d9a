import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatCompact, formatDay, formatInteger } from '../../lib/format';
import type { DailyTotal } from '../../lib/usage-series';
import { chartColors, tooltipStyle } from './chart-theme';

/** Requests per day, stacked: on the platform key and on people's own keys. */
export function RequestsChart({ data }: { data: readonly DailyTotal[] }) {
  return (
    <div className="h-64 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={[...data]} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid vertical={false} stroke={chartColors.grid} />
          <XAxis
            dataKey="day"
            tickFormatter={formatDay}
            tick={{ fill: chartColors.axis, fontSize: 12 }}
            tickLine={false}
            axisLine={false}
            minTickGap={24}
          />
          <YAxis
            allowDecimals={false}
            tickFormatter={formatCompact}
            tick={{ fill: chartColors.axis, fontSize: 12 }}
            tickLine={false}
            axisLine={false}
          />
          <Tooltip
            {...tooltipStyle}
            labelFormatter={(day) => formatDay(String(day))}
            formatter={(value) => formatInteger(Number(value))}
          />
          <Legend wrapperStyle={{ fontSize: 12, color: chartColors.axis }} iconType="circle" />
          <Bar dataKey="platform" name="Platform key" stackId="key" fill={chartColors.platform} />
          <Bar
            dataKey="own"
            name="Own key"
            stackId="key"
            fill={chartColors.own}
            radius={[3, 3, 0, 0]}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
