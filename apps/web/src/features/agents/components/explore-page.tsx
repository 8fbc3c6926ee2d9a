import { Button, EmptyState, Input, PageHeader } from '@enox/ui';
import { Compass, Search } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useDebounced } from '../../../lib/use-debounced';
import { usePublicAgents } from '../api/use-agents';
import { AgentCard } from './agent-card';

/** `/explore`: public agents anyone can chat with, searchable. */
export function ExplorePage() {
  const [search, setSearch] = useState('');
  const term = useDebounced(search, 300);
  const agents = usePublicAgents(term);
  const items = agents.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <div className="mx-auto w-full max-w-5xl px-4 py-8 sm:px-6">
      <PageHeader title="Explore" description="Agents shared by people on this server." />
      <div role="search" className="mt-6 max-w-md">
        <Input
          type="search"
          aria-label="Search agents"
          placeholder="Search agents"
          leadingIcon={<Search />}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      <div className="mt-6">
        {agents.isPending ? (
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {[0, 1, 2].map((i) => (
              <div key={i} className="h-36 animate-pulse rounded-xl bg-white/5" />
            ))}
          </div>
        ) : items.length === 0 ? (
          <EmptyState
            icon={<Compass />}
            title={term ? 'No agents found' : 'No public agents yet'}
            description={
              term
                ? `Nothing matches “${term}”.`
                : 'Make one of your agents public to share it here.'
            }
          />
        ) : (
          <>
            <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
              {items.map((agent) => (
                <li key={agent.id}>
                  <Link
                    to={`/a/${agent.username}`}
                    className="block rounded-xl focus-visible:outline-2"
                  >
                    <AgentCard
                      name={agent.name}
                      username={agent.username}
                      description={agent.description}
                      modelName={agent.modelName}
                      creatorName={agent.creatorName}
                    />
                  </Link>
                </li>
              ))}
            </ul>
            {agents.hasNextPage ? (
              <div className="mt-6 flex justify-center">
                <Button
                  variant="secondary"
                  loading={agents.isFetchingNextPage}
                  onClick={() => void agents.fetchNextPage()}
                >
                  Load more
                </Button>
              </div>
            ) : null}
          </>
        )}
      </div>
    </div>
  );
}
