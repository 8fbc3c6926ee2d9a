import type { Model } from '@enox/contracts';
import { Badge, Card, PageHeader } from '@enox/ui';
import { Brain, Eye, Wrench } from 'lucide-react';
import { ModelTypeBadge } from '../../../components/model-type-badge';
import { MODEL_TYPE_LABEL, usageByModel, useModels, useModelUsage } from '../../../lib/models';

const TYPES = ['text', 'image', 'video', 'tts'] as const;

/** `/models`: every model on this server, by type, with this month's limits. */
export function ModelsPage() {
  const models = useModels();
  const usage = usageByModel(useModelUsage().data);
  return (
    <div className="mx-auto w-full max-w-5xl px-4 py-8 sm:px-6">
      <PageHeader
        title="Models"
        description="What this server offers, and how much of each you can use this month."
      />
      {models.isPending ? (
        <div className="mt-6 h-64 animate-pulse rounded-xl bg-white/5" />
      ) : (
        TYPES.map((type) => {
          const group = (models.data ?? []).filter((model) => model.type === type);
          if (group.length === 0) return null;
          return (
            <section key={type} aria-labelledby={`models-${type}`} className="mt-8">
              <h2 id={`models-${type}`} className="mb-3 text-sm font-medium text-fg-muted">
                {MODEL_TYPE_LABEL[type]}
              </h2>
              <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
                {group.map((model) => (
                  <li key={model.id}>
                    <ModelCard
                      model={model}
                      used={usage.get(model.id)?.used}
                      limit={usage.get(model.id)?.limit}
                    />
                  </li>
                ))}
              </ul>
            </section>
          );
        })
      )}
    </div>
  );
}

function ModelCard({
  model,
  used,
  limit,
}: {
  model: Model;
  used: number | undefined;
  limit: number | undefined;
}) {
  const share = used !== undefined && limit ? Math.min(100, (used / limit) * 100) : 0;
  return (
    <Card data-testid="model-card" className="flex h-full flex-col gap-3 p-4">
      <div className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 className="truncate text-sm font-semibold">{model.name}</h3>
          <p className="truncate text-xs text-fg-subtle">
            {model.provider.name} · {model.modelId}
          </p>
        </div>
        <ModelTypeBadge type={model.type} />
      </div>
      <div className="flex flex-wrap gap-1.5">
        {model.capabilities.thinking ? (
          <Badge>
            <Brain /> Thinking
          </Badge>
        ) : null}
        {model.capabilities.tools ? (
          <Badge>
            <Wrench /> Media tools
          </Badge>
        ) : null}
        {model.capabilities.vision ? (
          <Badge>
            <Eye /> Vision
          </Badge>
        ) : null}
        {model.voices.length > 0 ? (
          <Badge variant="speech">{model.voices.length} voices</Badge>
        ) : null}
      </div>
      {limit !== undefined && used !== undefined ? (
        <div className="mt-auto">
          <div className="flex justify-between text-xs text-fg-muted">
            <span>This month</span>
            <span className="tabular-nums">
              {used} / {limit}
            </span>
          </div>
          <div className="mt-1 h-1.5 overflow-hidden rounded-full bg-white/8">
            <div className="h-full rounded-full bg-accent" style={{ width: `${share}%` }} />
          </div>
        </div>
      ) : null}
    </Card>
  );
}
