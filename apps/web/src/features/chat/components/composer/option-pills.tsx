import { cn } from '@enox/ui';
import { useRef, type KeyboardEvent } from 'react';

export interface OptionPillsProps<T extends string> {
  label: string;
  options: readonly T[];
  value: T;
  onChange: (value: T) => void;
  tone: 'media' | 'speech';
  testId?: string;
}

const tones = {
  media: 'aria-checked:border-media/60 aria-checked:bg-media-soft aria-checked:text-media',
  speech: 'aria-checked:border-speech/60 aria-checked:bg-speech-soft aria-checked:text-speech',
};

/** A radio group drawn as pills (aspect ratios, voices); arrow keys move the choice. */
export function OptionPills<T extends string>({
  label,
  options,
  value,
  onChange,
  tone,
  testId,
}: OptionPillsProps<T>) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const step =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? 1
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? -1
          : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = (index + step + options.length) % options.length;
    const option = options[next];
    if (option !== undefined) onChange(option);
    refs.current[next]?.focus();
  };
  return (
    <div
      role="radiogroup"
      aria-label={label}
      data-testid={testId}
      className="flex min-w-0 flex-wrap gap-1.5"
    >
      {options.map((option, index) => (
        <button
          key={option}
          ref={(element) => {
            refs.current[index] = element;
          }}
          type="button"
          role="radio"
          aria-checked={option === value}
          tabIndex={option === value ? 0 : -1}
          onClick={() => onChange(option)}
          onKeyDown={(event) => onKeyDown(event, index)}
          className={cn(
            'inline-flex h-7 items-center rounded-full border border-line-strong px-2.5 text-xs font-medium text-fg-muted transition-colors hover:text-fg max-md:h-10',
            tones[tone],
          )}
        >
          {option}
        </button>
      ))}
    </div>
  );
}
