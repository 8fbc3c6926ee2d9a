import type { ApiKeySummary, KeyTestResult } from '@enox/contracts';
import { Button } from '@enox/ui';
import { CircleCheck, CircleX, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { readAppError } from '@enox/app-kit';
import { formatDate } from '../../../lib/format';
import { useRemoveKey, useTestKey } from '../api/use-keys';
import { KEY_PROVIDER_LABEL, maskedKey } from '../utils/key-providers';

/** A stored key: provider, last four characters, test and remove. */
export function KeyRow({ stored }: { stored: ApiKeySummary }) {
  const test = useTestKey();
  const remove = useRemoveKey();
  const [verdict, setVerdict] = useState<KeyTestResult | null>(null);
  return (
    <li data-testid="key-row" className="flex flex-wrap items-center gap-3 py-3">
      <div className="min-w-0 flex-1">
        <p className="text-sm font-medium text-fg">{KEY_PROVIDER_LABEL[stored.provider]}</p>
        <p className="text-xs text-fg-subtle">
          <span data-testid="key-mask" className="font-mono">
            {maskedKey(stored.last4)}
          </span>
          {stored.baseUrl ? ` · ${stored.baseUrl}` : ''} · added {formatDate(stored.createdAt)}
        </p>
        {verdict ? (
          <p
            role="status"
            className={`mt-1 flex items-center gap-1 text-xs ${verdict.ok ? 'text-success' : 'text-danger'}`}
          >
            {verdict.ok ? (
              <CircleCheck className="size-3.5" aria-hidden="true" />
            ) : (
              <CircleX className="size-3.5" aria-hidden="true" />
            )}
            {verdict.message}
          </p>
        ) : null}
      </div>
      <Button
        size="sm"
        variant="secondary"
        loading={test.isPending}
        onClick={() =>
          test.mutate(
            { provider: stored.provider },
            {
              onSuccess: setVerdict,
              onError: (error) => setVerdict({ ok: false, message: readAppError(error).message }),
            },
          )
        }
      >
        Test
      </Button>
      <Button
        size="sm"
        variant="ghost"
        icon={<Trash2 />}
        onClick={() => {
          if (window.confirm(`Remove your ${KEY_PROVIDER_LABEL[stored.provider]} key?`))
            remove.mutate({ provider: stored.provider });
        }}
      >
        Remove
      </Button>
    </li>
  );
}
