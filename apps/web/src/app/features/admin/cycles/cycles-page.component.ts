import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  computed,
  effect,
  inject,
  input,
  numberAttribute,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { forkJoin } from 'rxjs';
import { apiErrorMessage, apiErrorStatus } from '../../../core/http/api-error';
import { dateText } from '../../../core/i18n/page-format';
import {
  BreadcrumbComponent,
  type Crumb,
} from '../../../shared/breadcrumb.component';
import { FormAlertsComponent, conflictCurrent } from '../../../shared/forms';
import { LoadBlockComponent } from '../../../shared/load-block.component';
import type { AdminCycle, AdminPlan } from '../admin-types';
import { CyclesAdminApi } from '../api/cycles-admin.api';
import { PlansAdminApi } from '../api/plans-admin.api';
import { DialogComponent } from '../../../shared/dialog.component';
import { ConfirmDialogComponent } from '../../../shared/confirm-dialog.component';
import { Confirmation } from '../confirmation';
import { focusAfterRender } from '../focus';
import { CycleFormComponent } from './cycle-form.component';
import { CycleStateBadgeComponent } from './cycle-state-badge.component';
import { TableFrameDirective } from '../../../shared/table-frame.directive';

/** The form dialog: a new cycle (null) or the one edited. */
interface Editing {
  cycle: AdminCycle | null;
}

/** `/administration/plans/:planId/campagnes`: the plan's reporting cycles; create, edit, open, close. */
@Component({
  selector: 'bsl-cycles-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TableFrameDirective,
    FormAlertsComponent,
    DialogComponent,
    BreadcrumbComponent,
    ConfirmDialogComponent,
    CycleFormComponent,
    CycleStateBadgeComponent,
    LoadBlockComponent,
    RouterLink,
  ],
  templateUrl: './cycles-page.component.html',
})
export class CyclesPageComponent {
  readonly planId = input.required({ transform: numberAttribute });

  private readonly api = inject(CyclesAdminApi);
  private readonly plans = inject(PlansAdminApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly plan = signal<AdminPlan | null>(null);
  protected readonly cycles = signal<AdminCycle[]>([]);
  protected readonly loadError = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly alert = signal<string | null>(null);

  protected readonly editing = signal<Editing | null>(null);
  /** A cycle to close, once confirmed. */
  protected readonly closing = new Confirmation<AdminCycle, AdminCycle>({
    request: (cycle) =>
      this.api.patch(cycle.id, { state: 'closed', version: cycle.version }),
    done: (saved, cycle) =>
      this.load(
        this.planId(),
        [`#campagne-${cycle.id}`],
        $localize`La campagne « ${saved.label}:CYCLE: » est clôturée.`,
      ),
    refused: (error) => {
      const current = conflictCurrent<AdminCycle>(error);
      if (!current) return false;
      this.closing.again(
        current,
        $localize`Cette campagne a été modifiée entre-temps ; la liste est à jour. Confirmez de nouveau si la clôture vaut toujours.`,
      );
      this.load(this.planId());
      return true;
    },
  });
  protected readonly opening = signal<number | null>(null);

  protected readonly readOnly = computed(
    () => this.plan()?.state === 'archived',
  );
  protected readonly crumbs = computed<Crumb[]>(() => [
    { label: $localize`Accueil`, link: '/' },
    { label: $localize`Administration`, link: '/administration' },
    {
      label: $localize`Campagnes de « ${this.plan()?.title ?? $localize`projet`}:PLAN: »`,
    },
  ]);

  constructor() {
    effect(() => {
      const id = this.planId();
      untracked(() => this.load(id, [], undefined, true));
    });
  }

  protected date(day: string): string {
    return dateText(day);
  }

  protected editHeading(cycle: AdminCycle | null): string {
    return cycle
      ? $localize`Modifier la campagne « ${cycle.label}:CYCLE: »`
      : $localize`Créer une campagne`;
  }

  protected closeHeading(cycle: AdminCycle): string {
    return $localize`Clôturer la campagne « ${cycle.label}:CYCLE: » ?`;
  }

  protected saved(cycle: AdminCycle, created: boolean): void {
    this.editing.set(null);
    const notice = created
      ? $localize`La campagne « ${cycle.label}:CYCLE: » a été créée ; ouvrez-la quand elle commence.`
      : $localize`La campagne « ${cycle.label}:CYCLE: » a été enregistrée.`;
    this.load(this.planId(), created ? [`#campagne-${cycle.id}`] : [], notice);
  }

  /** Opens a planned cycle; the API refuses while another one is open, and says so. */
  protected open(cycle: AdminCycle): void {
    if (this.opening() !== null) return;
    this.notice.set(null);
    this.alert.set(null);
    this.opening.set(cycle.id);
    this.api
      .patch(cycle.id, { state: 'open', version: cycle.version })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (saved) => {
          this.opening.set(null);
          this.load(
            this.planId(),
            [`#campagne-${cycle.id}-cloturer`, `#campagne-${cycle.id}`],
            $localize`La campagne « ${saved.label}:CYCLE: » est ouverte : chaque action en cours attend son point d’avancement.`,
          );
        },
        error: (error: unknown) => {
          this.opening.set(null);
          this.alert.set(
            conflictCurrent(error)
              ? $localize`Cette campagne a été modifiée entre-temps : la liste est maintenant à jour. Recommencez si besoin.`
              : apiErrorMessage(error),
          );
          if (apiErrorStatus(error) === 409) this.load(this.planId());
        },
      });
  }

  protected askClose(cycle: AdminCycle): void {
    this.notice.set(null);
    this.closing.ask(cycle);
  }

  /** (Re)loads the plan and its cycles; then says `notice` and focuses the first of `focus` found. */
  private load(
    planId: number,
    focus: string[] = [],
    notice?: string,
    first = false,
  ): void {
    forkJoin({ plan: this.plans.get(planId), cycles: this.api.list(planId) })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ plan, cycles }) => {
          this.loadError.set(null);
          this.plan.set(plan);
          this.cycles.set(cycles);
          if (notice) this.notice.set(notice);
          if (focus.length > 0)
            focusAfterRender(this.injector, this.host.nativeElement, ...focus);
        },
        error: (error: unknown) => {
          if (first) this.plan.set(null);
          this.loadError.set(apiErrorMessage(error));
        },
      });
  }
}
