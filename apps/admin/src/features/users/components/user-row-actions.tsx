import type { AdminUser } from '@enox/contracts';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
  IconButton,
} from '@enox/ui';
import {
  ChartColumn,
  Ellipsis,
  Gauge,
  ShieldCheck,
  ShieldMinus,
  UserCheck,
  UserX,
} from 'lucide-react';
import { useNavigate } from 'react-router';

export interface UserRowActionsProps {
  user: AdminUser;
  isSelf: boolean;
  onLimits: () => void;
  onSetRole: (role: AdminUser['role']) => void;
  onDisable: () => void;
  onEnable: () => void;
}

export function UserRowActions({
  user,
  isSelf,
  onLimits,
  onSetRole,
  onDisable,
  onEnable,
}: UserRowActionsProps) {
  const navigate = useNavigate();
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <IconButton
          label={`Actions for ${user.name}`}
          icon={<Ellipsis />}
          size="sm"
          tooltip={false}
        />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuItem icon={<Gauge />} onSelect={onLimits}>
          Limits
        </DropdownMenuItem>
        <DropdownMenuItem
          icon={<ChartColumn />}
          onSelect={() => void navigate(`/usage?user=${user.id}`)}
        >
          View usage
        </DropdownMenuItem>
        <DropdownMenuSeparator />
        {user.role === 'admin' ? (
          <DropdownMenuItem icon={<ShieldMinus />} onSelect={() => onSetRole('user')}>
            Remove admin role
          </DropdownMenuItem>
        ) : (
          <DropdownMenuItem icon={<ShieldCheck />} onSelect={() => onSetRole('admin')}>
            Make admin
          </DropdownMenuItem>
        )}
        {user.disabledAt ? (
          <DropdownMenuItem icon={<UserCheck />} onSelect={onEnable}>
            Enable account
          </DropdownMenuItem>
        ) : (
          <DropdownMenuItem
            icon={<UserX />}
            variant="danger"
            disabled={isSelf}
            onSelect={onDisable}
          >
            Disable account
          </DropdownMenuItem>
        )}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
