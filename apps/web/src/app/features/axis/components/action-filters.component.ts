import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { STATUSES, STATUS_LABELS, UNITS, isStatus } from '@boussole/domain';
import { Subject, debounceTime } from 'rxjs';
import type { ActionQuery } from '../action-query';

/** Wait after the last key before searching, so that typing does not send a request per key. */
export const SEARCH_DEBOUNCE_MS = 300;

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
  /** The search text as typed, ahead of the URL by the debounce. */
  protected readonly draft = signal('');
  private lastSearch: string | null = null;
  private readonly typed = new Subject<string>();

  constructor() {
    // Follow the URL (back button, links) without overwriting what is being typed.
    effect(() => {
      const q = this.query().q;
      if (q !== this.lastSearch) {
        this.lastSearch = q;
        this.draft.set(q);
      }
    });
    const subscription = this.typed
      .pipe(debounceTime(SEARCH_DEBOUNCE_MS))
      .subscribe((q) => this.search(q));
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  }

  protected onType(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.draft.set(value);
    this.typed.next(value);
  }

  /** Enter searches at once. */
  protected submit(event: Event): void {
    event.preventDefault();
    this.search(this.draft());
  }

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
    this.lastSearch = '';
    this.draft.set('');
    this.filtersChange.emit({
      objective: null,
      unit: null,
      status: null,
      overdue: false,
      stale: false,
      q: '',
    });
  }

  private search(q: string): void {
    const trimmed = q.trim();
    if (trimmed === this.query().q) return;
    this.lastSearch = trimmed;
    this.filtersChange.emit({ q: trimmed });
  }
}
