import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  STATUS_LABELS,
  type RegionSummary,
  type Status,
} from '@boussole/domain';
import { DomainTextPipe } from '../../../core/i18n/domain-text';
import { percentText } from '../../../core/i18n/page-format';
import {
  sortRegions,
  type RegionSort,
  type RegionSortKey,
} from './region-sort';

/** Worst first, as on the other pages. */
const STATUS_ORDER: readonly Status[] = [
  'late',
  'at_risk',
  'on_track',
  'not_started',
  'done',
  'abandoned',
];

/** The table of the 18 regions: the map's figures as text, sortable by name or progress. */
@Component({
  selector: 'bsl-regions-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DomainTextPipe, RouterLink],
  templateUrl: './regions-table.component.html',
})
export class RegionsTableComponent {
  readonly regions = input.required<readonly RegionSummary[]>();

  protected readonly statuses = STATUS_ORDER;
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly sort = signal<RegionSort>({
    key: 'progress',
    direction: 'descending',
  });
  protected readonly rows = computed(() =>
    sortRegions(this.regions(), this.sort()).map((region) => ({
      ...region,
      progressText:
        region.progress === null
          ? $localize`Aucune donnée`
          : percentText(region.progress),
      rankText: region.rank === null ? '–' : String(region.rank),
    })),
  );

  protected ariaSort(key: RegionSortKey): 'ascending' | 'descending' | null {
    const sort = this.sort();
    return sort.key === key ? sort.direction : null;
  }

  protected sortBy(key: RegionSortKey): void {
    const current = this.sort();
    const direction =
      current.key === key
        ? current.direction === 'ascending'
          ? 'descending'
          : 'ascending'
        : key === 'name'
          ? 'ascending'
          : 'descending';
    this.sort.set({ key, direction });
  }

  protected nextSortText(key: RegionSortKey): string {
    const sort = this.sort();
    const ascending =
      sort.key === key ? sort.direction === 'descending' : key === 'name';
    return key === 'name'
      ? ascending
        ? $localize`trier de A à Z`
        : $localize`trier de Z à A`
      : ascending
        ? $localize`trier par ordre croissant`
        : $localize`trier par ordre décroissant`;
  }
}
