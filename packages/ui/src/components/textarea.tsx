import { forwardRef, type TextareaHTMLAttributes } from 'react';
import { cn } from '../lib/cn';
import { useFieldControl } from './field-context';
import { controlClasses } from './input-styles';

export type TextareaProps = TextareaHTMLAttributes<HTMLTextAreaElement>;

export const Textarea = forwardRef<HTMLTextAreaElement, TextareaProps>(function Textarea(
  { className, rows = 3, ...props },
  ref,
) {
  const field = useFieldControl();
  return (
    <textarea
      ref={ref}
      rows={rows}
      {...field}
      {...props}
      className={cn(
        controlClasses,
        'min-h-20 resize-y px-3 py-2 leading-6 max-md:text-base',
        className,
      )}
    />
  );
});
