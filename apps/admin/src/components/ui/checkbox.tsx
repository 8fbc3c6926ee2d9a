import { cn } from '@enox/ui';
import type { InputHTMLAttributes, ReactNode } from 'react';

export interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> {
  label: ReactNode;
  hint?: ReactNode;
}

/** A native checkbox with its label; the whole row is the tap target. */
export function Checkbox({ label, hint, className, ...props }: CheckboxProps) {
  return (
    <label
      className={cn(
        'flex cursor-pointer items-start gap-2.5 rounded-md py-1.5 text-sm max-md:min-h-11 max-md:items-center',
        className,
      )}
    >
      <input
        type="checkbox"
        className="mt-0.5 size-4 shrink-0 accent-accent max-md:mt-0"
        {...props}
      />
      <span className="flex flex-col">
        <span className="font-medium text-fg">{label}</span>
        {hint ? <span className="text-xs text-fg-subtle">{hint}</span> : null}
      </span>
    </label>
  );
}
