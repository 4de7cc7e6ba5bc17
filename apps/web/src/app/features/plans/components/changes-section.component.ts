import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  type IsoDate,
  type PlanChanges,
  type PlanProgressHistory,
} from '@boussole/domain';
import { LOADING, type LoadState } from '../../../core/http/load-state';
import { dateText, dateTimeText } from '../../../core/i18n/page-format';
import { isPlausibleDate } from '../../../shared/dates';
import { LoadBlockComponent } from '../../../shared/load-block.component';
import type { DashboardComparison } from '../dashboard/dashboard-comparison';
import { MeteoChangeComponent } from '../dashboard/meteo-change.component';
import { ProgressChangeComponent } from '../dashboard/progress-change.component';
import { validatedCycleOffer } from './validated-cycle';

/** Rows shown before "Afficher tout": the list can hold thousands of actions. */
const FIRST_ROWS = 50;

/** What the list compares today with, in the URL: a day (`since`), or what a cycle froze (`sinceCycle`). */
export interface Comparison {
  since: IsoDate | null;
  sinceCycle: number | null;
}

/**
 * "Ce qui a changé": the actions whose status or progress moved since a date (DESIGN §3), or since
 * the state a validated cycle froze (compared with the snapshot itself, not a recomputation),
 * each with the direction and size of its change. The page fetches the changes (the first screen
 * reads the same answer) and says what is compared; this section lets the reader change it.
 */
@Component({
  selector: 'bsl-changes-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    LoadBlockComponent,
    MeteoChangeComponent,
    ProgressChangeComponent,
    RouterLink,
  ],
  templateUrl: './changes-section.component.html',
  styles: `
    .bsl-since {
      max-width: 20rem;
    }
    /* The frame contains what is positioned inside it (the cells' hidden words), so that they
       scroll with it instead of widening the page (WCAG 1.4.10). */
    .fr-table__container {
      position: relative;
    }
    td {
      vertical-align: top;
    }
    .bsl-change-action {
      white-space: normal;
      min-width: 12rem;
      max-width: 24rem;
    }
  `,
})
export class ChangesSectionComponent {
  /** What is compared (null while it is being decided). */
  readonly comparison = input.required<DashboardComparison | null>();
  /** `GET /api/plans/:id/changes` for that comparison, as it loads. */
  readonly state = input<LoadState<PlanChanges>>(LOADING);
  /** The day offered when comparing with a date: the opening of the previous cycle. */
  readonly defaultDate = input<IsoDate | null>(null);
  /** The validated cycles (null while loading or when they could not be read). */
  readonly history = input<PlanProgressHistory | null>(null);
  /** How many axes the plan has, to tell a partly validated cycle. */
  readonly axisCount = input(0);
  readonly today = input.required<IsoDate>();
  readonly comparisonChange = output<Comparison>();

  protected readonly effectiveSince = computed<IsoDate | null>(() => {
    const comparison = this.comparison();
    return comparison?.kind === 'date' ? comparison.since : this.defaultDate();
  });
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
      this.chosenCycle(),
      state.status === 'ready' ? (state.value.sinceCycle ?? null) : null,
      this.axisCount(),
    );
  });
  private readonly chosenCycle = computed(() => {
    const comparison = this.comparison();
    return comparison?.kind === 'cycle' ? comparison.cycleId : null;
  });
  protected readonly byCycle = computed(() => this.chosenCycle() !== null);
  /** What the changes are counted from: a day, or a validated cycle (named when known). */
  private readonly from = computed(
    (): { date: IsoDate } | { cycle: string | null } | null => {
      if (this.byCycle()) return { cycle: this.offer()?.label ?? null };
      const since = this.effectiveSince();
      return since ? { date: since } : null;
    },
  );
  protected readonly cycleHint = computed(
    () =>
      this.offer()?.partial ?? $localize`Avec l’état figé lors de sa validation.`,
  );
  protected readonly caption = computed(() => {
    const from = this.from();
    const text = !from
      ? $localize`Actions dont la météo ou l’avancement a changé`
      : 'date' in from
        ? $localize`Actions dont la météo ou l’avancement a changé depuis le ${dateText(from.date)}:DATE:`
        : from.cycle
          ? $localize`Actions dont la météo ou l’avancement a changé depuis la campagne ${from.cycle}:CYCLE: validée`
          : $localize`Actions dont la météo ou l’avancement a changé depuis la campagne validée`;
    const frozenAt = this.frozenAt();
    return frozenAt
      ? `${text} ${$localize`(état figé le ${frozenAt}:DATE:)`}`
      : text;
  });
  protected readonly noChange = computed(() => {
    const from = this.from();
    return !from
      ? $localize`Aucun changement.`
      : 'date' in from
        ? $localize`Aucun changement depuis le ${dateText(from.date)}:DATE:.`
        : from.cycle
          ? $localize`Aucun changement depuis la campagne ${from.cycle}:CYCLE: validée.`
          : $localize`Aucun changement depuis la campagne validée.`;
  });
  /** When the compared state was frozen, for the table's caption. */
  protected readonly frozenAt = computed(() => {
    const state = this.state();
    const frozen =
      state.status === 'ready' ? state.value.sinceCycle?.frozenAt : null;
    return this.byCycle() && frozen ? dateTimeText(frozen) : null;
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

  protected readonly dateTime = dateTimeText;

  protected pick(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.showAll.set(false);
    // Cleared: the default day. A date still being typed: wait for the next change.
    if (value === '')
      this.comparisonChange.emit({
        since: this.defaultDate(),
        sinceCycle: null,
      });
    else if (isPlausibleDate(value))
      this.comparisonChange.emit({
        since: value <= this.today() ? value : null,
        sinceCycle: null,
      });
  }

  /** The radios: the offered cycle, or a date (the default day, in the URL since it is not the default comparison). */
  protected compareWith(kind: 'cycle' | 'date'): void {
    this.showAll.set(false);
    const offer = this.offer();
    this.comparisonChange.emit(
      kind === 'cycle' && offer
        ? { since: null, sinceCycle: offer.id }
        : { since: this.effectiveSince(), sinceCycle: null },
    );
  }
}
