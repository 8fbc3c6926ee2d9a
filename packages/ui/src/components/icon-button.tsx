import { forwardRef, type ButtonHTMLAttributes, type ReactNode } from 'react';
import { iconButtonVariants, type ButtonVariant, type IconButtonSize } from './button-variants';
import { Spinner } from './spinner';
import { Tooltip } from './tooltip';

export interface IconButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children'> {
  /** The accessible name; also shown as a tooltip unless `tooltip` is false. */
  label: string;
  icon: ReactNode;
  variant?: ButtonVariant;
  size?: IconButtonSize;
  tooltip?: boolean;
  tooltipSide?: 'top' | 'right' | 'bottom' | 'left';
  loading?: boolean;
}

export const IconButton = forwardRef<HTMLButtonElement, IconButtonProps>(function IconButton(
  {
    label,
    icon,
    variant = 'ghost',
    size = 'md',
    tooltip = true,
    tooltipSide = 'bottom',
    loading = false,
    className,
    disabled,
    type,
    ...props
  },
  ref,
) {
  const button = (
    <button
      ref={ref}
      type={type ?? 'button'}
      aria-label={label}
      aria-busy={loading || undefined}
      disabled={disabled || loading}
      className={iconButtonVariants({ variant, size, className })}
      {...props}
    >
      {loading ? <Spinner size="sm" /> : icon}
    </button>
  );
  return (
    <Tooltip content={label} side={tooltipSide} disabled={!tooltip}>
      {button}
    </Tooltip>
  );
});
