import { buttonVariants, Card, EmptyState } from '@enox/ui';
import { Bot, MessageSquare, Pencil } from 'lucide-react';
import { Link, useParams } from 'react-router';
import { useSignedInUser } from '@enox/app-kit';
import { rememberAgent } from '../../../lib/known-agents';
import { useAgentByUsername } from '../api/use-agents';

/** `/a/:username`: an agent's shareable page, to start a chat with it. */
export function PublicAgentPage() {
  const { username = '' } = useParams();
  const user = useSignedInUser();
  const agent = useAgentByUsername(username);
  if (agent.isPending) {
    return (
      <div className="mx-auto mt-16 h-48 w-full max-w-xl animate-pulse rounded-xl bg-white/5" />
    );
  }
  if (!agent.data) {
    return (
      <EmptyState
        className="mt-16"
        icon={<Bot />}
        title="Agent not found"
        description={`No public agent is called @${username}.`}
        action={
          <Link to="/explore" className={buttonVariants({ variant: 'secondary' })}>
            Explore agents
          </Link>
        }
      />
    );
  }
  const data = agent.data;
  const mine = 'systemPrompt' in data;
  return (
    <div className="mx-auto w-full max-w-xl px-4 py-12">
      <Card data-testid="public-agent" className="flex flex-col items-center gap-3 p-8 text-center">
        <div
          aria-hidden="true"
          className="flex size-14 items-center justify-center rounded-xl bg-accent-soft text-accent-text"
        >
          <Bot className="size-7" />
        </div>
        <h1 className="text-xl font-semibold tracking-tight">{data.name}</h1>
        <p className="text-sm text-fg-subtle">
          @{data.username} · by {mine ? user.name : data.creatorName} · {data.modelName}
        </p>
        <p className="max-w-md text-sm text-fg-muted">{data.description || 'No description.'}</p>
        <div className="mt-3 flex flex-wrap justify-center gap-2">
          <Link
            to={`/?agent=${data.username}`}
            onClick={() =>
              rememberAgent({
                id: data.id,
                name: data.name,
                username: data.username,
                modelId: data.modelId,
              })
            }
            className={buttonVariants({})}
          >
            <MessageSquare aria-hidden="true" /> Start a chat
          </Link>
          {mine ? (
            <Link to={`/agents/${data.id}`} className={buttonVariants({ variant: 'secondary' })}>
              <Pencil aria-hidden="true" /> Edit in studio
            </Link>
          ) : null}
        </div>
      </Card>
    </div>
  );
}
