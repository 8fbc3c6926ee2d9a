import type { HTMLAttributes } from 'react';
import { cn } from '../lib/cn';

export type BadgeVariant =
  'neutral' | 'accent' | 'media' | 'speech' | 'success' | 'warning' | 'danger';

const variants: Record<BadgeVariant, string> = {
  neutral: 'border-line-strong bg-white/5 text-fg-muted',
  accent: 'border-accent/30 bg-accent-soft text-accent-text',
  media: 'border-media/30 bg-media-soft text-media',
  speech: 'border-speech/30 bg-speech-soft text-speech',
  success: 'border-success/30 bg-success-soft text-success',
  warning: 'border-warning/30 bg-warning-soft text-warning',
  danger: 'border-danger/30 bg-danger-soft text-danger',
};

export interface BadgeProps extends HTMLAttributes<HTMLSpanElement> {
  variant?: BadgeVariant;
}

/** A small status or type label (e.g. IMG, TTS, Admin). */
export function Badge({ variant = 'neutral', className, ...props }: BadgeProps) {
  return (
    <span
      className={cn(
        'inline-flex h-5 items-center gap-1 rounded-sm border px-1.5 text-xs font-medium whitespace-nowrap [&_svg]:size-3',
        variants[variant],
        className,
      )}
      {...props}
    />
  );
}
