import { Avatar, Button, Card, toast } from '@enox/ui';
import { ArrowLeft, LogOut, ShieldX } from 'lucide-react';
import { useNavigate } from 'react-router';
import { readAppError, useLogout, useSignedInUser } from '@enox/app-kit';

/**
 * What a signed-in non-admin sees instead of the console. It renders no admin
 * data and triggers no admin queries.
 */
export function AdminsOnly() {
  const user = useSignedInUser();
  const logout = useLogout();
  const navigate = useNavigate();
  return (
    <div className="flex min-h-dvh items-center justify-center px-4 py-12">
      <main data-testid="admins-only" className="w-full max-w-md animate-fade-in">
        <Card className="flex flex-col items-center p-8 text-center">
          <div
            aria-hidden="true"
            className="flex size-12 items-center justify-center rounded-xl border border-danger/30 bg-danger-soft text-danger"
          >
            <ShieldX className="size-5" />
          </div>
          <h1 className="mt-5 text-xl font-semibold tracking-tight">Admins only</h1>
          <p className="mt-2 text-sm text-fg-muted">
            The admin console is for administrators of this Enox server. Your account does not have
            administrator access.
          </p>
          <div className="mt-6 flex w-full items-center gap-3 rounded-lg border border-line bg-canvas/60 p-3 text-left">
            <Avatar name={user.name} email={user.email} src={user.avatarUrl} />
            <div className="min-w-0">
              <p className="truncate text-sm font-medium">{user.name}</p>
              <p className="truncate text-xs text-fg-subtle">{user.email}</p>
            </div>
          </div>
          <div className="mt-6 flex w-full flex-col gap-2 sm:flex-row">
            <Button asChild className="flex-1">
              <a href="/">
                <ArrowLeft aria-hidden="true" className="size-4" />
                Back to Enox
              </a>
            </Button>
            <Button
              variant="secondary"
              className="flex-1"
              icon={<LogOut className="size-4" />}
              loading={logout.isPending}
              onClick={() =>
                logout.mutate(undefined, {
                  onSuccess: () => void navigate('/login', { replace: true }),
                  onError: (error) => toast.error('Could not log out', readAppError(error).message),
                })
              }
            >
              Log out
            </Button>
          </div>
        </Card>
      </main>
    </div>
  );
}
