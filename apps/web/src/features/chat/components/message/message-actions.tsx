import type { TokenUsage } from '@enox/contracts';
import { IconButton, Tooltip, cn } from '@enox/ui';
import { Check, Copy, Info, RefreshCw } from 'lucide-react';
import { formatDateTime, formatNumber } from '../../../../lib/format';
import { useCopy } from '../../hooks/use-copy';

export interface MessageActionsProps {
  text: string;
  createdAt: string;
  usage?: TokenUsage | null;
  modelName?: string | undefined;
  onRegenerate?: (() => void) | undefined;
  align?: 'start' | 'end';
}

/** Copy, regenerate and details; visible on hover or keyboard focus (always on touch). */
export function MessageActions({
  text,
  createdAt,
  usage,
  modelName,
  onRegenerate,
  align = 'start',
}: MessageActionsProps) {
  const { copied, copy } = useCopy();
  const details = [
    formatDateTime(createdAt),
    modelName,
    usage
      ? `${formatNumber(usage.inputTokens)} in · ${formatNumber(usage.outputTokens)} out tokens`
      : undefined,
  ].filter(Boolean);
  return (
    <div
      data-testid="message-actions"
      className={cn(
        'mt-1 flex items-center gap-0.5 transition-opacity duration-150',
        '[@media(hover:hover)]:opacity-0 [@media(hover:hover)]:group-focus-within/message:opacity-100 [@media(hover:hover)]:group-hover/message:opacity-100',
        align === 'end' && 'justify-end',
      )}
    >
      {text ? (
        <IconButton
          size="sm"
          label={copied ? 'Copied' : 'Copy message'}
          icon={copied ? <Check /> : <Copy />}
          onClick={() => copy(text)}
        />
      ) : null}
      {onRegenerate ? (
        <IconButton size="sm" label="Regenerate" icon={<RefreshCw />} onClick={onRegenerate} />
      ) : null}
      <Tooltip content={details.join(' · ')}>
        <button
          type="button"
          aria-label={`Details: ${details.join(', ')}`}
          className="inline-flex size-8 items-center justify-center rounded-md text-fg-subtle transition-colors hover:bg-white/6 hover:text-fg max-md:size-11"
        >
          <Info aria-hidden="true" className="size-4" />
        </button>
      </Tooltip>
    </div>
  );
}
