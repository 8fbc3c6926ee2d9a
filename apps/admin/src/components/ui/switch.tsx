import { cn, useFieldControl } from '@enox/ui';
import type { ButtonHTMLAttributes } from 'react';

export interface SwitchProps extends Omit<
  ButtonHTMLAttributes<HTMLButtonElement>,
  'onChange' | 'value'
> {
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
}

/** An on/off toggle (`role="switch"`); label it with a `Field`, `aria-label` or visible text. */
export function Switch({ checked, onCheckedChange, className, disabled, ...props }: SwitchProps) {
  const field = useFieldControl();
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      disabled={disabled}
      onClick={() => onCheckedChange(!checked)}
      {...field}
      {...props}
      className={cn(
        'relative inline-flex h-5 w-9 shrink-0 items-center rounded-full border transition-colors duration-150',
        'disabled:cursor-not-allowed disabled:opacity-50 max-md:my-3',
        checked ? 'border-accent bg-accent' : 'border-line-strong bg-white/8',
        className,
      )}
    >
      <span
        aria-hidden="true"
        className={cn(
          'size-3.5 rounded-full bg-white shadow transition-transform duration-150',
          checked ? 'translate-x-[18px]' : 'translate-x-[2px]',
        )}
      />
    </button>
  );
}
