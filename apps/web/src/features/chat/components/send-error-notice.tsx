import { Alert, Button, buttonVariants } from '@enox/ui';
import { KeyRound, RefreshCw } from 'lucide-react';
import { Link } from 'react-router';
import type { AppErrorInfo } from '@enox/app-kit';
import { formatDate } from '../../../lib/format';

/** Why a message was refused, with a retry; a spent quota says which model, the limit and when it resets. */
export function SendErrorNotice({
  error,
  onRetry,
  onDismiss,
}: {
  error: AppErrorInfo;
  onRetry: () => void;
  onDismiss: () => void;
}) {
  const quota = error.appCode === 'QUOTA_EXCEEDED';
  const details = error.details;
  const modelName = typeof details.modelName === 'string' ? details.modelName : null;
  const limit = typeof details.limit === 'number' ? details.limit : null;
  const resetsAt = typeof details.resetsAt === 'string' ? details.resetsAt : null;
  return (
    <Alert
      variant="danger"
      data-testid={quota ? 'quota-error' : 'send-error'}
      title={quota ? 'Monthly limit reached' : 'Message not sent'}
    >
      <p>{error.message}</p>
      {quota && modelName ? (
        <p className="mt-1 text-xs">
          {modelName}
          {limit !== null ? ` · ${limit} requests a month` : ''}
          {resetsAt ? ` · resets on ${formatDate(resetsAt)}` : ''}
        </p>
      ) : null}
      <div className="mt-2.5 flex flex-wrap gap-2">
        {quota ? (
          <Link
            to="/settings#keys"
            className={buttonVariants({ size: 'sm', variant: 'secondary' })}
          >
            <KeyRound aria-hidden="true" />
            Use your own key
          </Link>
        ) : null}
        <Button size="sm" variant="secondary" icon={<RefreshCw />} onClick={onRetry}>
          Retry
        </Button>
        <Button size="sm" variant="ghost" onClick={onDismiss}>
          Dismiss
        </Button>
      </div>
    </Alert>
  );
}
