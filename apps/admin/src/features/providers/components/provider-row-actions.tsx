import type { AdminProvider } from '@enox/contracts';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
  IconButton,
} from '@enox/ui';
import { Ellipsis, KeyRound, Pencil, PlugZap, Trash2 } from 'lucide-react';

export interface ProviderRowActionsProps {
  provider: AdminProvider;
  onEdit: () => void;
  onTest: () => void;
  onRotate: () => void;
  onDelete: () => void;
}

export function ProviderRowActions({
  provider,
  onEdit,
  onTest,
  onRotate,
  onDelete,
}: ProviderRowActionsProps) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <IconButton
          label={`Actions for ${provider.name}`}
          icon={<Ellipsis />}
          size="sm"
          tooltip={false}
        />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuItem icon={<Pencil />} onSelect={onEdit}>
          Edit
        </DropdownMenuItem>
        <DropdownMenuItem icon={<PlugZap />} onSelect={onTest}>
          Test key
        </DropdownMenuItem>
        {provider.simulated ? null : (
          <DropdownMenuItem icon={<KeyRound />} onSelect={onRotate}>
            Rotate key
          </DropdownMenuItem>
        )}
        <DropdownMenuSeparator />
        <DropdownMenuItem icon={<Trash2 />} variant="danger" onSelect={onDelete}>
          Delete
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
