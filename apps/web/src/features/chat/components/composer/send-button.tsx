import { cn, Spinner } from '@enox/ui';
import { ArrowUp, Square } from 'lucide-react';

export interface SendButtonProps {
  streaming: boolean;
  disabled: boolean;
  busy?: boolean;
  onStop: () => void;
  tone: 'accent' | 'media' | 'speech';
}

const tones = {
  accent: 'bg-accent text-accent-fg hover:bg-accent-hover',
  media: 'bg-media text-canvas hover:bg-media/90',
  speech: 'bg-speech text-canvas hover:bg-speech/90',
};

/** Send, morphing into Stop while an answer streams. */
export function SendButton({ streaming, disabled, busy = false, onStop, tone }: SendButtonProps) {
  if (streaming) {
    return (
      <button
        type="button"
        onClick={onStop}
        aria-label="Stop answer"
        data-testid="stop-button"
        className="flex size-9 shrink-0 items-center justify-center rounded-full bg-fg text-canvas transition-transform duration-150 hover:scale-105 max-md:size-11"
      >
        <Square aria-hidden="true" className="size-3.5 fill-current" />
      </button>
    );
  }
  return (
    <button
      type="submit"
      aria-label="Send message"
      data-testid="send-button"
      disabled={disabled || busy}
      className={cn(
        'flex size-9 shrink-0 items-center justify-center rounded-full transition-[background-color,opacity,transform] duration-150 max-md:size-11',
        'disabled:cursor-not-allowed disabled:opacity-35',
        tones[tone],
      )}
    >
      {busy ? <Spinner size="sm" /> : <ArrowUp aria-hidden="true" className="size-4.5" />}
    </button>
  );
}
