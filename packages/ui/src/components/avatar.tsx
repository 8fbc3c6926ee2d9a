import { Avatar as AvatarPrimitive } from 'radix-ui';
import { cn } from '../lib/cn';
import { getInitials } from '../lib/get-initials';

export interface AvatarProps {
  name: string | null | undefined;
  email?: string | null;
  src?: string | null;
  size?: 'sm' | 'md' | 'lg';
  className?: string;
}

const sizes = { sm: 'size-7 text-xs', md: 'size-8 text-xs', lg: 'size-10 text-sm' } as const;

/** A round picture, or initials on a quiet tint while it loads or when there is none. */
export function Avatar({ name, email, src, size = 'md', className }: AvatarProps) {
  return (
    <AvatarPrimitive.Root
      className={cn(
        'relative inline-flex shrink-0 overflow-hidden rounded-full border border-line bg-accent-soft select-none',
        sizes[size],
        className,
      )}
    >
      {src ? <AvatarPrimitive.Image src={src} alt="" className="size-full object-cover" /> : null}
      <AvatarPrimitive.Fallback
        delayMs={src ? 400 : 0}
        className="flex size-full items-center justify-center font-semibold text-accent-text"
        aria-hidden="true"
      >
        {getInitials(name, email)}
      </AvatarPrimitive.Fallback>
    </AvatarPrimitive.Root>
  );
}
