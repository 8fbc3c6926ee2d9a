export type ToastVariant = 'default' | 'success' | 'error';

export interface ToastInput {
  title: string;
  description?: string;
  variant?: ToastVariant;
  /** Milliseconds before it leaves on its own; 0 keeps it until dismissed. */
  duration?: number;
}

export interface Toast {
  id: number;
  title: string;
  description: string | undefined;
  variant: ToastVariant;
  duration: number;
}

export interface ToastStore {
  show(input: ToastInput): number;
  dismiss(id: number): void;
  clear(): void;
  getSnapshot(): readonly Toast[];
  subscribe(listener: () => void): () => void;
}

export interface ToastStoreOptions {
  /** Older toasts leave when more than this many are on screen. */
  limit?: number;
  defaultDuration?: number;
}

/**
 * A tiny external store (no React inside), so toasts can be raised from
 * anywhere — mutation callbacks included — and unit-tested without a DOM.
 */
export function createToastStore({
  limit = 3,
  defaultDuration = 5000,
}: ToastStoreOptions = {}): ToastStore {
  let toasts: readonly Toast[] = [];
  let nextId = 1;
  const listeners = new Set<() => void>();
  const timers = new Map<number, ReturnType<typeof setTimeout>>();

  const emit = () => {
    for (const listener of listeners) listener();
  };

  const dismiss = (id: number) => {
    const timer = timers.get(id);
    if (timer !== undefined) clearTimeout(timer);
    timers.delete(id);
    if (!toasts.some((t) => t.id === id)) return;
    toasts = toasts.filter((t) => t.id !== id);
    emit();
  };

  return {
    show(input) {
      const toast: Toast = {
        id: nextId++,
        title: input.title,
        description: input.description,
        variant: input.variant ?? 'default',
        duration: input.duration ?? defaultDuration,
      };
      const overflow = toasts.slice(0, Math.max(0, toasts.length + 1 - limit));
      for (const old of overflow) {
        const timer = timers.get(old.id);
        if (timer !== undefined) clearTimeout(timer);
        timers.delete(old.id);
      }
      toasts = [...toasts.slice(overflow.length), toast];
      if (toast.duration > 0) {
        timers.set(
          toast.id,
          setTimeout(() => dismiss(toast.id), toast.duration),
        );
      }
      emit();
      return toast.id;
    },
    dismiss,
    clear() {
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
      toasts = [];
      emit();
    },
    getSnapshot: () => toasts,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The app-wide toaster. */
export const toastStore = createToastStore();

/** Show a toast: `toast({ title: 'Saved' })`, `toast.error('Could not save')`. */
export const toast = Object.assign((input: ToastInput) => toastStore.show(input), {
  success: (title: string, description?: string) =>
    toastStore.show({ title, description, variant: 'success' }),
  error: (title: string, description?: string) =>
    toastStore.show({ title, description, variant: 'error' }),
  dismiss: (id: number) => toastStore.dismiss(id),
});
