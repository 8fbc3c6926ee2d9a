import type { Model } from '@enox/contracts';
import { Badge } from '@enox/ui';
import { Bot } from 'lucide-react';
import { Link } from 'react-router';
import type { AgentRef } from '../../../lib/known-agents';
import { ModelSelector } from './model-selector/model-selector';

/** The bar above a chat: the model selector, or the agent it talks to. */
export function ChatHeader({
  model,
  models,
  agent,
}: {
  model: Model | undefined;
  models: readonly Model[] | undefined;
  agent: AgentRef | null;
}) {
  return (
    <div className="flex h-14 shrink-0 items-center gap-2 px-3 max-md:h-12">
      {agent ? (
        <div className="flex min-w-0 items-center gap-2">
          <Badge variant="accent" data-testid="agent-badge" className="h-7 gap-1.5 px-2 text-sm">
            <Bot />
            {agent.username ? (
              <Link to={`/a/${agent.username}`} className="truncate hover:underline">
                {agent.name}
              </Link>
            ) : (
              <span className="truncate">{agent.name}</span>
            )}
          </Badge>
          {model ? <span className="truncate text-sm text-fg-subtle">{model.name}</span> : null}
        </div>
      ) : (
        <ModelSelector models={models} selected={model} />
      )}
    </div>
  );
}
