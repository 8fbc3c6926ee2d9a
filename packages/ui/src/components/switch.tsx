import { Switch as SwitchPrimitive } from 'radix-ui';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { cn } from '../lib/cn';
import { useFieldControl } from './field-context';

/** An on/off switch (role="switch"); label it with a Field or aria-label. */
export const Switch = forwardRef<
  HTMLButtonElement,
  ComponentPropsWithoutRef<typeof SwitchPrimitive.Root>
>(function Switch({ className, ...props }, ref) {
  const field = useFieldControl();
  return (
    <SwitchPrimitive.Root
      ref={ref}
      {...field}
      {...props}
      className={cn(
        'relative inline-flex h-6 w-10 shrink-0 items-center rounded-full border border-line-strong bg-white/10 transition-colors duration-150',
        'data-[state=checked]:border-accent data-[state=checked]:bg-accent disabled:cursor-not-allowed disabled:opacity-50',
        className,
      )}
    >
      <SwitchPrimitive.Thumb className="block size-4.5 translate-x-0.5 rounded-full bg-white shadow transition-transform duration-150 data-[state=checked]:translate-x-[1.15rem]" />
    </SwitchPrimitive.Root>
  );
});
