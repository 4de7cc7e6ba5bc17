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
  type PlanProgressHistory,
} from '@boussole/domain';
import { catchError, of, startWith, switchMap } from 'rxjs';
import { LOADING, toLoadState } from '../../../core/http/load-state';
import { isPlausibleDate } from '../../../shared/dates';
import { StatusBadgeComponent } from '../../../shared/status-badge.component';
import { defaultSince } from '../default-since';
import { RollupApi } from '../rollup.api';
import { LoadBlockComponent } from '../../../shared/load-block.component';
import { validatedCycleOffer } from './validated-cycle';

/** Rows shown before "Afficher tout": the list can hold thousands of actions. */
const FIRST_ROWS = 50;

/** What the list compares today with: a day (`since`), or what a cycle froze (`sinceCycle`). */
export interface Comparison {
  since: IsoDate | null;
  sinceCycle: number | null;
}

/**
 * "Ce qui a changé": the actions whose status or progress moved since a date (DESIGN §3), or since
 * the state a validated cycle froze (compared with the snapshot itself, not a recomputation).
 */
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
  /** The cycle chosen (from the URL), whose frozen state is compared with; wins over `since`. */
  readonly sinceCycle = input<number | null>(null);
  /** The validated cycles (null while loading or when they could not be read). */
  readonly history = input<PlanProgressHistory | null>(null);
  /** How many axes the plan has, to tell a partly validated cycle. */
  readonly axisCount = input(0);
  readonly today = input.required<IsoDate>();
  readonly comparisonChange = output<Comparison>();

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
  /** Since a cycle, the date (and the cycles it comes from) does not matter: no second request. */
  private readonly request = computed(
    () => {
      const sinceCycle = this.sinceCycle();
      return {
        planId: this.planId(),
        sinceCycle,
        since: sinceCycle === null ? this.effectiveSince() : null,
      };
    },
    {
      equal: (a, b) =>
        a.planId === b.planId &&
        a.sinceCycle === b.sinceCycle &&
        a.since === b.since,
    },
  );
  protected readonly state = toSignal(
    toObservable(this.request).pipe(
      switchMap(({ planId, sinceCycle, since }) =>
        sinceCycle !== null
          ? toLoadState(this.api.changesSinceCycle(planId, sinceCycle))
          : since
            ? toLoadState(this.api.changes(planId, since))
            : of(LOADING),
      ),
    ),
    { initialValue: LOADING },
  );
  protected readonly ready = computed(() => this.state().status === 'ready');
  protected readonly error = computed(() => {
    const state = this.state();
    return state.status === 'error' ? state.message : null;
  });
  /** The cycle offered beside the date: the one in the URL, else the latest validated. */
  protected readonly offer = computed(() => {
    const state = this.state();
    return validatedCycleOffer(
      this.history(),
      this.sinceCycle(),
      state.status === 'ready' ? (state.value.sinceCycle ?? null) : null,
      this.axisCount(),
    );
  });
  protected readonly byCycle = computed(() => this.sinceCycle() !== null);
  /** "le 12/10/2026" or "la campagne T3 2026 validée", after "depuis". */
  protected readonly sinceText = computed(() => {
    const offer = this.offer();
    if (this.byCycle()) {
      return offer
        ? `la campagne ${offer.label} validée`
        : 'la campagne validée';
    }
    const since = this.effectiveSince();
    return since ? `le ${formatDateFr(since)}` : '';
  });
  /** When the compared state was frozen, for the table's caption. */
  protected readonly frozenAt = computed(() => {
    const state = this.state();
    const frozen =
      state.status === 'ready' ? state.value.sinceCycle?.frozenAt : null;
    return this.byCycle() && frozen ? formatDateTimeFr(frozen) : null;
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

  protected readonly dateTime = formatDateTimeFr;
  protected readonly percent = formatPercentFr;

  protected pick(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.showAll.set(false);
    // Cleared: the default. A date still being typed: wait for the next change.
    if (value === '')
      this.comparisonChange.emit({ since: null, sinceCycle: null });
    else if (isPlausibleDate(value))
      this.comparisonChange.emit({
        since: value <= this.today() ? value : null,
        sinceCycle: null,
      });
  }

  /** The radios: the offered cycle, or back to a date (the default one). */
  protected compareWith(kind: 'cycle' | 'date'): void {
    this.showAll.set(false);
    const offer = this.offer();
    this.comparisonChange.emit(
      kind === 'cycle' && offer
        ? { since: null, sinceCycle: offer.id }
        : { since: null, sinceCycle: null },
    );
  }
}
