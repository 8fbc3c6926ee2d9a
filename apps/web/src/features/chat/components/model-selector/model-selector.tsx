import type { Model } from '@enox/contracts';
import {
  DESKTOP_QUERY,
  Popover,
  PopoverContent,
  PopoverTrigger,
  Sheet,
  SheetContent,
  SheetTitle,
  Skeleton,
  useMediaQuery,
} from '@enox/ui';
import { ChevronDown } from 'lucide-react';
import { forwardRef, useState, type ComponentPropsWithoutRef } from 'react';
import { ModelTypeBadge } from '../../../../components/model-type-badge';
import { usePinnedModels } from '../../api/use-pinned-models';
import { useChatPrefs } from '../../stores/chat-prefs-store';
import { ModelList } from './model-list';

export interface ModelSelectorProps {
  models: readonly Model[] | undefined;
  selected: Model | undefined;
  onSelect?: (model: Model) => void;
}

/** The model picker: a popover on desktop, a bottom sheet on phones. */
export function ModelSelector({ models, selected, onSelect }: ModelSelectorProps) {
  const [open, setOpen] = useState(false);
  const isDesktop = useMediaQuery(DESKTOP_QUERY, true);
  const recentIds = useChatPrefs((state) => state.recentModelIds);
  const selectModel = useChatPrefs((state) => state.selectModel);
  const { pinnedIds, toggle } = usePinnedModels();

  if (!models) return <Skeleton className="h-9 w-40" />;

  const choose = (model: Model) => {
    selectModel(model.id);
    onSelect?.(model);
    setOpen(false);
  };
  const list = (
    <ModelList
      models={models}
      selectedId={selected?.id}
      pinnedIds={pinnedIds}
      recentIds={recentIds}
      onSelect={choose}
      onTogglePin={toggle}
    />
  );

  if (!isDesktop) {
    return (
      <>
        <Trigger model={selected} open={open} onClick={() => setOpen(true)} />
        <Sheet open={open} onOpenChange={setOpen}>
          <SheetContent
            side="bottom"
            aria-describedby={undefined}
            className="flex h-[80dvh] flex-col"
          >
            <SheetTitle className="px-4 pt-4 text-base">Choose a model</SheetTitle>
            {list}
          </SheetContent>
        </Sheet>
      </>
    );
  }
  return (
    <Popover open={open} onOpenChange={setOpen}>
      <PopoverTrigger asChild>
        <Trigger model={selected} open={open} />
      </PopoverTrigger>
      <PopoverContent
        data-testid="model-selector-panel"
        className="flex h-[min(28rem,var(--radix-popover-content-available-height))] w-[22rem] flex-col"
      >
        {list}
      </PopoverContent>
    </Popover>
  );
}

const Trigger = forwardRef<
  HTMLButtonElement,
  { model: Model | undefined; open: boolean } & ComponentPropsWithoutRef<'button'>
>(function Trigger({ model, open, ...props }, ref) {
  return (
    <button
      ref={ref}
      type="button"
      data-testid="model-selector"
      aria-haspopup="listbox"
      aria-expanded={open}
      aria-label={`Model: ${model?.name ?? 'none'}. Change model`}
      className="inline-flex h-9 max-w-full items-center gap-2 rounded-lg px-2.5 text-sm font-medium text-fg transition-colors hover:bg-white/6 data-[state=open]:bg-white/6 max-md:h-11"
      {...props}
    >
      <span className="truncate">{model?.name ?? 'Choose a model'}</span>
      {model ? <ModelTypeBadge type={model.type} /> : null}
      <ChevronDown aria-hidden="true" className="size-4 shrink-0 text-fg-subtle" />
    </button>
  );
});
