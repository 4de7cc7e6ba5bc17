import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { CyclePayload } from '@boussole/domain';
import {
  EMPTY,
  catchError,
  distinctUntilChanged,
  map,
  of,
  switchMap,
} from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { LOADING, toLoadState } from '../../core/http/load-state';
import { dateText } from '../../core/i18n/page-format';
import { RollupApi } from '../plans/rollup.api';
import { MyActionCardComponent } from './my-action-card.component';
import { MyActionsApi } from './my-actions.api';
import { cycleExpectation, expectationText } from './cycle-expectation';
import { myWork } from './urgency';
import { LoadBlockComponent } from '../../shared/load-block.component';
import { DomainTextPipe } from '../../core/i18n/domain-text';

/**
 * `/mes-actions`: a project manager's start page. The open cycle and its closing date, what is
 * still due, the most urgent first, then the done and abandoned actions apart, folded.
 */
@Component({
  selector: 'bsl-my-actions-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DomainTextPipe,
    LoadBlockComponent,
    MyActionCardComponent,
    RouterLink,
  ],
  templateUrl: './my-actions-page.component.html',
})
export class MyActionsPageComponent {
  private readonly api = inject(MyActionsApi);
  private readonly rollupApi = inject(RollupApi);
  protected readonly user = inject(AuthService).user;
  protected readonly projectManager = computed(
    () => this.user()?.role === 'project_manager',
  );

  private readonly state = toSignal(
    toObservable(this.projectManager).pipe(
      switchMap((projectManager) =>
        projectManager ? toLoadState(this.api.list()) : EMPTY,
      ),
    ),
    { initialValue: LOADING },
  );

  protected readonly actions = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? state.value : null;
  });
  protected readonly error = computed(() => {
    const state = this.state();
    return state.status === 'error' ? state.message : null;
  });
  private readonly work = computed(() => myWork(this.actions() ?? []));
  /** Still due, the most urgent first (overdue, late, furthest behind schedule). */
  protected readonly due = computed(() => this.work().due);
  /** Done or abandoned, apart and folded. */
  protected readonly closed = computed(() => this.work().closed);
  protected readonly closedOpen = signal(false);

  /** The plan of the first action listed (one to update first, if any): its open cycle is the one meant. */
  private readonly planId = computed(() => this.actions()?.[0]?.planId ?? null);
  /** The open cycle of that plan, null when none is open; undefined until read (or unreadable: the list says enough). */
  private readonly openCycle = toSignal(
    toObservable(this.planId).pipe(
      distinctUntilChanged(),
      switchMap((planId) =>
        planId === null
          ? of(undefined)
          : this.rollupApi.cycles(planId).pipe(
              map(
                (cycles): CyclePayload | null =>
                  cycles.find((cycle) => cycle.state === 'open') ?? null,
              ),
              catchError(() => of(undefined)),
            ),
      ),
    ),
    { initialValue: undefined },
  );
  /** "Campagne T4 2026 : clôture le 11/12/2026", the callout's title; null without an open cycle. */
  protected readonly closing = computed(() => {
    const cycle = this.openCycle();
    return cycle
      ? $localize`Campagne ${cycle.label}:CYCLE:\u00a0: clôture le ${dateText(cycle.closesOn)}:DATE:`
      : null;
  });
  /** "Campagne T4 2026 (jusqu’au 11/12/2026) : 3 actions sur 5 restent à mettre à jour." */
  protected readonly expectation = computed(() => {
    const cycle = this.openCycle();
    const actions = this.actions();
    if (cycle === undefined || !actions) return null;
    return cycle
      ? expectationText(cycleExpectation(actions, cycle))
      : $localize`Aucune campagne de suivi n’est ouverte\u00a0: aucun point d’avancement n’est attendu pour l’instant.`;
  });
}
