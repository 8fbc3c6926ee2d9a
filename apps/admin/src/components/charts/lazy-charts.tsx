import { Skeleton } from '@enox/ui';
import { lazy, Suspense, type ComponentProps } from 'react';

// The chart library is the largest dependency of the console: it loads with
// the first chart instead of with the app.
const RequestsChartImpl = lazy(() =>
  import('./requests-chart').then((m) => ({ default: m.RequestsChart })),
);
const ModelRequestsChartImpl = lazy(() =>
  import('./model-requests-chart').then((m) => ({ default: m.ModelRequestsChart })),
);
const SparklineImpl = lazy(() => import('./sparkline').then((m) => ({ default: m.Sparkline })));

export function RequestsChart(props: ComponentProps<typeof RequestsChartImpl>) {
  return (
    <Suspense fallback={<Skeleton className="h-64" />}>
      <RequestsChartImpl {...props} />
    </Suspense>
  );
}

export function ModelRequestsChart(props: ComponentProps<typeof ModelRequestsChartImpl>) {
  return (
    <Suspense fallback={<Skeleton className="h-64" />}>
      <ModelRequestsChartImpl {...props} />
    </Suspense>
  );
}

export function Sparkline(props: ComponentProps<typeof SparklineImpl>) {
  return (
    <Suspense fallback={<div className="h-10" />}>
      <SparklineImpl {...props} />
    </Suspense>
  );
}
