import { Dialog as DialogPrimitive } from 'radix-ui';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { cn } from '../lib/cn';
import { CloseButton, DialogOverlay } from './dialog';

export {
  Dialog as Sheet,
  DialogTrigger as SheetTrigger,
  DialogClose as SheetClose,
  DialogHeader as SheetHeader,
  DialogFooter as SheetFooter,
  DialogTitle as SheetTitle,
  DialogDescription as SheetDescription,
} from './dialog';

export type SheetSide = 'left' | 'right' | 'bottom';

const sides: Record<SheetSide, string> = {
  left:
    'inset-y-0 left-0 h-dvh w-[min(20rem,calc(100vw-3rem))] border-r ' +
    'data-[state=open]:animate-slide-in-left data-[state=closed]:animate-slide-out-left',
  right:
    'inset-y-0 right-0 h-dvh w-[min(28rem,calc(100vw-3rem))] border-l ' +
    'data-[state=open]:animate-slide-in-right data-[state=closed]:animate-slide-out-right',
  bottom:
    'inset-x-0 bottom-0 max-h-[85dvh] rounded-t-xl border-t pb-[env(safe-area-inset-bottom)] ' +
    'data-[state=open]:animate-slide-in-bottom data-[state=closed]:animate-slide-out-bottom',
};

export interface SheetContentProps extends ComponentPropsWithoutRef<
  typeof DialogPrimitive.Content
> {
  side?: SheetSide;
  showClose?: boolean;
}

/** A panel sliding in from an edge: side forms, the phone drawer, bottom sheets. */
export const SheetContent = forwardRef<HTMLDivElement, SheetContentProps>(function SheetContent(
  { side = 'right', showClose = true, className, children, ...props },
  ref,
) {
  return (
    <DialogPrimitive.Portal>
      <DialogOverlay />
      <DialogPrimitive.Content
        ref={ref}
        className={cn(
          'fixed z-50 flex flex-col border-line bg-surface shadow-popover focus:outline-none',
          sides[side],
          className,
        )}
        {...props}
      >
        {children}
        {showClose ? <CloseButton /> : null}
      </DialogPrimitive.Content>
    </DialogPrimitive.Portal>
  );
});
