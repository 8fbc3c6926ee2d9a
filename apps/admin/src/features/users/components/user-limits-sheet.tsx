import type { AdminUser, UserModelLimit } from '@enox/contracts';
import {
  Alert,
  Button,
  Sheet,
  SheetContent,
  SheetDescription,
  SheetHeader,
  SheetTitle,
  Skeleton,
} from '@enox/ui';
import { QueryError } from '../../../components/ui/query-error';
import { formatDay } from '../../../lib/format';
import { trpc } from '@enox/app-kit';
import { LimitRow } from './limit-row';

export interface UserLimitsSheetProps {
  user: AdminUser | undefined;
  onOpenChange: (open: boolean) => void;
}

/** Per-model monthly limits of one person, with what they have used this month. */
export function UserLimitsSheet({ user, onOpenChange }: UserLimitsSheetProps) {
  return (
    <Sheet open={user !== undefined} onOpenChange={onOpenChange}>
      <SheetContent
        side="right"
        className="w-[min(36rem,calc(100vw-1.5rem))]"
        data-testid="limits-editor"
      >
        {user ? <LimitsBody user={user} onClose={() => onOpenChange(false)} /> : null}
      </SheetContent>
    </Sheet>
  );
}

function LimitsBody({ user, onClose }: { user: AdminUser; onClose: () => void }) {
  // Usage moves with every request: read it afresh each time the sheet opens.
  const limits = trpc.admin.limits.list.useQuery({ userId: user.id }, { staleTime: 0 });
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <SheetHeader className="border-b border-line p-5">
        <SheetTitle>Limits for {user.name}</SheetTitle>
        <SheetDescription>
          Requests per month on the platform key. Empty uses the model’s limit; requests on their
          own keys are never limited.
          {limits.data ? ` Usage since ${formatDay(limits.data.month)} (UTC).` : ''}
        </SheetDescription>
      </SheetHeader>
      <div className="min-h-0 flex-1 overflow-y-auto p-5">
        {limits.data ? (
          limits.data.models.length === 0 ? (
            <Alert>No model exists yet.</Alert>
          ) : (
            <ul className="flex flex-col divide-y divide-line rounded-lg border border-line">
              {limits.data.models.map((row: UserModelLimit) => (
                <LimitRow key={row.modelId} userId={user.id} row={row} />
              ))}
            </ul>
          )
        ) : limits.isError ? (
          <QueryError error={limits.error} onRetry={() => void limits.refetch()} />
        ) : (
          <Skeleton className="h-64" />
        )}
      </div>
      <div className="flex justify-end border-t border-line p-4">
        <Button variant="secondary" onClick={onClose}>
          Done
        </Button>
      </div>
    </div>
  );
}
