import type { Model } from '@enox/contracts';
import { Search } from 'lucide-react';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { usageByModel, useModelUsage } from '../../../../lib/models';
import { modelSections } from '../../utils/model-sections';
import { ModelOption } from './model-option';

export interface ModelListProps {
  models: readonly Model[];
  selectedId: string | undefined;
  pinnedIds: readonly string[];
  recentIds: readonly string[];
  onSelect: (model: Model) => void;
  onTogglePin: (modelId: string) => void;
}

/**
 * A combobox: typing filters, ↑/↓ move, Enter picks, Shift+Enter pins or
 * unpins the highlighted model in place. Focus stays in the search field.
 */
export function ModelList({
  models,
  selectedId,
  pinnedIds,
  recentIds,
  onSelect,
  onTogglePin,
}: ModelListProps) {
  const [query, setQuery] = useState('');
  const sections = useMemo(
    () => modelSections(models, pinnedIds, recentIds, query),
    [models, pinnedIds, recentIds, query],
  );
  const usage = usageByModel(useModelUsage().data);
  const listId = useId();
  const flat = sections.flatMap((section) =>
    section.models.map((model) => ({ section: section.id, model })),
  );
  const initial = Math.max(
    0,
    flat.findIndex((entry) => entry.model.id === selectedId),
  );
  const [active, setActive] = useState(initial);
  const listRef = useRef<HTMLDivElement>(null);

  const activeIndex = Math.min(active, Math.max(0, flat.length - 1));
  const optionId = (index: number) => `${listId}-option-${index}`;

  useEffect(() => {
    document.getElementById(optionId(activeIndex))?.scrollIntoView({ block: 'nearest' });
    // optionId is derived from listId, which never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [activeIndex]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (flat.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + flat.length) % flat.length);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      setActive(event.key === 'Home' ? 0 : flat.length - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const entry = flat[activeIndex];
      if (!entry) return;
      if (event.shiftKey) onTogglePin(entry.model.id);
      else onSelect(entry.model);
    }
  };

  let index = -1;
  return (
    <div className="flex min-h-0 flex-col">
      <div className="relative border-b border-line p-2">
        <Search
          aria-hidden="true"
          className="pointer-events-none absolute top-1/2 left-5 size-4 -translate-y-1/2 text-fg-subtle"
        />
        <input
          autoFocus
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-activedescendant={flat.length > 0 ? optionId(activeIndex) : undefined}
          aria-label="Find a model"
          placeholder="Find a model…"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          className="h-10 w-full rounded-md bg-white/[0.04] pr-3 pl-9 text-sm text-fg placeholder:text-fg-subtle focus:outline-none focus-visible:ring-2 focus-visible:ring-ring/40 max-md:h-11 max-md:text-base"
        />
      </div>
      <div
        ref={listRef}
        id={listId}
        role="listbox"
        aria-label="Models"
        className="min-h-0 flex-1 overflow-y-auto p-1.5"
      >
        {flat.length === 0 ? (
          <p className="px-3 py-6 text-center text-sm text-fg-muted">No model matches “{query}”.</p>
        ) : (
          sections.map((section) => (
            <div
              key={section.id}
              role="group"
              aria-label={section.title}
              className="mb-1 last:mb-0"
            >
              <p aria-hidden="true" className="px-2.5 pt-2 pb-1 text-xs font-medium text-fg-subtle">
                {section.title}
              </p>
              {section.models.map((model) => {
                index += 1;
                const position = index;
                return (
                  <ModelOption
                    key={`${section.id}-${model.id}`}
                    id={optionId(position)}
                    model={model}
                    selected={model.id === selectedId}
                    active={position === activeIndex}
                    pinned={pinnedIds.includes(model.id)}
                    usage={usage.get(model.id)}
                    onSelect={() => onSelect(model)}
                    onTogglePin={() => onTogglePin(model.id)}
                    onHover={() => setActive(position)}
                  />
                );
              })}
            </div>
          ))
        )}
      </div>
      <p className="hidden border-t border-line px-3 py-2 text-xs text-fg-subtle md:block">
        ↑↓ to move · Enter to choose · Shift+Enter to pin
      </p>
    </div>
  );
}
