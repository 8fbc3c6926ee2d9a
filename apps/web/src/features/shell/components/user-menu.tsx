import {
  Avatar,
  cn,
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
  toast,
  useSidebar,
} from '@enox/ui';
import { ChevronsUpDown, LogOut, Settings, ShieldUser } from 'lucide-react';
import { useNavigate } from 'react-router';
import { readAppError, useLogout, useSignedInUser } from '@enox/app-kit';

export function UserMenu() {
  const user = useSignedInUser();
  const logout = useLogout();
  const navigate = useNavigate();
  const { collapsed } = useSidebar();

  const onLogout = () => {
    logout.mutate(undefined, {
      onSuccess: () => void navigate('/login', { replace: true }),
      onError: (error) => {
        const info = readAppError(error);
        if (info.appCode !== 'UNAUTHENTICATED') toast.error('Could not log out', info.message);
      },
    });
  };

  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <button
          type="button"
          data-testid="user-menu"
          aria-label={collapsed ? `Account: ${user.name}` : undefined}
          className={cn(
            'flex items-center gap-2.5 rounded-md text-left transition-colors duration-150 hover:bg-white/6 data-[state=open]:bg-white/6',
            collapsed ? 'size-10 justify-center' : 'h-12 w-full px-2 max-md:h-14',
          )}
        >
          <Avatar name={user.name} email={user.email} src={user.avatarUrl} />
          {collapsed ? null : (
            <>
              <span className="min-w-0 flex-1">
                <span className="block truncate text-sm font-medium text-fg">{user.name}</span>
                <span className="block truncate text-xs text-fg-subtle">{user.email}</span>
              </span>
              <ChevronsUpDown aria-hidden="true" className="size-4 shrink-0 text-fg-subtle" />
            </>
          )}
        </button>
      </DropdownMenuTrigger>
      <DropdownMenuContent side="top" align="start" className="w-60">
        <DropdownMenuLabel className="flex flex-col gap-0.5">
          <span className="truncate text-sm font-medium text-fg">{user.name}</span>
          <span className="truncate">{user.email}</span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem icon={<Settings />} onSelect={() => void navigate('/settings')}>
          Settings
        </DropdownMenuItem>
        {user.role === 'admin' ? (
          <DropdownMenuItem
            icon={<ShieldUser />}
            onSelect={() => window.location.assign('/admin/')}
          >
            Admin console
          </DropdownMenuItem>
        ) : null}
        <DropdownMenuItem icon={<LogOut />} onSelect={onLogout} disabled={logout.isPending}>
          Log out
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
