import { Tooltip as TooltipPrimitive } from 'radix-ui';
import type { ReactElement, ReactNode } from 'react';
import { cn } from '../lib/cn';

export interface TooltipProps {
  content: ReactNode;
  /** A single focusable element; it keeps its own accessible name. */
  children: ReactElement;
  side?: 'top' | 'right' | 'bottom' | 'left';
  align?: 'start' | 'center' | 'end';
  /** Hide the tooltip without unmounting the trigger (e.g. when a label is already visible). */
  disabled?: boolean;
  delayDuration?: number;
  className?: string;
}

/** A short hint on hover and keyboard focus. Brings its own provider, so it works anywhere. */
export function Tooltip({
  content,
  children,
  side = 'top',
  align = 'center',
  disabled = false,
  delayDuration = 400,
  className,
}: TooltipProps) {
  if (disabled) return children;
  return (
    <TooltipPrimitive.Provider delayDuration={delayDuration} skipDelayDuration={200}>
      <TooltipPrimitive.Root>
        <TooltipPrimitive.Trigger asChild>{children}</TooltipPrimitive.Trigger>
        <TooltipPrimitive.Portal>
          <TooltipPrimitive.Content
            side={side}
            align={align}
            sideOffset={6}
            className={cn(
              'z-50 max-w-64 rounded-md border border-line bg-popover px-2 py-1 text-xs text-fg shadow-popover',
              'animate-pop-in data-[state=closed]:animate-pop-out',
              className,
            )}
          >
            {content}
          </TooltipPrimitive.Content>
        </TooltipPrimitive.Portal>
      </TooltipPrimitive.Root>
    </TooltipPrimitive.Provider>
  );
}
