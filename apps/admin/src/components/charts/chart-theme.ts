/** Chart colours from the design tokens (CSS variables), so charts follow the theme. */
export const chartColors = {
  platform: 'var(--color-accent)',
  own: 'var(--color-speech)',
  grid: 'var(--color-line)',
  axis: 'var(--color-fg-subtle)',
};

/** Distinct, calm series colours for per-model charts; they repeat past eight models. */
export const seriesPalette = [
  '#8f86ff',
  '#34d399',
  '#c084fc',
  '#fbbf24',
  '#60a5fa',
  '#f87171',
  '#2dd4bf',
  '#f472b6',
];

export const tooltipStyle = {
  contentStyle: {
    background: 'var(--color-popover)',
    border: '1px solid var(--color-line)',
    borderRadius: 8,
    fontSize: 12,
    color: 'var(--color-fg)',
  },
  labelStyle: { color: 'var(--color-fg-muted)', marginBottom: 4 },
  cursor: { fill: 'rgb(255 255 255 / 0.04)' },
} as const;
