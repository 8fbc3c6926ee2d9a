import type { ReactNode } from 'react';
import { cn } from '../lib/cn';

export interface EmptyStateProps {
  icon?: ReactNode;
  title: ReactNode;
  description?: ReactNode;
  /** Buttons or links that get the person going. */
  action?: ReactNode;
  /** `compact` fits a sidebar list; `default` fills a page region. */
  size?: 'default' | 'compact';
  /** Heading level of the title, so page outlines stay correct. */
  headingLevel?: 'h1' | 'h2' | 'h3' | 'p';
  className?: string;
  'data-testid'?: string;
}

export function EmptyState({
  icon,
  title,
  description,
  action,
  size = 'default',
  headingLevel = 'h2',
  className,
  'data-testid': testId,
}: EmptyStateProps) {
  const Heading = headingLevel;
  const compact = size === 'compact';
  return (
    <div
      data-testid={testId}
      className={cn(
        'flex flex-col items-center text-center',
        compact ? 'gap-1 px-3 py-6' : 'gap-3 px-6 py-12',
        className,
      )}
    >
      {icon ? (
        <div
          aria-hidden="true"
          className={cn(
            'flex items-center justify-center text-fg-muted',
            compact
              ? 'mb-1 [&_svg]:size-5'
              : 'mb-1 size-12 rounded-xl border border-line bg-surface [&_svg]:size-5',
          )}
        >
          {icon}
        </div>
      ) : null}
      <Heading
        className={cn('font-semibold tracking-tight text-fg', compact ? 'text-sm' : 'text-lg')}
      >
        {title}
      </Heading>
      {description ? (
        <p className={cn('max-w-sm text-fg-muted', compact ? 'text-xs' : 'text-sm')}>
          {description}
        </p>
      ) : null}
      {action ? <div className="mt-2 flex flex-wrap justify-center gap-2">{action}</div> : null}
    </div>
  );
}
