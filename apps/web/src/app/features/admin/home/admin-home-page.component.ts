import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  OnInit,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import type { PlanState } from '@boussole/domain';
import { apiErrorMessage, apiErrorStatus } from '../../../core/http/api-error';
import { countText } from '../../../core/i18n/page-format';
import {
  BreadcrumbComponent,
  type Crumb,
} from '../../../shared/breadcrumb.component';
import { FormAlertsComponent, conflictCurrent } from '../../../shared/forms';
import { LoadBlockComponent } from '../../../shared/load-block.component';
import { PlanStateBadgeComponent } from '../../../shared/plan-state-badge.component';
import type { AdminPlan, AdminPlanSummary } from '../admin-types';
import { PlansAdminApi } from '../api/plans-admin.api';
import { DialogComponent } from '../../../shared/dialog.component';
import { ConfirmDialogComponent } from '../../../shared/confirm-dialog.component';
import { Confirmation } from '../confirmation';
import { focusAfterRender } from '../focus';
import { PlanFormComponent } from './plan-form.component';
import { TableFrameDirective } from '../../../shared/table-frame.directive';

/** A state change waiting for its confirmation. */
interface StateChange {
  plan: AdminPlanSummary;
  state: Extract<PlanState, 'active' | 'archived'>;
}

/** What the notice says once the plan titled `title` has changed state. */
const CHANGED: Readonly<
  Record<StateChange['state'], (title: string) => string>
> = {
  active: (title) =>
    $localize`Le projet « ${title}:PLAN: » est maintenant en cours.`,
  archived: (title) =>
    $localize`Le projet « ${title}:PLAN: » est archivé : il ne se modifie plus.`,
};

/** `/administration`: the plans (create, activate, archive) and the ways to their structure, cycles and users. */
@Component({
  selector: 'bsl-admin-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TableFrameDirective,
    FormAlertsComponent,
    DialogComponent,
    BreadcrumbComponent,
    ConfirmDialogComponent,
    LoadBlockComponent,
    PlanFormComponent,
    PlanStateBadgeComponent,
    RouterLink,
  ],
  templateUrl: './admin-home-page.component.html',
})
export class AdminHomePageComponent implements OnInit {
  private readonly api = inject(PlansAdminApi);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly crumbs: readonly Crumb[] = [
    { label: $localize`Accueil`, link: '/' },
    { label: $localize`Administration` },
  ];

  protected readonly plans = signal<AdminPlanSummary[] | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);

  protected readonly creating = signal(false);
  protected readonly change = new Confirmation<StateChange, AdminPlan>({
    request: ({ plan, state }) =>
      this.api.patch(plan.id, { state, version: plan.version }),
    done: (saved, { plan, state }) =>
      this.load(`#projet-${plan.id}-titre`, CHANGED[state](saved.title)),
    refused: (error, { state }) => {
      const current = conflictCurrent<AdminPlan>(error);
      if (current) {
        // Someone changed the plan meanwhile: the dialog goes on with its version.
        this.change.again(
          { plan: current, state },
          $localize`Ce projet a été modifié entre-temps ; la liste est à jour. Confirmez de nouveau si le changement vaut toujours.`,
        );
        this.load();
        return true;
      }
      if (apiErrorStatus(error) === 409) this.load();
      return false;
    },
  });

  ngOnInit(): void {
    this.load();
  }

  protected contents(plan: AdminPlanSummary): string {
    return `${countText(plan.axisCount, $localize`axe`, $localize`axes`)}, ${countText(plan.actionCount, $localize`action`, $localize`actions`)}`;
  }

  protected changeHeading({ plan, state }: StateChange): string {
    return state === 'active'
      ? $localize`Activer « ${plan.title}:PLAN: » ?`
      : $localize`Archiver « ${plan.title}:PLAN: » ?`;
  }

  protected changeLabel({ state }: StateChange): string {
    return state === 'active'
      ? $localize`Activer le projet`
      : $localize`Archiver le projet`;
  }

  protected openCreate(): void {
    this.creating.set(true);
  }

  protected created(plan: AdminPlan): void {
    this.creating.set(false);
    void this.router.navigate(['/administration/plans', plan.id, 'structure']);
  }

  /** (Re)loads the plans, keeping the table on screen meanwhile; then focuses `focus` if given. */
  private load(focus?: string, notice?: string): void {
    this.api
      .list()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (plans) => {
          this.loadError.set(null);
          this.plans.set(plans);
          if (notice) this.notice.set(notice);
          if (focus) {
            focusAfterRender(this.injector, this.host.nativeElement, focus);
          }
        },
        error: (error: unknown) => this.loadError.set(apiErrorMessage(error)),
      });
  }
}
