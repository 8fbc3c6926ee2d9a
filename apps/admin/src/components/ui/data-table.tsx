import { cn } from '@enox/ui';
import { ArrowDown, ArrowUp, ChevronsUpDown } from 'lucide-react';
import { useMemo, useState, type ReactNode } from 'react';
import { sortRows, type SortState } from './sort-rows';

export interface Column<T> {
  id: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** Makes the column sortable by this value. */
  sortValue?: (row: T) => string | number | boolean | null;
  align?: 'start' | 'end';
  /** Hidden below this breakpoint, so phones keep the essential columns. */
  hideBelow?: 'sm' | 'md' | 'lg';
  className?: string;
}

export interface DataTableProps<T> {
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** The accessible name of the table. */
  label: string;
  initialSort?: SortState;
  empty?: ReactNode;
  rowTestId?: string;
  /** Loaded rows that match nothing in the current filter are told apart from none at all. */
  footer?: ReactNode;
}

const hideClasses = { sm: 'max-sm:hidden', md: 'max-md:hidden', lg: 'max-lg:hidden' } as const;

/** Dense, calm and sortable, with a header that stays in view while the rows scroll. */
export function DataTable<T>({
  columns,
  rows,
  rowKey,
  label,
  initialSort,
  empty,
  rowTestId,
  footer,
}: DataTableProps<T>) {
  const [sort, setSort] = useState<SortState | undefined>(initialSort);
  const sorted = useMemo(() => {
    const column = columns.find((c) => c.id === sort?.columnId);
    return column?.sortValue && sort ? sortRows(rows, column.sortValue, sort.direction) : rows;
  }, [columns, rows, sort]);

  const toggle = (columnId: string) =>
    setSort((current) =>
      current?.columnId === columnId
        ? { columnId, direction: current.direction === 'asc' ? 'desc' : 'asc' }
        : { columnId, direction: 'asc' },
    );

  return (
    <div className="overflow-hidden rounded-xl border border-line bg-surface">
      <div className="max-h-[70dvh] overflow-auto">
        <table aria-label={label} className="w-full border-collapse text-sm">
          <thead className="sticky top-0 z-10 bg-surface/95 backdrop-blur">
            <tr className="border-b border-line">
              {columns.map((column) => {
                const active = sort?.columnId === column.id ? sort.direction : undefined;
                return (
                  <th
                    key={column.id}
                    scope="col"
                    aria-sort={
                      active === 'asc' ? 'ascending' : active === 'desc' ? 'descending' : undefined
                    }
                    className={cn(
                      'h-10 px-3 text-xs font-medium whitespace-nowrap text-fg-subtle first:pl-4 last:pr-4',
                      column.align === 'end' ? 'text-right' : 'text-left',
                      column.hideBelow ? hideClasses[column.hideBelow] : undefined,
                    )}
                  >
                    {column.sortValue ? (
                      <button
                        type="button"
                        onClick={() => toggle(column.id)}
                        className="-mx-1 inline-flex items-center gap-1 rounded px-1 py-0.5 hover:text-fg"
                      >
                        {column.header}
                        {active === 'asc' ? (
                          <ArrowUp aria-hidden="true" className="size-3.5" />
                        ) : active === 'desc' ? (
                          <ArrowDown aria-hidden="true" className="size-3.5" />
                        ) : (
                          <ChevronsUpDown aria-hidden="true" className="size-3.5 opacity-50" />
                        )}
                      </button>
                    ) : (
                      column.header
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {sorted.map((row) => (
              <tr
                key={rowKey(row)}
                data-testid={rowTestId}
                className="border-b border-line transition-colors duration-150 last:border-b-0 hover:bg-white/[0.02]"
              >
                {columns.map((column) => (
                  <td
                    key={column.id}
                    className={cn(
                      'h-12 px-3 align-middle first:pl-4 last:pr-4',
                      column.align === 'end' ? 'text-right tabular-nums' : 'text-left',
                      column.hideBelow ? hideClasses[column.hideBelow] : undefined,
                      column.className,
                    )}
                  >
                    {column.cell(row)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && empty ? <div className="border-t border-line">{empty}</div> : null}
      </div>
      {footer ? <div className="border-t border-line px-4 py-3">{footer}</div> : null}
    </div>
  );
}
