import { describe, expect, it } from 'vitest';
import { sortRows } from './sort-rows';

const rows = [
  { name: 'model 10', limit: null },
  { name: 'Model 2', limit: 5 },
  { name: 'alpha', limit: 40 },
];

describe('sortRows', () => {
  it('sorts names as people read them: case-insensitive, numbers by value', () => {
    expect(sortRows(rows, (r) => r.name, 'asc').map((r) => r.name)).toEqual([
      'alpha',
      'Model 2',
      'model 10',
    ]);
  });

  it('keeps empty values last in both directions', () => {
    expect(sortRows(rows, (r) => r.limit, 'asc').map((r) => r.limit)).toEqual([5, 40, null]);
    expect(sortRows(rows, (r) => r.limit, 'desc').map((r) => r.limit)).toEqual([40, 5, null]);
  });

  it('leaves the input untouched', () => {
    const copy = [...rows];
    sortRows(rows, (r) => r.name, 'desc');
    expect(rows).toEqual(copy);
  });
});
