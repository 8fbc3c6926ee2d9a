import { Card, EmptyState, PageHeader } from '@enox/ui';
import type { AdminSection } from '../../config/sections';

/** A section whose tools have not landed yet: its purpose, stated plainly. */
export function SectionPlaceholder({ section }: { section: AdminSection }) {
  const Icon = section.icon;
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={section.label} description={section.description} />
      <Card>
        <EmptyState
          icon={<Icon />}
          title={`No ${section.label.toLowerCase()} to show yet`}
          description="This part of the console is on its way. Everything it manages will appear here."
          headingLevel="h2"
        />
      </Card>
    </div>
  );
}
