import { cn } from '@enox/ui';
import { Brain, ChevronRight } from 'lucide-react';
import { useEffect, useId, useState } from 'react';
import { formatElapsed } from '../../../../lib/format';

export interface ThinkingPanelProps {
  text: string;
  running: boolean;
  /** Client time thinking started (live timer). */
  startedAt: number | null;
  /** Final duration once done. */
  elapsedMs: number | null;
}

/**
 * The model's reasoning above its answer: open with a live "Thinking… 4.2 s"
 * while it runs, collapsed to "Thought for 6.0 s" when it ends. The person can
 * open or close it at any time; their choice then sticks.
 */
export function ThinkingPanel({ text, running, startedAt, elapsedMs }: ThinkingPanelProps) {
  const [userOpen, setUserOpen] = useState<boolean | null>(null);
  const open = userOpen ?? running;
  const contentId = useId();
  return (
    <div data-testid="thinking-panel" className="mb-3">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={contentId}
        onClick={() => setUserOpen(!open)}
        className="group/think inline-flex h-8 items-center gap-1.5 rounded-md pr-2 pl-1 text-sm text-fg-muted transition-colors hover:text-fg max-md:h-11"
      >
        <Brain aria-hidden="true" className="size-4" />
        {running ? (
          <span className="thinking-shimmer" data-testid="thinking-label">
            Thinking… <LiveElapsed startedAt={startedAt} />
          </span>
        ) : (
          <span data-testid="thinking-label">Thought for {formatElapsed(elapsedMs ?? 0)}</span>
        )}
        <ChevronRight
          aria-hidden="true"
          className={cn('size-4 transition-transform duration-150', open && 'rotate-90')}
        />
      </button>
      <div
        id={contentId}
        hidden={!open}
        className="mt-1 max-h-72 overflow-y-auto border-l-2 border-line-strong pl-3 text-sm leading-relaxed whitespace-pre-wrap text-fg-muted"
      >
        {text || (running ? '…' : '')}
      </div>
    </div>
  );
}

/** Ticks on its own, so the timer re-renders nothing else. */
function LiveElapsed({ startedAt }: { startedAt: number | null }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 100);
    return () => clearInterval(timer);
  }, []);
  return (
    <span className="tabular-nums">{formatElapsed(Math.max(0, now - (startedAt ?? now)))}</span>
  );
}
