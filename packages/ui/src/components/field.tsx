import { CircleExclamationPoint } from 'lucide-react';
import { useId, useMemo, type ReactNode } from 'react';
import { cn } from '../lib/cn';
import { describedBy, FieldContext, type FieldControlProps } from './field-context';
import { Label } from './label';

export interface FieldProps {
  label: ReactNode;
  /** The control (Input, Textarea…); it picks up id and ARIA wiring from the field. */
  children: ReactNode;
  hint?: ReactNode;
  /** Shown under the control and announced with it; marks the control invalid. */
  error?: string | null | undefined;
  required?: boolean;
  /** Use a given id for the control instead of a generated one. */
  id?: string;
  /** Something on the label's line, e.g. a "Forgot password?" link. */
  labelAside?: ReactNode;
  className?: string;
}

/** Label + control + hint + error, wired with htmlFor and aria-describedby. */
export function Field({
  label,
  children,
  hint,
  error,
  required = false,
  id,
  labelAside,
  className,
}: FieldProps) {
  const generated = useId();
  const controlId = id ?? `field-${generated}`;
  // The error replaces the hint, visually and for assistive tech.
  const hintId = hint && !error ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const ariaDescribedBy = describedBy({ hintId, errorId });

  const control = useMemo<FieldControlProps>(
    () => ({
      id: controlId,
      ...(ariaDescribedBy ? { 'aria-describedby': ariaDescribedBy } : {}),
      ...(errorId ? { 'aria-invalid': true as const } : {}),
      ...(required ? { 'aria-required': true as const } : {}),
    }),
    [controlId, ariaDescribedBy, errorId, required],
  );

  return (
    <div className={cn('flex flex-col gap-1.5', className)}>
      <div className="flex items-baseline justify-between gap-2">
        <Label htmlFor={controlId}>{label}</Label>
        {labelAside}
      </div>
      <FieldContext.Provider value={control}>{children}</FieldContext.Provider>
      {hintId ? (
        <p id={hintId} className="text-xs text-fg-subtle">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="flex items-start gap-1.5 text-xs text-danger">
          <CircleExclamationPoint aria-hidden="true" className="mt-px size-3.5 shrink-0" />
          <span>{error}</span>
        </p>
      ) : null}
    </div>
  );
}
