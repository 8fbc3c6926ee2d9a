import { useId } from 'react';

export interface SettingSliderProps {
  label: string;
  hint: string;
  value: number | null;
  min: number;
  max: number;
  step: number;
  /** Used while the setting is left to the model's default. */
  fallback: number;
  onChange: (value: number | null) => void;
  error?: string | undefined;
}

/** A numeric setting with a slider and a "model default" choice (null). */
export function SettingSlider({
  label,
  hint,
  value,
  min,
  max,
  step,
  fallback,
  onChange,
  error,
}: SettingSliderProps) {
  const id = useId();
  const custom = value !== null;
  return (
    <div className="flex flex-col gap-1.5">
      <div className="flex items-center justify-between gap-2">
        <label htmlFor={id} className="text-sm font-medium text-fg">
          {label}
        </label>
        <label className="flex items-center gap-2 text-xs text-fg-muted">
          <input
            type="checkbox"
            checked={!custom}
            onChange={(event) => onChange(event.target.checked ? null : fallback)}
            className="size-4 accent-[var(--color-accent)]"
          />
          Model default
        </label>
      </div>
      <div className="flex items-center gap-3">
        <input
          id={id}
          type="range"
          min={min}
          max={max}
          step={step}
          value={value ?? fallback}
          disabled={!custom}
          aria-describedby={`${id}-hint`}
          onChange={(event) => onChange(Number(event.target.value))}
          className="h-1.5 flex-1 accent-[var(--color-accent)] disabled:opacity-40"
        />
        <span className="w-10 text-right text-sm text-fg tabular-nums">{custom ? value : '—'}</span>
      </div>
      <p id={`${id}-hint`} className={error ? 'text-xs text-danger' : 'text-xs text-fg-subtle'}>
        {error ?? hint}
      </p>
    </div>
  );
}
