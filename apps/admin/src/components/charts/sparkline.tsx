import { Area, AreaChart, ResponsiveContainer } from 'recharts';

/** A tiny trend line for a stat card; decorative, the card states the number. */
export function Sparkline({ values, color }: { values: readonly number[]; color: string }) {
  const data = values.map((value, index) => ({ index, value }));
  return (
    <div aria-hidden="true" className="h-10 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart data={data} margin={{ top: 2, right: 0, bottom: 2, left: 0 }}>
          <Area
            type="monotone"
            dataKey="value"
            stroke={color}
            strokeWidth={1.5}
            fill={color}
            fillOpacity={0.12}
            isAnimationActive={false}
          />
        </AreaChart>
      </ResponsiveContainer>
    </div>
  );
}
