import type { RegionSummary } from '@boussole/domain';

export type RegionSortKey = 'name' | 'progress';
export interface RegionSort {
  key: RegionSortKey;
  direction: 'ascending' | 'descending';
}

/** Sorts the regions by name (French order) or by progress; regions without progress come last. */
export function sortRegions(
  regions: readonly RegionSummary[],
  sort: RegionSort,
): RegionSummary[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byName = (a: RegionSummary, b: RegionSummary) =>
    a.name.localeCompare(b.name, 'fr');
  return [...regions].sort((a, b) => {
    if (sort.key === 'name') return sign * byName(a, b);
    if (a.progress === null || b.progress === null) {
      return a.progress === b.progress
        ? byName(a, b)
        : a.progress === null
          ? 1
          : -1;
    }
    return sign * (a.progress - b.progress) || byName(a, b);
  });
}
