import { cn, PageHeader } from '@enox/ui';
import { useState, type ReactNode } from 'react';

/** Form beside a live test chat on wide screens; two tabs on phones. */
export function AgentStudioLayout({
  title,
  form,
  preview,
}: {
  title: string;
  form: ReactNode;
  preview: ReactNode;
}) {
  const [tab, setTab] = useState<'edit' | 'test'>('edit');
  return (
    <div className="flex min-h-0 flex-1 flex-col lg:flex-row">
      <div
        className="flex gap-1 border-b border-line p-2 lg:hidden"
        role="tablist"
        aria-label="Studio"
      >
        {(['edit', 'test'] as const).map((value) => (
          <button
            key={value}
            role="tab"
            type="button"
            aria-selected={tab === value}
            onClick={() => setTab(value)}
            className="h-11 flex-1 rounded-md text-sm font-medium text-fg-muted aria-selected:bg-white/8 aria-selected:text-fg"
          >
            {value === 'edit' ? 'Edit' : 'Test'}
          </button>
        ))}
      </div>
      <section
        aria-label="Agent settings"
        className={cn(
          'min-h-0 overflow-y-auto border-line px-4 py-6 sm:px-6 lg:w-[min(34rem,50%)] lg:border-r',
          tab === 'test' && 'max-lg:hidden',
        )}
      >
        <PageHeader
          title={title}
          description="Changes apply to the test chat as you type."
          className="mb-6"
        />
        {form}
      </section>
      <section
        aria-label="Test chat"
        data-testid="studio-test-chat"
        className={cn('flex min-h-0 flex-1 flex-col', tab === 'edit' && 'max-lg:hidden')}
      >
        {preview}
      </section>
    </div>
  );
}
