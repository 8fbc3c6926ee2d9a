import { Alert, Button } from '@enox/ui';
import { readAppError } from '@enox/app-kit';

/** A list or figure that could not load, with a way to try again. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <Alert variant="danger" title="Could not load this">
      <span className="flex flex-wrap items-center gap-3">
        {readAppError(error).message}
        <Button size="sm" variant="secondary" onClick={onRetry}>
          Try again
        </Button>
      </span>
    </Alert>
  );
}
