import { cn } from '@enox/ui';
import { Brain } from 'lucide-react';

/** The one-click "Think" pill: asks the next message for visible reasoning. */
export function ThinkingToggle({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  return (
    <button
      type="button"
      aria-pressed={on}
      onClick={() => onChange(!on)}
      className={cn(
        'inline-flex h-8 items-center gap-1.5 rounded-full border px-3 text-xs font-medium transition-colors max-md:h-11',
        on
          ? 'border-accent/50 bg-accent-soft text-accent-text'
          : 'border-line-strong text-fg-muted hover:bg-white/6 hover:text-fg',
      )}
    >
      <Brain aria-hidden="true" className="size-3.5" />
      Think
    </button>
  );
}
