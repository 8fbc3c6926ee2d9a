import {
  Alert,
  Button,
  Sheet,
  SheetContent,
  SheetDescription,
  SheetHeader,
  SheetTitle,
} from '@enox/ui';
import type { FormEvent, ReactNode } from 'react';

export interface FormSheetProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: ReactNode;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  submitLabel: string;
  pending?: boolean;
  /** A failure of no single field. */
  formError?: string | undefined;
  /** Extra buttons beside Cancel (e.g. "Test key"). */
  secondaryAction?: ReactNode;
  children: ReactNode;
  'data-testid'?: string;
}

/** A form in a side sheet: a scrolling body and a footer that stays in reach. */
export function FormSheet({
  open,
  onOpenChange,
  title,
  description,
  onSubmit,
  submitLabel,
  pending = false,
  formError,
  secondaryAction,
  children,
  'data-testid': testId,
}: FormSheetProps) {
  return (
    <Sheet open={open} onOpenChange={onOpenChange}>
      <SheetContent side="right" className="w-[min(30rem,calc(100vw-1.5rem))]" data-testid={testId}>
        <form noValidate onSubmit={onSubmit} className="flex min-h-0 flex-1 flex-col">
          <SheetHeader className="border-b border-line p-5">
            <SheetTitle>{title}</SheetTitle>
            {description ? <SheetDescription>{description}</SheetDescription> : null}
          </SheetHeader>
          <div className="flex min-h-0 flex-1 flex-col gap-5 overflow-y-auto p-5">{children}</div>
          <div className="flex flex-col gap-3 border-t border-line p-4 pb-[max(1rem,env(safe-area-inset-bottom))]">
            {formError ? <Alert variant="danger">{formError}</Alert> : null}
            <div className="flex flex-wrap items-center justify-end gap-2">
              {secondaryAction ? <div className="mr-auto">{secondaryAction}</div> : null}
              <Button variant="secondary" onClick={() => onOpenChange(false)}>
                Cancel
              </Button>
              <Button type="submit" loading={pending}>
                {submitLabel}
              </Button>
            </div>
          </div>
        </form>
      </SheetContent>
    </Sheet>
  );
}
