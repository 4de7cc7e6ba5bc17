import { LowerCasePipe, NgTemplateOutlet } from '@angular/common';
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
  type AxisRollup,
  type CyclePayload,
  type CycleState,
  type IsoDate,
  type PlanSummary,
} from '@boussole/domain';
import { NEVER, catchError, of, startWith, switchMap } from 'rxjs';
import { loadFrom } from '../../core/http/load-state';
import { DomainTextPipe } from '../../core/i18n/domain-text';
import { countText, dateText } from '../../core/i18n/page-format';
import { aboutPlan, liveRefresh } from '../../core/live/live-refresh';
import { pageTitle } from '../../core/layout/page-title.strategy';
import { isPlausibleDate, todayIso } from '../../shared/dates';
import { PlanStateBadgeComponent } from '../../shared/plan-state-badge.component';
import { AsOfPickerComponent } from './components/as-of-picker.component';
import {
  ChangesSectionComponent,
  type Comparison,
} from './components/changes-section.component';
import { ProgressHistoryComponent } from './components/progress-history/progress-history.component';
import { SignalsSummaryComponent } from './components/signals-summary.component';
import { afterFirstScreen } from './dashboard/after-first-screen';
import { axisChanges } from './dashboard/axis-change';
import { AxisDetailsComponent } from './dashboard/axis-details.component';
import { AxisTileComponent } from './dashboard/axis-tile.component';
import {
  chooseComparison,
  sameComparison,
} from './dashboard/dashboard-comparison';
import { PlanStandingComponent } from './dashboard/plan-standing.component';
import { StatusMixLegendComponent } from './dashboard/status-mix-legend.component';
import { WorsenedActionsComponent } from './dashboard/worsened-actions.component';
import { defaultSince } from './default-since';
import { PlansApi } from './plans.api';
import { RollupApi } from './rollup.api';
import {
  BreadcrumbComponent,
  type Crumb,
} from '../../shared/breadcrumb.component';
import { LoadBlockComponent } from '../../shared/load-block.component';
import { ExportMenuComponent } from '../../shared/export-menu/export-menu.component';

/**
 * `/plans/:id`, the dashboard ("Tableau de bord"). Its first screen: where the plan stands (progress
 * against expected, health and why) as of today or a past date (`?asOf=`), one tile per axis, and
 * the actions that got worse since the previous review; then the signals, each axis's objectives
 * (folded), the validated cycles' chart and what changed, since a cycle (`?sinceCycle=`) or a date
 * (`?since=`). The first screen reads the roll-up (its size does not grow with the actions) and one
 * answer of the changes, shared with "Ce qui a changé".
 */
