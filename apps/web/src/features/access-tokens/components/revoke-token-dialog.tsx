import type { AccessToken } from '@enox/contracts';
import {
  Button,
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  toast,
} from '@enox/ui';
import { readAppError } from '@enox/app-kit';
import { useRevokeAccessToken } from '../api/use-access-tokens';

export interface RevokeTokenDialogProps {
  token: AccessToken | null;
  onClose: () => void;
}

/** Revoking is immediate and final, so it is confirmed first. */
export function RevokeTokenDialog({ token, onClose }: RevokeTokenDialogProps) {
  const revoke = useRevokeAccessToken();
  const confirm = () => {
    if (!token) return;
    revoke.mutate(
      { id: token.id },
      {
        onSuccess: () => {
          toast.success('Token revoked', `“${token.name}” no longer works.`);
          onClose();
        },
        onError: (error) => toast.error('Could not revoke the token', readAppError(error).message),
      },
    );
  };
  return (
    <Dialog open={token !== null} onOpenChange={(open) => (open ? undefined : onClose())}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Revoke “{token?.name}”?</DialogTitle>
          <DialogDescription>
            Anything using this token stops working on its next request. This cannot be undone.
          </DialogDescription>
        </DialogHeader>
        <DialogFooter>
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button variant="danger" loading={revoke.isPending} onClick={confirm}>
            Revoke token
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
