import type { ModelUsage } from '@enox/contracts';
import { Tooltip } from '@enox/ui';

/**
 * One bar per model: platform requests (accent) and own-key requests (emerald)
 * stacked, against the model's limit. Plain elements: no chart library.
 */
export function UsageChart({ rows }: { rows: readonly ModelUsage[] }) {
  const max = Math.max(1, ...rows.map((row) => Math.max(row.limit, row.used + row.ownKey)));
  return (
    <figure>
      <figcaption className="mb-4 flex flex-wrap items-center gap-4 text-xs text-fg-muted">
        <span className="flex items-center gap-1.5">
          <span aria-hidden="true" className="size-2.5 rounded-sm bg-accent" /> Platform
        </span>
        <span className="flex items-center gap-1.5">
          <span aria-hidden="true" className="size-2.5 rounded-sm bg-speech" /> Own key
        </span>
        <span className="flex items-center gap-1.5">
          <span aria-hidden="true" className="h-2.5 w-px bg-fg-subtle" /> Monthly limit
        </span>
      </figcaption>
      <ul className="flex flex-col gap-3">
        {rows.map((row) => (
          <li
            key={row.modelId}
            className="grid grid-cols-[minmax(0,9rem)_1fr] items-center gap-3 text-xs sm:grid-cols-[minmax(0,12rem)_1fr]"
          >
            <span className="truncate text-fg-muted">{row.modelName}</span>
            <Tooltip content={`${row.used} platform · ${row.ownKey} own key · limit ${row.limit}`}>
              <div
                tabIndex={0}
                aria-label={`${row.modelName}: ${row.used} of ${row.limit} platform requests, ${row.ownKey} on your own key`}
                className="relative h-5 rounded bg-white/[0.04]"
              >
                <div className="absolute inset-y-0 left-0 flex h-full w-full">
                  <div
                    style={{ width: `${(row.used / max) * 100}%` }}
                    className="h-full rounded-l bg-accent"
                  />
                  <div
                    style={{ width: `${(row.ownKey / max) * 100}%` }}
                    className="h-full bg-speech"
                  />
                </div>
                <div
                  aria-hidden="true"
                  className="absolute inset-y-[-3px] w-px bg-fg-subtle"
                  style={{ left: `${(row.limit / max) * 100}%` }}
                />
              </div>
            </Tooltip>
          </li>
        ))}
      </ul>
    </figure>
  );
}
