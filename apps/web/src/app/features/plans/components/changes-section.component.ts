import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import {
  formatDateFr,
  formatDateTimeFr,
  formatPercentFr,
  type CyclePayload,
  type IsoDate,
} from '@boussole/domain';
import { catchError, of, startWith, switchMap } from 'rxjs';
import { LOADING, toLoadState } from '../../../core/http/load-state';
import { isPlausibleDate } from '../../../shared/dates';
import { StatusBadgeComponent } from '../../../shared/status-badge.component';
import { defaultSince } from '../default-since';
import { RollupApi } from '../rollup.api';
import { LoadBlockComponent } from '../../../shared/load-block.component';

/** Rows shown before "Afficher tout": the list can hold thousands of actions. */
const FIRST_ROWS = 50;

/** "Ce qui a changé": the actions whose status or progress moved since a date (DESIGN §3). */
@Component({
  selector: 'bsl-changes-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LoadBlockComponent, RouterLink, StatusBadgeComponent],
  templateUrl: './changes-section.component.html',
  styles: `
    .bsl-since {
      max-width: 20rem;
    }
  `,
})
export class ChangesSectionComponent {
  readonly planId = input.required<string>();
  /** The date chosen (from the URL), or null for the default. */
  readonly since = input.required<IsoDate | null>();
  readonly today = input.required<IsoDate>();
  readonly sinceChange = output<IsoDate | null>();

  private readonly api = inject(RollupApi);
  /** undefined while loading, null when they could not be read. */
  private readonly cycles = toSignal(
    toObservable(this.planId).pipe(
      switchMap((id) =>
        this.api.cycles(id).pipe(
          catchError(() => of(null)),
          startWith<CyclePayload[] | null | undefined>(undefined),
        ),
      ),
    ),
  );
  protected readonly effectiveSince = computed<IsoDate | null>(() => {
    const cycles = this.cycles();
    return (
      this.since() ??
      (cycles === undefined ? null : defaultSince(cycles, this.today()))
    );
  });
  private readonly request = computed(() => ({
    planId: this.planId(),
    since: this.effectiveSince(),
  }));
  protected readonly state = toSignal(
    toObservable(this.request).pipe(
      switchMap(({ planId, since }) =>
        since ? toLoadState(this.api.changes(planId, since)) : of(LOADING),
      ),
    ),
    { initialValue: LOADING },
  );
  protected readonly ready = computed(() => this.state().status === 'ready');
  protected readonly error = computed(() => {
    const state = this.state();
    return state.status === 'error' ? state.message : null;
  });
  protected readonly showAll = signal(false);
  protected readonly rows = computed(() => {
    const state = this.state();
    if (state.status !== 'ready') return [];
    const changes = state.value.changes;
    return this.showAll() ? changes : changes.slice(0, FIRST_ROWS);
  });
  protected readonly hidden = computed(() => {
    const state = this.state();
    return state.status === 'ready'
      ? state.value.changes.length - this.rows().length
      : 0;
  });

  protected readonly date = formatDateFr;
  protected readonly dateTime = formatDateTimeFr;
  protected readonly percent = formatPercentFr;

  protected pick(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.showAll.set(false);
    // Cleared: the default. A date still being typed: wait for the next change.
    if (value === '') this.sinceChange.emit(null);
    else if (isPlausibleDate(value))
      this.sinceChange.emit(value <= this.today() ? value : null);
  }
}
