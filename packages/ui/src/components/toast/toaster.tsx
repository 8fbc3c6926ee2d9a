import { CircleCheck, CircleExclamationPoint, X } from 'lucide-react';
import { useSyncExternalStore } from 'react';
import { cn } from '../../lib/cn';
import { iconButtonVariants } from '../button-variants';
import { toastStore, type Toast, type ToastStore } from './toast-store';

export interface ToasterProps {
  store?: ToastStore;
}

/** Renders the toasts of a store in a polite live region at the bottom of the screen. */
export function Toaster({ store = toastStore }: ToasterProps) {
  const toasts = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  return (
    <section
      aria-label="Notifications"
      aria-live="polite"
      className="pointer-events-none fixed inset-x-0 bottom-0 z-[60] flex flex-col items-center gap-2 p-4 pb-[max(1rem,env(safe-area-inset-bottom))] sm:items-end"
    >
      {toasts.map((item) => (
        <ToastItem key={item.id} toast={item} onDismiss={() => store.dismiss(item.id)} />
      ))}
    </section>
  );
}

function ToastItem({ toast, onDismiss }: { toast: Toast; onDismiss: () => void }) {
  const Icon = toast.variant === 'error' ? CircleExclamationPoint : CircleCheck;
  return (
    <div
      role={toast.variant === 'error' ? 'alert' : 'status'}
      className="pointer-events-auto flex w-full max-w-sm animate-toast-in items-start gap-3 rounded-lg border border-line bg-popover p-3 pr-2 shadow-popover"
    >
      {toast.variant === 'default' ? null : (
        <Icon
          aria-hidden="true"
          className={cn(
            'mt-0.5 size-4 shrink-0',
            toast.variant === 'error' ? 'text-danger' : 'text-success',
          )}
        />
      )}
      <div className="min-w-0 flex-1">
        <p className="text-sm font-medium text-fg">{toast.title}</p>
        {toast.description ? (
          <p className="mt-0.5 text-sm text-fg-muted">{toast.description}</p>
        ) : null}
      </div>
      <button
        type="button"
        aria-label="Dismiss notification"
        onClick={onDismiss}
        className={iconButtonVariants({ size: 'sm', className: '-my-1' })}
      >
        <X aria-hidden="true" />
      </button>
    </div>
  );
}
