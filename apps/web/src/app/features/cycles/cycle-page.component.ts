import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  computed,
  effect,
  inject,
  input,
  numberAttribute,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import {
  can,
  type AxisValidationPayload,
  type CycleCompleteness,
  type CycleValidations,
} from '@boussole/domain';
import {
  Observable,
  catchError,
  combineLatest,
  distinctUntilChanged,
  filter,
  map,
  of,
  switchMap,
} from 'rxjs';
import { aboutPlan, liveRefresh } from '../../core/live/live-refresh';
import { AuthService } from '../../core/auth/auth.service';
import {
  LOADING,
  toLoadState,
  type LoadState,
} from '../../core/http/load-state';
import { dateText } from '../../core/i18n/page-format';
import { pageTitle } from '../../core/layout/page-title.strategy';
import { AuditHistoryComponent } from '../../shared/audit/audit-history.component';
import {
  BreadcrumbComponent,
  type Crumb,
} from '../../shared/breadcrumb.component';
import { actorOf } from '../../shared/comments/comment-permissions';
import { DialogComponent } from '../../shared/dialog.component';
import { ExportMenuComponent } from '../../shared/export-menu/export-menu.component';
import { FormAlertsComponent } from '../../shared/forms';
import { LoadBlockComponent } from '../../shared/load-block.component';
import { focusAfterRender } from '../admin/focus';
import { CycleStateBadgeComponent } from '../admin/cycles/cycle-state-badge.component';
import { PlansApi } from '../plans/plans.api';
import {
  AxisValidationsComponent,
  type AxisState,
} from './components/axis-validations.component';
import { CompletenessSectionComponent } from './components/completeness-section.component';
import { MissingActionsComponent } from './components/missing-actions.component';
import { RemindersComponent } from './components/reminders.component';
import { ReopenAxisFormComponent } from './components/reopen-axis-form.component';
import { ValidateAxisFormComponent } from './components/validate-axis-form.component';
import { ValidationHistoryComponent } from './components/validation-history.component';
import { CyclesApi } from './cycles.api';

/** "Campagne T4 2026": the cycle's label is its own (user content). */
const cycleTitle = (label: string) => $localize`Campagne ${label}:CYCLE:`;

/**
 * `/campagnes/:cycleId`: a reporting cycle's completeness (plan data, read by everyone), its
 * missing actions, and for the direction the reminders and each axis's validation; reopening
 * for admins (DESIGN §4). Everything is read again after each write.
 */
@Component({
  selector: 'bsl-cycle-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    AuditHistoryComponent,
    AxisValidationsComponent,
    BreadcrumbComponent,
    CompletenessSectionComponent,
    CycleStateBadgeComponent,
    DialogComponent,
    ExportMenuComponent,
    FormAlertsComponent,
    LoadBlockComponent,
    MissingActionsComponent,
    RemindersComponent,
    ReopenAxisFormComponent,
    RouterLink,
    ValidateAxisFormComponent,
    ValidationHistoryComponent,
  ],
  templateUrl: './cycle-page.component.html',
})
export class CyclePageComponent {
  readonly cycleId = input.required({ transform: numberAttribute });

