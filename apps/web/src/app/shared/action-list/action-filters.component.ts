import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { STATUSES, STATUS_LABELS, UNITS, isStatus } from '@boussole/domain';
import { SearchDraft } from '../../../shared/search-draft';
import type { ActionQuery } from '../action-query';

/** The filters of the axis's actions: search, objective, unit, status, late, to update. */
@Component({
  selector: 'bsl-action-filters',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './action-filters.component.html',
})
export class ActionFiltersComponent {
  readonly query = input.required<ActionQuery>();
  readonly objectives =
    input.required<readonly { id: number; code: string; title: string }[]>();
  /** Filters changed; a search also asks to replace the history entry. */
  readonly filtersChange = output<Partial<ActionQuery>>();

  protected readonly units = UNITS;
  protected readonly statuses = STATUSES;
  protected readonly statusLabels = STATUS_LABELS;
  /** The search box, ahead of the URL by the debounce. */
  protected readonly search = new SearchDraft(
    () => this.query().q,
    (q) => this.filtersChange.emit({ q }),
  );

  protected select(name: 'objective' | 'unit' | 'status', event: Event): void {
    const value = (event.target as HTMLSelectElement).value || null;
    if (name === 'status') {
      this.filtersChange.emit({ status: isStatus(value) ? value : null });
    } else {
      this.filtersChange.emit({ [name]: value });
    }
  }

  protected check(name: 'overdue' | 'stale', event: Event): void {
    this.filtersChange.emit({
      [name]: (event.target as HTMLInputElement).checked,
    });
  }

  protected clear(): void {
    this.search.clear();
    this.filtersChange.emit({
      objective: null,
      unit: null,
      status: null,
      overdue: false,
      stale: false,
      q: '',
    });
  }
}
