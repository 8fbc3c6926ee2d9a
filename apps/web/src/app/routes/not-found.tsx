import { Button, EmptyState } from '@enox/ui';
import { Compass } from 'lucide-react';
import { Link } from 'react-router';

export function NotFoundRoute() {
  return (
    <div className="flex h-dvh items-center justify-center px-4">
      <EmptyState
        icon={<Compass />}
        title="Page not found"
        description="The page you are looking for does not exist or has moved."
        headingLevel="h1"
        action={
          <Button asChild variant="secondary">
            <Link to="/">Back to Enox</Link>
          </Button>
        }
      />
    </div>
  );
}
