import { Spinner } from '@enox/ui';
import { Check, X } from 'lucide-react';
import type { UsernameStatus } from '../hooks/use-username-check';

/** The live verdict beside the username field. */
export function UsernameStatusText({ status }: { status: UsernameStatus }) {
  if (status === 'checking') {
    return (
      <span className="inline-flex items-center gap-1 text-xs text-fg-subtle">
        <Spinner size="sm" /> Checking…
      </span>
    );
  }
  if (status === 'available') {
    return (
      <span
        data-testid="username-available"
        className="inline-flex items-center gap-1 text-xs text-success"
      >
        <Check aria-hidden="true" className="size-3.5" /> Available
      </span>
    );
  }
  if (status === 'taken') {
    return (
      <span
        data-testid="username-taken"
        className="inline-flex items-center gap-1 text-xs text-danger"
      >
        <X aria-hidden="true" className="size-3.5" /> Taken
      </span>
    );
  }
  return null;
}
