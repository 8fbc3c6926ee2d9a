import { forwardRef, type InputHTMLAttributes, type ReactNode } from 'react';
import { cn } from '../lib/cn';
import { useFieldControl } from './field-context';
import { controlClasses } from './input-styles';

export interface InputProps extends InputHTMLAttributes<HTMLInputElement> {
  /** A decorative icon inside the start of the field. */
  leadingIcon?: ReactNode;
  /** An element at the end of the field, e.g. a show-password button. */
  trailing?: ReactNode;
  /** `sm` for dense places like a sidebar; both grow to 44 px on phones. */
  inputSize?: 'sm' | 'md';
}

export const Input = forwardRef<HTMLInputElement, InputProps>(function Input(
  { className, leadingIcon, trailing, inputSize = 'md', type = 'text', ...props },
  ref,
) {
  const field = useFieldControl();
  const input = (
    <input
      ref={ref}
      type={type}
      {...field}
      {...props}
      className={cn(
        controlClasses,
        inputSize === 'sm' ? 'h-9' : 'h-10',
        'px-3 max-md:h-11 max-md:text-base',
        leadingIcon ? 'pl-9' : undefined,
        trailing ? 'pr-11' : undefined,
        !leadingIcon && !trailing ? className : undefined,
      )}
    />
  );
  if (!leadingIcon && !trailing) return input;
  return (
    <div className={cn('relative', className)}>
      {leadingIcon ? (
        <span
          aria-hidden="true"
          className="pointer-events-none absolute inset-y-0 left-3 flex items-center text-fg-subtle [&_svg]:size-4"
        >
          {leadingIcon}
        </span>
      ) : null}
      {input}
      {trailing ? (
        <span className="absolute inset-y-0 right-1 flex items-center">{trailing}</span>
      ) : null}
    </div>
  );
});
