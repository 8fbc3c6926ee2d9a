import { ChevronDown } from 'lucide-react';
import { forwardRef, type SelectHTMLAttributes } from 'react';
import { cn } from '../lib/cn';
import { useFieldControl } from './field-context';
import { controlClasses } from './input-styles';

export type NativeSelectProps = SelectHTMLAttributes<HTMLSelectElement>;

/** The platform's select, styled like the other fields (best on phones and for screen readers). */
export const NativeSelect = forwardRef<HTMLSelectElement, NativeSelectProps>(function NativeSelect(
  { className, children, ...props },
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
          controlClasses,
          'h-10 appearance-none pr-9 pl-3 max-md:h-11 max-md:text-base',
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
