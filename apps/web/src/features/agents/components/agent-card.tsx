import { Badge, Card } from '@enox/ui';
import { Bot, Globe, Lock } from 'lucide-react';
import type { ReactNode } from 'react';

export interface AgentCardProps {
  name: string;
  username: string;
  description: string;
  modelName: string;
  creatorName?: string | undefined;
  isPublic?: boolean | undefined;
  actions?: ReactNode;
}

/** An agent at a glance: name, handle, what it does, its model. */
export function AgentCard({
  name,
  username,
  description,
  modelName,
  creatorName,
  isPublic,
  actions,
}: AgentCardProps) {
  return (
    <Card data-testid="agent-card" className="flex flex-col gap-3 p-4">
      <div className="flex items-start gap-3">
        <div
          aria-hidden="true"
          className="flex size-10 shrink-0 items-center justify-center rounded-lg bg-accent-soft text-accent-text"
        >
          <Bot className="size-5" />
        </div>
        <div className="min-w-0 flex-1">
          <h3 className="truncate text-sm font-semibold text-fg">{name}</h3>
          <p className="truncate text-xs text-fg-subtle">
            @{username}
            {creatorName ? ` · by ${creatorName}` : ''}
          </p>
        </div>
        {isPublic === undefined ? null : (
          <Badge variant={isPublic ? 'success' : 'neutral'}>
            {isPublic ? <Globe /> : <Lock />}
            {isPublic ? 'Public' : 'Private'}
          </Badge>
        )}
      </div>
      <p className="line-clamp-2 min-h-10 text-sm text-fg-muted">
        {description || 'No description.'}
      </p>
      <div className="flex items-center justify-between gap-2">
        <span className="truncate text-xs text-fg-subtle">{modelName}</span>
        {actions ? <div className="flex shrink-0 gap-1.5">{actions}</div> : null}
      </div>
    </Card>
  );
}
