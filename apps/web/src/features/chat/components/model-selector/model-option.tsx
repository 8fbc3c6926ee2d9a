import type { Model, ModelUsage } from '@enox/contracts';
import { cn } from '@enox/ui';
import { Check, Pin, PinOff } from 'lucide-react';
import { ModelTypeBadge } from '../../../../components/model-type-badge';

export interface ModelOptionProps {
  id: string;
  model: Model;
  selected: boolean;
  active: boolean;
  pinned: boolean;
  usage: ModelUsage | undefined;
  onSelect: () => void;
  onTogglePin: () => void;
  onHover: () => void;
}

/** One row of the model list: the option itself, and beside it a pin toggle for the mouse. */
export function ModelOption({
  id,
  model,
  selected,
  active,
  pinned,
  usage,
  onSelect,
  onTogglePin,
  onHover,
}: ModelOptionProps) {
  return (
    <div role="presentation" className="group/option relative">
      <div
        id={id}
        role="option"
        aria-selected={selected}
        data-testid="model-option"
        data-model-id={model.modelId}
        onClick={onSelect}
        onMouseMove={onHover}
        className={cn(
          'flex min-h-12 cursor-pointer items-center gap-3 rounded-lg py-1.5 pr-11 pl-2.5 max-md:min-h-14',
          active && 'bg-popover-hover',
        )}
      >
        <span className="min-w-0 flex-1">
          <span className="flex items-center gap-2">
            <span data-testid="model-option-name" className="truncate text-sm font-medium text-fg">
              {model.name}
            </span>
            <ModelTypeBadge type={model.type} />
          </span>
          <span className="flex items-center gap-1.5 text-xs text-fg-subtle">
            <span className="truncate">{model.provider.name}</span>
            {usage ? (
              <>
                <span aria-hidden="true">·</span>
                <span className={cn('shrink-0', usage.remaining <= 0 && 'text-danger')}>
                  {usage.remaining <= 0
                    ? 'Limit reached'
                    : `${usage.remaining} of ${usage.limit} left`}
                </span>
              </>
            ) : null}
          </span>
        </span>
        {selected ? (
          <Check aria-hidden="true" className="size-4 shrink-0 text-accent-text" />
        ) : null}
      </div>
      <button
        type="button"
        tabIndex={-1}
        aria-label={pinned ? `Unpin ${model.name}` : `Pin ${model.name}`}
        aria-pressed={pinned}
        data-testid="pin-toggle"
        onClick={onTogglePin}
        className={cn(
          'absolute top-1/2 right-1.5 flex size-8 -translate-y-1/2 items-center justify-center rounded-md text-fg-subtle transition-opacity hover:bg-white/8 hover:text-fg max-md:size-10',
          pinned
            ? 'text-accent-text'
            : '[@media(hover:hover)]:opacity-0 group-hover/option:opacity-100',
          active && 'opacity-100',
        )}
      >
        {pinned ? (
          <PinOff aria-hidden="true" className="size-4" />
        ) : (
          <Pin aria-hidden="true" className="size-4" />
        )}
      </button>
    </div>
  );
}
