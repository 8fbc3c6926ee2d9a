import { useId } from 'react';
import { cn } from '../lib/cn';

export interface LogoMarkProps {
  className?: string;
}

/** The Enox mark: three bars of an "E" on an indigo-to-violet tile. Decorative. */
export function LogoMark({ className }: LogoMarkProps) {
  // useId may contain characters that url(#…) does not accept.
  const gradientId = `enox-mark-${useId().replace(/[^\w-]/g, '')}`;
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" className={cn('size-7 shrink-0', className)}>
      <defs>
        <linearGradient
          id={gradientId}
          x1="0"
          y1="0"
          x2="32"
          y2="32"
          gradientUnits="userSpaceOnUse"
        >
          <stop offset="0" stopColor="#7c6cff" />
          <stop offset="1" stopColor="#a855f7" />
        </linearGradient>
      </defs>
      <rect width="32" height="32" rx="8" fill={`url(#${gradientId})`} />
      <rect x="9" y="8.5" width="14" height="3.5" rx="1.75" fill="#fff" />
      <rect x="9" y="14.25" width="10" height="3.5" rx="1.75" fill="#fff" fillOpacity="0.85" />
      <rect x="9" y="20" width="14" height="3.5" rx="1.75" fill="#fff" />
    </svg>
  );
}

export interface LogoProps {
  /** A word after the name, e.g. "Admin". */
  suffix?: string;
  className?: string;
}

/** Mark + wordmark. The visible text doubles as the accessible name. */
export function Logo({ suffix, className }: LogoProps) {
  return (
    <span className={cn('inline-flex items-center gap-2', className)}>
      <LogoMark />
      <span className="text-base font-semibold tracking-tight text-fg">Enox</span>
      {suffix ? (
        <span className="rounded-sm border border-line-strong px-1.5 text-xs font-medium text-fg-muted">
          {suffix}
        </span>
      ) : null}
    </span>
  );
}
