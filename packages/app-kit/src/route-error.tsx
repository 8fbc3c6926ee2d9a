import { Button, EmptyState } from '@enox/ui';
import { TriangleExclamationPoint } from 'lucide-react';
import { useEffect } from 'react';
import { useRouteError } from 'react-router';

/** Last line of defence for render errors: say so plainly and offer a reload. */
export function RouteError() {
  const error = useRouteError();
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="flex h-dvh items-center justify-center px-4">
      <EmptyState
        icon={<TriangleExclamationPoint />}
        title="Something went wrong"
        description="An unexpected error stopped this page. Reloading usually helps."
        headingLevel="h1"
        action={<Button onClick={() => window.location.reload()}>Reload</Button>}
      />
    </div>
  );
}