  private readonly api = inject(CyclesApi);
  private readonly plansApi = inject(PlansApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly user = inject(AuthService).user;

  /** Bumped after each write: everything is fetched again, without going back to "loading". */
  protected readonly version = signal(0);
  /**
   * A write to the cycle's plan through any replica (a status update received, an axis validated
   * elsewhere, the cycle closed): the completeness and validations follow it.
   */
  private readonly live = liveRefresh(aboutPlan(() => this.planId()));
  private readonly state = toSignal(
    combineLatest([
      toObservable(this.cycleId),
      toObservable(computed(() => this.version() + this.live())),
    ]).pipe(
      switchMap(([id, version]) =>
        combineLatest({
          completeness: toLoadState(this.api.completeness(id)),
          validations: toLoadState(this.api.validations(id)),
        }).pipe(
          filter(
            ({ completeness, validations }) =>
              version === 0 ||
              (completeness.status !== 'loading' &&
                validations.status !== 'loading'),
          ),
        ),
      ),
    ),
    {
      initialValue: {
        completeness: LOADING as LoadState<CycleCompleteness>,
        validations: LOADING as LoadState<CycleValidations>,
      },
    },
  );

  protected readonly completeness = computed(() => {
    const state = this.state().completeness;
    return state.status === 'ready' ? state.value : null;
  });
  protected readonly loadError = computed(() => {
    const state = this.state().completeness;
    return state.status === 'error' ? state.message : null;
  });
  protected readonly validations = computed(() => {
    const state = this.state().validations;
    return state.status === 'ready' ? state.value : null;
  });
  /** Null while loading or once loaded; the API's message when the validations could not be read. */
  protected readonly validationsError = computed(() => {
    const state = this.state().validations;
    return state.status === 'error' ? state.message : null;
  });

  private readonly actor = computed(() => actorOf(this.user()));
  protected readonly canValidate = computed(
    () => can(this.actor(), 'axis.validate').allowed,
  );
  protected readonly canReopen = computed(
    () => can(this.actor(), 'axis.reopen').allowed,
  );
  protected readonly canManage = computed(
    () => can(this.actor(), 'plan.manage').allowed,
  );
  protected readonly open = computed(
    () => this.completeness()?.cycle.state === 'open',
  );

  protected readonly planId = computed(
    () => this.validations()?.cycle.planId ?? null,
  );
  protected readonly adminLink = computed(() => {
    const planId = this.planId();
    return planId !== null && this.canManage()
      ? ['/administration/plans', planId, 'campagnes']
      : null;
  });
  /** For the breadcrumb only: without it, the breadcrumb says "Projet stratégique". */
  private readonly planTitle = toSignal(
    toObservable(this.planId).pipe(
      distinctUntilChanged(),
      switchMap(
        (planId): Observable<string | null> =>
          planId === null
            ? of(null)
            : this.plansApi.get(planId).pipe(
                map((plan) => plan.title),
                catchError(() => of(null)),
              ),
      ),
    ),
    { initialValue: null },
  );
  protected readonly crumbs = computed<Crumb[]>(() => {
    const planId = this.planId();
    const label = this.completeness()?.cycle.label;
    return [
      { label: $localize`Projets stratégiques`, link: '/plans' },
      ...(planId === null
        ? []
        : [
            {
              label: this.planTitle() ?? $localize`Projet stratégique`,
              link: ['/plans', planId],
            },
          ]),
      {
        label: label ? cycleTitle(label) : $localize`Campagne de suivi`,
      },
    ];
  });

  protected readonly validating = signal<AxisState | null>(null);
  protected readonly reopening = signal<AxisState | null>(null);
  protected readonly notice = signal<string | null>(null);

  /** The axis whose heading gets the focus once the page is read again (its button is gone). */
  private focusAxis: number | null = null;

  constructor() {
    const title = inject(Title);
    effect(() => {
      const label = this.completeness()?.cycle.label;
      if (label) title.setTitle(pageTitle(cycleTitle(label)));
    });
    effect(() => {
      this.state();
      const axisId = this.focusAxis;
      if (axisId === null) return;
      this.focusAxis = null;
      focusAfterRender(
        this.injector,
        this.host.nativeElement,
        `#validation-axe-${axisId}-titre`,
      );
    });
  }

  protected date(day: string): string {
    return dateText(day);
  }

  protected validateHeading(axisNumber: number, cycleLabel: string): string {
    return $localize`Valider l’axe ${axisNumber}:AXIS: pour la campagne ${cycleLabel}:CYCLE:`;
  }

  protected reopenHeading(axisNumber: number, cycleLabel: string): string {
    return $localize`Rouvrir l’axe ${axisNumber}:AXIS: pour la campagne ${cycleLabel}:CYCLE:`;
  }

  protected askValidate(state: AxisState): void {
    this.notice.set(null);
    this.validating.set(state);
  }

  protected askReopen(state: AxisState): void {
    this.notice.set(null);
    this.reopening.set(state);
  }

  protected validated(validation: AxisValidationPayload): void {
    this.validating.set(null);
    this.reload(
      $localize`L’axe ${validation.axisNumber}:AXIS: est validé pour la campagne\u00a0: son état est figé et ses mises à jour sont verrouillées.`,
      validation.axisId,
    );
  }

  protected reopened(validation: AxisValidationPayload): void {
    this.reopening.set(null);
    this.reload(
      $localize`L’axe ${validation.axisNumber}:AXIS: est rouvert\u00a0: il peut de nouveau être mis à jour, puis validé.`,
      validation.axisId,
    );
  }

  /** Fetches everything again; then says `notice` and puts the focus on the axis acted on. */
  protected reload(notice?: string, axisId?: number): void {
    if (notice) this.notice.set(notice);
    this.focusAxis = axisId ?? null;
    this.version.update((version) => version + 1);
  }
}
