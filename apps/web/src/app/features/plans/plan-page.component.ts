import { DatePipe, LowerCasePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  PLAN_STATE_LABELS,
  formatDateFr,
  type AxisRollup,
  type CycleState,
  type IsoDate,
  type PlanSummary,
} from '@boussole/domain';
import { catchError, of, switchMap } from 'rxjs';
import { LOADING, toLoadState } from '../../core/http/load-state';
import { pageTitle } from '../../core/layout/page-title.strategy';
import { CountPipe } from '../../shared/count.pipe';
import { isPlausibleDate, todayIso } from '../../shared/dates';
import { PlanStateBadgeComponent } from '../../shared/plan-state-badge.component';
import { RollupFigureComponent } from '../../shared/rollup-figure.component';
import { AsOfPickerComponent } from './components/as-of-picker.component';
import { AxisCardComponent } from './components/axis-card.component';
import {
  ChangesSectionComponent,
  type Comparison,
} from './components/changes-section.component';
import { ProgressHistoryComponent } from './components/progress-history/progress-history.component';
import { SignalsSummaryComponent } from './components/signals-summary.component';
import { PlansApi } from './plans.api';
import { RollupApi } from './rollup.api';
import { BreadcrumbComponent } from '../../shared/breadcrumb.component';
import { LoadBlockComponent } from '../../shared/load-block.component';
import { ExportMenuComponent } from '../../shared/export-menu/export-menu.component';

/**
 * `/plans/:id`, the dashboard ("Tableau de bord"): the plan's figures as of today or a past date
 * (`?asOf=`), its signals, each axis with its objectives, and what changed since a date (`?since=`).
 */
@Component({
  selector: 'bsl-plan-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    BreadcrumbComponent,
    LoadBlockComponent,
    AsOfPickerComponent,
    AxisCardComponent,
    ChangesSectionComponent,
    CountPipe,
    ExportMenuComponent,
    DatePipe,
    LowerCasePipe,
    PlanStateBadgeComponent,
    ProgressHistoryComponent,
    RollupFigureComponent,
    RouterLink,
    SignalsSummaryComponent,
  ],
  templateUrl: './plan-page.component.html',
})
export class PlanPageComponent {
  /** The plan's id (route parameter). */
  readonly id = input.required<string>();
  /** `?asOf=YYYY-MM-DD`: the past date the figures are as of. */
  readonly asOf = input<string>();
  /** `?since=YYYY-MM-DD`: where "Ce qui a changé" starts. */
  readonly since = input<string>();
  /** `?sinceCycle=<id>`: "Ce qui a changé" since what that cycle froze (wins over `since`). */
  readonly sinceCycle = input<string>();

  private readonly api = inject(PlansApi);
  private readonly rollupApi = inject(RollupApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly today = todayIso();
  /** A valid past date from the URL, else null (today). */
  protected readonly pastDate = computed<IsoDate | null>(() => {
    const asOf = this.asOf();
    return isPlausibleDate(asOf) && asOf < this.today ? asOf : null;
  });
  protected readonly sinceDate = computed<IsoDate | null>(() => {
    const since = this.since();
    return isPlausibleDate(since) && since <= this.today ? since : null;
  });
  protected readonly sinceCycleId = computed<number | null>(() => {
    const id = Number(this.sinceCycle());
    return Number.isInteger(id) && id > 0 ? id : null;
  });

  private readonly state = toSignal(
    toObservable(this.id).pipe(
      switchMap((id) => toLoadState(this.api.get(id))),
    ),
    { initialValue: LOADING },
  );
  private readonly rollupRequest = computed(() => ({
    id: this.id(),
    asOf: this.pastDate(),
  }));
  private readonly rollupState = toSignal(
    toObservable(this.rollupRequest).pipe(
      switchMap(({ id, asOf }) => toLoadState(this.rollupApi.rollup(id, asOf))),
    ),
    { initialValue: LOADING },
  );
  /** Each axis's progress as its validations froze it, cycle by cycle. */
  protected readonly historyState = toSignal(
    toObservable(this.id).pipe(
      switchMap((id) => toLoadState(this.rollupApi.history(id))),
    ),
    { initialValue: LOADING },
  );
  protected readonly history = computed(() => {
    const state = this.historyState();
    return state.status === 'ready' ? state.value : null;
  });
  private readonly plans = toSignal(
    this.api.list().pipe(catchError(() => of<PlanSummary[]>([]))),
    { initialValue: [] },
  );

  protected readonly plan = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? state.value : null;
  });
  protected readonly error = computed(() => {
    const state = this.state();
    return state.status === 'error' ? state.message : null;
  });
  protected readonly rollup = computed(() => {
    const state = this.rollupState();
    return state.status === 'ready' ? state.value : null;
  });
  protected readonly rollupError = computed(() => {
    const state = this.rollupState();
    return state.status === 'error' ? state.message : null;
  });
  private readonly axisRollups = computed(
    () => new Map((this.rollup()?.axes ?? []).map((axis) => [axis.id, axis])),
  );
  /** The plan switcher: every plan but this one. */
  protected readonly otherPlans = computed(() =>
    this.plans().filter((plan) => String(plan.id) !== this.id()),
  );

  protected readonly planStateLabels = PLAN_STATE_LABELS;
  protected readonly cycleLabels: Readonly<Record<CycleState, string>> = {
    open: 'Campagne en cours',
    planned: 'Prochaine campagne',
    closed: 'Dernière campagne',
  };
  protected readonly date = formatDateFr;

  constructor() {
    const title = inject(Title);
    effect(() => {
      const plan = this.plan();
      if (plan) {
        title.setTitle(pageTitle(plan.title));
      }
    });
  }

  protected axisRollup(axisId: number): AxisRollup | null {
    return this.axisRollups().get(axisId) ?? null;
  }

  /** Puts the chosen date in the URL, so that the view can be linked and survives a reload. */
  protected setQuery(name: 'asOf', value: IsoDate | null): void {
    this.navigate({ [name]: value });
  }

  /** The comparison of "Ce qui a changé" in the URL: a date or a cycle, never both. */
  protected setComparison({ since, sinceCycle }: Comparison): void {
    this.navigate({ since, sinceCycle });
  }

  private navigate(queryParams: Record<string, string | number | null>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams,
      queryParamsHandling: 'merge',
    });
  }
}