@Component({
  selector: 'bsl-plan-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    BreadcrumbComponent,
    LoadBlockComponent,
    AsOfPickerComponent,
    AxisDetailsComponent,
    AxisTileComponent,
    ChangesSectionComponent,
    DomainTextPipe,
    ExportMenuComponent,
    LowerCasePipe,
    NgTemplateOutlet,
    PlanStandingComponent,
    PlanStateBadgeComponent,
    ProgressHistoryComponent,
    RouterLink,
    SignalsSummaryComponent,
    StatusMixLegendComponent,
    WorsenedActionsComponent,
  ],
  templateUrl: './plan-page.component.html',
  styles: `
    /* The title and the tools on one line; the breadcrumb's DSFR margin (2.5rem, made for pages
       that open on prose) is shortened so that the figures fit in the first screen. */
    .bsl-dash-head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem 1rem;
      margin-bottom: 0.25rem;
    }
    @media (min-width: 48em) {
      .bsl-dash-head {
        margin-top: -1.25rem;
      }
    }
    .bsl-dash-head__tools {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0.5rem 1.5rem;
    }
    .bsl-band {
      background: var(--background-alt-blue-france);
    }
    .bsl-band__head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.25rem 1rem;
    }
  `,
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

  /** Another user's write to this plan, through any replica: the figures follow it. */
  private readonly live = liveRefresh(aboutPlan(this.id));
  private readonly state = loadFrom(
    this.id,
    (id, refetch) => this.api.get(id, refetch),
    this.live,
  );
  private readonly rollupRequest = computed(() => ({
    id: this.id(),
    asOf: this.pastDate(),
  }));
  private readonly rollupState = loadFrom(
    this.rollupRequest,
    ({ id, asOf }, refetch) => this.rollupApi.rollup(id, asOf, refetch),
    this.live,
  );
  /** Each axis's progress as its validations froze it, cycle by cycle. */
  protected readonly historyState = loadFrom(
    this.id,
    (id) => this.rollupApi.history(id),
    this.live,
  );
  protected readonly history = computed(() => {
    const state = this.historyState();
    return state.status === 'ready' ? state.value : null;
  });
  /** The plan's cycles: undefined while loading, null when they could not be read. */
  private readonly cycles = toSignal(
    toObservable(this.id).pipe(
      switchMap((id) =>
        this.rollupApi.cycles(id).pipe(
          catchError(() => of(null)),
          startWith<CyclePayload[] | null | undefined>(undefined),
        ),
      ),
    ),
  );
  /** The day offered when comparing with a date: the opening of the previous cycle. */
  protected readonly defaultDate = computed<IsoDate | null>(() => {
    const cycles = this.cycles();
    return cycles === undefined ? null : defaultSince(cycles, this.today);
  });
  /** What the first screen and "Ce qui a changé" compare today with (null while deciding). */
  protected readonly comparison = computed(
    () =>
      chooseComparison(
        { since: this.sinceDate(), sinceCycle: this.sinceCycleId() },
        this.historyState(),
        this.cycles(),
        this.today,
      ),
    { equal: sameComparison },
  );
  protected readonly changesState = loadFrom(
    // Asked for once the plan is there: a plan that cannot be read has no changes to show.
    computed(
      () => ({
        id: this.id(),
        comparison: this.plan() ? this.comparison() : null,
      }),
      {
        equal: (a, b) =>
          a.id === b.id && sameComparison(a.comparison, b.comparison),
      },
    ),
    ({ id, comparison }, refetch) =>
      comparison === null
        ? NEVER
        : comparison.kind === 'cycle'
          ? this.rollupApi.changesSinceCycle(id, comparison.cycleId, refetch)
          : this.rollupApi.changes(id, comparison.since, refetch),
    this.live,
  );
  /** Each axis's change since the compared state, for its tile. */
  private readonly axisChangeMap = computed(() => {
    const state = this.changesState();
    const plan = this.plan();
    return state.status === 'ready' && plan
      ? axisChanges(
          state.value,
          this.history(),
          plan.axes.map((axis) => axis.id),
        )
      : null;
  });
  protected readonly changeNote = computed(() =>
    this.changesState().status === 'error'
      ? $localize`Changements indisponibles.`
      : $localize`Chargement des changements…`,
  );
  protected readonly rollupNote = computed(() =>
    this.rollupError()
      ? $localize`Chiffres indisponibles.`
      : $localize`Calcul des chiffres de l’axe…`,
  );
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
  /** The sections below the first screen are drawn once its figures (or their failure) are. */
  protected readonly drawBelow = afterFirstScreen(
    () => this.plan() !== null && this.rollupState().status !== 'loading',
  );
  private readonly axisRollups = computed(
    () => new Map((this.rollup()?.axes ?? []).map((axis) => [axis.id, axis])),
  );
  /** The plan switcher: every plan but this one. */
  protected readonly otherPlans = computed(() =>
    this.plans().filter((plan) => String(plan.id) !== this.id()),
  );

  protected readonly planStateLabels = PLAN_STATE_LABELS;
  protected readonly cycleLabels: Readonly<Record<CycleState, string>> = {
    open: $localize`Campagne en cours`,
    planned: $localize`Prochaine campagne`,
    closed: $localize`Dernière campagne`,
  };
  protected readonly date = dateText;
  protected readonly crumbs = computed((): Crumb[] => [
    { label: $localize`Projets stratégiques`, link: '/plans' },
    { label: this.plan()?.title ?? $localize`Projet stratégique` },
  ]);
  /** "4 axes, 120 actions". */
  protected readonly sizeText = computed(() => {
    const plan = this.plan();
    if (!plan) return '';
    const axes = countText(plan.axes.length, $localize`axe`, $localize`axes`);
    const actions = countText(
      plan.actionCount,
      $localize`action`,
      $localize`actions`,
    );
    return $localize`${axes}:AXES:, ${actions}:ACTIONS:`;
  });

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

  protected axisChange(axisId: number) {
    return this.axisChangeMap()?.get(axisId) ?? null;
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
