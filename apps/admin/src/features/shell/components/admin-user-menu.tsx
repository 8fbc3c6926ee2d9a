import {
  Avatar,
  Badge,
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
  toast,
} from '@enox/ui';
import { LogOut } from 'lucide-react';
import { useNavigate } from 'react-router';
import { readAppError, useLogout, useSignedInUser } from '@enox/app-kit';

export function AdminUserMenu() {
  const user = useSignedInUser();
  const logout = useLogout();
  const navigate = useNavigate();

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
          aria-label={`Account: ${user.name}`}
          className="flex size-10 items-center justify-center rounded-full transition-colors duration-150 hover:bg-white/6 data-[state=open]:bg-white/6 max-md:size-11"
        >
          <Avatar name={user.name} email={user.email} src={user.avatarUrl} />
        </button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-64">
        <DropdownMenuLabel className="flex items-start justify-between gap-2">
          <span className="flex min-w-0 flex-col gap-0.5">
            <span className="truncate text-sm font-medium text-fg">{user.name}</span>
            <span className="truncate">{user.email}</span>
          </span>
          <Badge variant="accent">Admin</Badge>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem icon={<LogOut />} onSelect={onLogout} disabled={logout.isPending}>
          Log out
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
