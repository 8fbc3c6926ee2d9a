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
import type { ModelDay } from '../../lib/usage-series';
import { chartColors, seriesPalette, tooltipStyle } from './chart-theme';

export interface ModelRequestsChartProps {
  data: readonly ModelDay[];
  models: readonly { id: string; name: string }[];
}

/** Requests per day, stacked by model. */
export function ModelRequestsChart({ data, models }: ModelRequestsChartProps) {
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
          {models.map((model, index) => {
            const color = seriesPalette[index % seriesPalette.length];
            return (
              <Bar
                key={model.id}
                dataKey={model.id}
                name={model.name}
                stackId="models"
                fill={color}
                isAnimationActive={false}
              />
            );
          })}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
