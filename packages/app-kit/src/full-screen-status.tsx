import { Button, EmptyState, Spinner } from '@enox/ui';
import { CloudOff } from 'lucide-react';

/** Shown while the session is being read; quiet, so a fast answer does not flash. */
export function FullScreenLoader() {
  return (
    <div className="flex h-dvh animate-fade-in items-center justify-center text-fg-subtle [animation-delay:150ms] [animation-fill-mode:backwards]">
      <Spinner label="Loading" size="lg" />
    </div>
  );
}

export interface FullScreenErrorProps {
  message: string;
  onRetry: () => void;
  retrying?: boolean;
}

/** When the server cannot tell who is signed in (offline, server down). */
export function FullScreenError({ message, onRetry, retrying = false }: FullScreenErrorProps) {
  return (
    <div className="flex h-dvh items-center justify-center px-4">
      <EmptyState
        icon={<CloudOff />}
        title="Enox is unreachable"
        description={message}
        headingLevel="h1"
        action={
          <Button variant="secondary" onClick={onRetry} loading={retrying}>
            Try again
          </Button>
        }
      />
    </div>
  );
}
