import type { HTMLAttributes } from 'react';
import { cn } from '../lib/cn';

/** A placeholder with a soft shimmer; give it the final size (and aspect ratio) of the content. */
export function Skeleton({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  return (
    <div
      aria-hidden="true"
      className={cn(
        'animate-shimmer rounded-md bg-[length:200%_100%]',
        'bg-[linear-gradient(90deg,rgb(255_255_255/0.04)_25%,rgb(255_255_255/0.09)_50%,rgb(255_255_255/0.04)_75%)]',
        className,
      )}
      {...props}
    />
  );
}
