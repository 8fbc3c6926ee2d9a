import { CircleCheck, CircleExclamationPoint, Info } from 'lucide-react';
import type { HTMLAttributes, ReactNode } from 'react';
import { cn } from '../lib/cn';

export type AlertVariant = 'info' | 'success' | 'danger';

const variants: Record<AlertVariant, string> = {
  info: 'border-line-strong bg-white/4 text-fg [&>svg]:text-fg-muted',
  success: 'border-success/30 bg-success-soft text-fg [&>svg]:text-success',
  danger: 'border-danger/30 bg-danger-soft text-fg [&>svg]:text-danger',
};

const icons = { info: Info, success: CircleCheck, danger: CircleExclamationPoint } as const;

export interface AlertProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title'> {
  variant?: AlertVariant;
  title?: ReactNode;
}

/**
 * An inline message block. Danger alerts use role="alert" so a form error is
 * announced as soon as it appears.
 */
export function Alert({ variant = 'info', title, className, children, ...props }: AlertProps) {
  const Icon = icons[variant];
  return (
    <div
      role={variant === 'danger' ? 'alert' : 'status'}
      className={cn(
        'flex items-start gap-2.5 rounded-lg border px-3 py-2.5 text-sm',
        variants[variant],
        className,
      )}
      {...props}
    >
      <Icon aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <div className="min-w-0 flex-1">
        {title ? <p className="font-medium">{title}</p> : null}
        {children ? (
          <div className={title ? 'mt-0.5 text-fg-muted' : undefined}>{children}</div>
        ) : null}
      </div>
    </div>
  );
}
