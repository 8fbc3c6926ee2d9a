import type { UserModelLimit } from '@enox/contracts';
import { Badge, Button, cn, Input, toast } from '@enox/ui';
import { useId, useState } from 'react';
import { readAppError, trpc } from '@enox/app-kit';
import { formatInteger } from '../../../lib/format';
import { readLimitDraft, usageRatio } from '../utils/limit-draft';

/** One model: this month's usage beside the limit, and an override to set or clear. */
export function LimitRow({ userId, row }: { userId: string; row: UserModelLimit }) {
  const utils = trpc.useUtils();
  const [text, setText] = useState(row.override?.toString() ?? '');
  const draft = readLimitDraft(text, row);
  const inputId = useId();
  const errorId = `${inputId}-error`;
  const saved = (next: UserModelLimit, message: string) => {
    toast.success(message);
    setText(next.override?.toString() ?? '');
    void utils.admin.limits.list.invalidate({ userId });
  };
  const onError = (error: unknown) =>
    toast.error('Could not change the limit', readAppError(error).message);
  const set = trpc.admin.limits.set.useMutation({
    onSuccess: (next) =>
      saved(next, `${row.modelName}: limit set to ${formatInteger(next.effectiveLimit)}`),
    onError,
  });
  const remove = trpc.admin.limits.remove.useMutation({
    onSuccess: (next) => saved(next, `${row.modelName}: back to the default`),
    onError,
  });
  const save = () => {
    if (draft.kind === 'set')
      set.mutate({ userId, modelId: row.modelId, monthlyLimit: draft.monthlyLimit });
    if (draft.kind === 'remove') remove.mutate({ userId, modelId: row.modelId });
  };
  const ratio = usageRatio(row);

  return (
    <li className="flex flex-col gap-3 p-4" data-testid="limit-row" data-model={row.modelName}>
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{row.modelName}</span>
        {row.active ? null : <Badge>Inactive</Badge>}
        {row.override !== null ? <Badge variant="accent">Override</Badge> : null}
      </div>
      <div className="flex flex-col gap-1.5">
        <div className="flex justify-between text-xs text-fg-muted">
          <span data-testid="limit-usage">
            {formatInteger(row.used)} of {formatInteger(row.effectiveLimit)} used
          </span>
          <span>{formatInteger(row.ownKey)} on own key</span>
        </div>
        <div
          role="progressbar"
          aria-label={`${row.modelName} usage this month`}
          aria-valuemin={0}
          aria-valuemax={row.effectiveLimit}
          aria-valuenow={Math.min(row.used, row.effectiveLimit)}
          className="h-1.5 overflow-hidden rounded-full bg-white/6"
        >
          <div
            className={cn(
              'h-full rounded-full',
              ratio >= 1 ? 'bg-danger' : ratio >= 0.8 ? 'bg-warning' : 'bg-accent',
            )}
            style={{ width: `${ratio * 100}%` }}
          />
        </div>
      </div>
      <form
        noValidate
        className="flex flex-wrap items-start gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <div className="flex min-w-40 flex-1 flex-col gap-1">
          <label htmlFor={inputId} className="sr-only">
            Monthly limit for {row.modelName}
          </label>
          <Input
            id={inputId}
            inputSize="sm"
            inputMode="numeric"
            placeholder={`Default: ${formatInteger(row.defaultLimit)}`}
            value={text}
            aria-invalid={draft.kind === 'invalid' || undefined}
            aria-describedby={draft.kind === 'invalid' ? errorId : undefined}
            onChange={(e) => setText(e.target.value)}
          />
          {draft.kind === 'invalid' ? (
            <p id={errorId} className="text-xs text-danger">
              {draft.message}
            </p>
          ) : null}
        </div>
        <Button
          type="submit"
          size="sm"
          variant="secondary"
          disabled={draft.kind === 'unchanged' || draft.kind === 'invalid'}
          loading={set.isPending || remove.isPending}
        >
          {draft.kind === 'remove' ? 'Use default' : 'Save'}
        </Button>
        {row.override !== null && draft.kind !== 'remove' ? (
          <Button
            size="sm"
            variant="ghost"
            onClick={() => remove.mutate({ userId, modelId: row.modelId })}
          >
            Reset
          </Button>
        ) : null}
      </form>
    </li>
  );
}
