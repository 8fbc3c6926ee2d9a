import { cn, useFieldControl } from '@enox/ui';
import { ChevronDown } from 'lucide-react';
import { forwardRef, type SelectHTMLAttributes } from 'react';

export interface SelectProps extends SelectHTMLAttributes<HTMLSelectElement> {
  selectSize?: 'sm' | 'md';
}

/**
 * A native select in the design system's look: the platform's picker (best on
 * phones and with screen readers), wired to its `Field` like `Input`.
 */
export const Select = forwardRef<HTMLSelectElement, SelectProps>(function Select(
  { className, selectSize = 'md', children, ...props },
  ref,
) {
  const field = useFieldControl();
  return (
    <div className={cn('relative', className)}>
      <select
        ref={ref}
        {...field}
        {...props}
        className={cn(
          'w-full appearance-none rounded-md border border-line-strong bg-surface pr-9 pl-3 text-sm text-fg',
          'transition-[border-color,box-shadow] duration-150 hover:border-white/20',
          'focus-visible:border-ring focus-visible:ring-3 focus-visible:ring-ring/25 focus-visible:outline-none',
          'disabled:cursor-not-allowed disabled:opacity-50 aria-invalid:border-danger/70',
          selectSize === 'sm' ? 'h-9' : 'h-10',
          'max-md:h-11 max-md:text-base',
        )}
      >
        {children}
      </select>
      <ChevronDown
        aria-hidden="true"
        className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-fg-subtle"
      />
    </div>
  );
});
