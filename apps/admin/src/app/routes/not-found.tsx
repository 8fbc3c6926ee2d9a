import { Button, Card, EmptyState } from '@enox/ui';
import { Compass } from 'lucide-react';
import { Link } from 'react-router';

/** Unknown paths inside the console frame. */
export function NotFoundRoute() {
  return (
    <Card>
      <EmptyState
        icon={<Compass />}
        title="Page not found"
        description="This page does not exist in the admin console."
        headingLevel="h1"
        action={
          <Button asChild variant="secondary">
            <Link to="/">Go to the dashboard</Link>
          </Button>
        }
      />
    </Card>
  );
}
