import { Button, buttonVariants, EmptyState, PageHeader } from '@enox/ui';
import { Bot, MessageSquare, Pencil, Plus, Trash2 } from 'lucide-react';
import { Link } from 'react-router';
import { useDeleteAgent, useMyAgents } from '../api/use-agents';
import { AgentCard } from './agent-card';

/** `/agents`: the person's own agents, with a way into the studio. */
export function AgentsPage() {
  const agents = useMyAgents();
  const remove = useDeleteAgent();
  return (
    <div className="mx-auto w-full max-w-5xl px-4 py-8 sm:px-6">
      <PageHeader
        title="My agents"
        description="Custom assistants with their own prompt, model and settings."
        actions={
          <Link to="/agents/new" className={buttonVariants({})}>
            <Plus aria-hidden="true" /> New agent
          </Link>
        }
      />
      <div className="mt-6">
        {agents.isPending ? (
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {[0, 1, 2].map((i) => (
              <div key={i} className="h-36 animate-pulse rounded-xl bg-white/5" />
            ))}
          </div>
        ) : (agents.data ?? []).length === 0 ? (
          <EmptyState
            icon={<Bot />}
            title="No agents yet"
            description="Give a model a personality and a job: a prompt, a model, a temperature. Test it live as you edit."
            action={
              <Link to="/agents/new" className={buttonVariants({})}>
                Create your first agent
              </Link>
            }
          />
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {agents.data?.map((agent) => (
              <li key={agent.id}>
                <AgentCard
                  name={agent.name}
                  username={agent.username}
                  description={agent.description}
                  modelName={agent.modelName}
                  isPublic={agent.isPublic}
                  actions={
                    <>
                      <Link
                        to={`/?agent=${agent.username}`}
                        aria-label={`Chat with ${agent.name}`}
                        className={buttonVariants({ variant: 'ghost', size: 'sm' })}
                      >
                        <MessageSquare aria-hidden="true" />
                      </Link>
                      <Link
                        to={`/agents/${agent.id}`}
                        aria-label={`Edit ${agent.name}`}
                        className={buttonVariants({ variant: 'ghost', size: 'sm' })}
                      >
                        <Pencil aria-hidden="true" />
                      </Link>
                      <Button
                        variant="ghost"
                        size="sm"
                        aria-label={`Delete ${agent.name}`}
                        onClick={() => {
                          if (window.confirm(`Delete ${agent.name}? Chats with it stay.`))
                            remove.mutate({ id: agent.id });
                        }}
                      >
                        <Trash2 aria-hidden="true" />
                      </Button>
                    </>
                  }
                />
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
