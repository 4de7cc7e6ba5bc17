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
import { RouterLink } from '@angular/router';
import {
  PLAN_STATE_LABELS,
  type CycleState,
  type PlanSummary,
} from '@boussole/domain';
import { catchError, of, switchMap } from 'rxjs';
import { LOADING, toLoadState } from '../../core/http/load-state';
import { pageTitle } from '../../core/layout/page-title.strategy';
import { CountPipe } from '../../shared/count.pipe';
import { PlanStateBadgeComponent } from '../../shared/plan-state-badge.component';
import { AxisSectionComponent } from './components/axis-section.component';
import { PlansApi } from './plans.api';

/** `/plans/:id`: a plan, its current reporting cycle, its axes and all their objectives. */
@Component({
  selector: 'bsl-plan-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    AxisSectionComponent,
    CountPipe,
    DatePipe,
    LowerCasePipe,
    PlanStateBadgeComponent,
    RouterLink,
  ],
  templateUrl: './plan-page.component.html',
})
export class PlanPageComponent {
  /** The plan's id (route parameter). */
  readonly id = input.required<string>();

  private readonly api = inject(PlansApi);
  private readonly state = toSignal(
    toObservable(this.id).pipe(
      switchMap((id) => toLoadState(this.api.get(id))),
    ),
    { initialValue: LOADING },
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

  constructor() {
    const title = inject(Title);
    effect(() => {
      const plan = this.plan();
      if (plan) {
        title.setTitle(pageTitle(plan.title));
      }
    });
  }
}
