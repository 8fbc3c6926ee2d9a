export interface SortState {
  columnId: string;
  direction: 'asc' | 'desc';
}

type SortValue = string | number | boolean | null;

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function compare(a: SortValue, b: SortValue): number {
  if (a === b) return 0;
  // Empty values go last whichever the direction, so they never hide the data.
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === 'string' && typeof b === 'string') return collator.compare(a, b);
  return a < b ? -1 : 1;
}

/** A sorted copy; ties keep their order (Array.prototype.sort is stable). */
export function sortRows<T>(
  rows: readonly T[],
  value: (row: T) => SortValue,
  direction: 'asc' | 'desc',
): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((x, y) => {
    const a = value(x);
    const b = value(y);
    if (a === null || b === null) return compare(a, b);
    return sign * compare(a, b);
  });
}
