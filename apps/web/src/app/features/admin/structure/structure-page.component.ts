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
import {
  BreadcrumbComponent,
  type Crumb,
} from '../../../shared/breadcrumb.component';
import { FormAlertsComponent, conflictCurrent } from '../../../shared/forms';
import { LoadBlockComponent } from '../../../shared/load-block.component';
import { PlanStateBadgeComponent } from '../../../shared/plan-state-badge.component';
import type { AdminAction, AdminIndicator, AdminPlan } from '../admin-types';
import { StructureApi } from '../api/structure.api';
import { PlansAdminApi } from '../api/plans-admin.api';
import { DialogComponent } from '../../../shared/dialog.component';
import { ConfirmDialogComponent } from '../../../shared/confirm-dialog.component';
import { Confirmation } from '../confirmation';
import { focusAfterRender } from '../focus';
import { PlanFormComponent } from '../home/plan-form.component';
import { ActionFormComponent } from './action-form.component';
import { ActionMoveFormComponent } from './action-move-form.component';
import { AxisFormComponent } from './axis-form.component';
import { IndicatorFormComponent } from './indicator-form.component';
import { IndicatorListComponent } from './indicator-list.component';
import { ObjectiveFormComponent } from './objective-form.component';
import {
  HISTORY_RULE,
  actionDeletion,
  axisDeletion,
  dialogHeading,
  indicatorDeletion,
  afterSave,
  dialogFor,
  objectiveDeletion,
  reorderOf,
  type Saved,
  type Deletion,
  type Reorder,
  type StructureDialog,
} from './structure-commands';
import {
  attachmentOptions,
  indicatorKeys,
  indicatorParent,
  structureTree,
} from './structure-tree';
import { StructureTreeComponent } from './structure-tree.component';
import { TreeDisclosure } from './tree-disclosure';
import type { TreeCommand } from './tree-command';

const CHANGED_MEANWHILE = $localize`Cet élément a été modifié entre-temps par quelqu’un d’autre : la structure affichée est maintenant à jour. Recommencez si besoin.`;

/**
 * `/administration/plans/:planId/structure`: the plan's axes, objectives, actions and indicators
 * as a tree, where an admin adds, edits, reorders, moves and deletes; read only once archived.
 */
@Component({
  selector: 'bsl-structure-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormAlertsComponent,
    ActionFormComponent,
    ActionMoveFormComponent,
    DialogComponent,
    AxisFormComponent,
    BreadcrumbComponent,
    ConfirmDialogComponent,
    IndicatorFormComponent,
    IndicatorListComponent,
    LoadBlockComponent,
    ObjectiveFormComponent,
    PlanFormComponent,
    PlanStateBadgeComponent,
    RouterLink,
    StructureTreeComponent,
  ],
  templateUrl: './structure-page.component.html',
})
export class StructurePageComponent {
  readonly planId = input.required({ transform: numberAttribute });

  private readonly api = inject(StructureApi);
  private readonly plans = inject(PlansAdminApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly plan = signal<AdminPlan | null>(null);
  private readonly actions = signal<AdminAction[]>([]);
  private readonly indicators = signal<AdminIndicator[]>([]);
  protected readonly loadError = signal<string | null>(null);
  /** Said in the page's status region after a write. */
  protected readonly notice = signal<string | null>(null);
  /** A refused reorder, in the page's alert. */
  protected readonly alert = signal<string | null>(null);
  /** The nodes shown open. */
  protected readonly disclosure = new TreeDisclosure(() => this.tree());

  protected readonly dialog = signal<StructureDialog | null>(null);
  protected readonly deletion = new Confirmation<Deletion>({
    request: (deletion) => deletion.request(),
    done: (_, deletion) =>
      this.load(this.planId(), deletion.focus, deletion.done),
    refused: (error) => {
      // Refused (history, archived plan): the API's reason, in the dialog that stays open.
      if (!conflictCurrent(error)) return false;
      // Changed meanwhile: the tree is reloaded, and the deletion is to be asked again.
      this.deletion.cancel();
      this.alert.set(CHANGED_MEANWHILE);
      this.load(this.planId());
      return true;
    },
  });
  protected readonly historyRule = HISTORY_RULE;

  protected readonly tree = computed(() => {
    const plan = this.plan();
    return plan ? structureTree(plan, this.actions(), this.indicators()) : null;
  });
  protected readonly attachments = computed(() => {
    const plan = this.plan();
    const tree = this.tree();
    return plan && tree ? attachmentOptions(plan, tree) : [];
  });
  protected readonly readOnly = computed(
    () => this.plan()?.state === 'archived',
  );
  protected readonly crumbs = computed<Crumb[]>(() => [
    { label: $localize`Accueil`, link: '/' },
    { label: $localize`Administration`, link: '/administration' },
    {
      label: $localize`Structure de « ${this.plan()?.title ?? $localize`projet`}:PLAN: »`,
    },
  ]);
  protected readonly heading = dialogHeading;

  constructor() {
    effect(() => {
      const id = this.planId();
      untracked(() => this.load(id, [], undefined, true));
    });
  }

  protected open(dialog: StructureDialog): void {
    this.notice.set(null);
    this.dialog.set(dialog);
  }

  protected command(command: TreeCommand): void {
    this.alert.set(null);
    const dialog = dialogFor(command);
    if (dialog) return this.open(dialog);
    switch (command.kind) {
      case 'delete-axis':
        return this.askDeletion(axisDeletion(this.api, command.axis));
      case 'delete-objective':
        return this.askDeletion(objectiveDeletion(this.api, command.objective));
      case 'delete-action':
        return this.askDeletion(actionDeletion(this.api, command.action));
      case 'delete-indicator':
        return this.askDeletion(
          indicatorDeletion(
            this.api,
            command.indicator,
            indicatorParent(command.indicator),
          ),
        );
      case 'move-axis':
      case 'move-objective':
      case 'move-action':
        return this.reorder(reorderOf(this.api, command));
    }
  }

  protected closeDialog(): void {
    this.dialog.set(null);
  }

  protected planSaved(plan: AdminPlan): void {
    this.closeDialog();
    this.load(
      this.planId(),
      [],
      $localize`Le projet « ${plan.title}:PLAN: » a été enregistré.`,
    );
  }

  protected recordSaved(saved: Saved): void {
    const { text, focus, expand } = afterSave(saved);
    this.closeDialog();
    this.disclosure.open(expand);
    this.load(this.planId(), focus, text);
  }

  protected indicatorSaved(record: AdminIndicator, created: boolean): void {
    this.recordSaved({
      kind: 'indicator',
      record,
      created,
      expand: indicatorKeys(record, this.plan(), this.actions()),
    });
  }

  private askDeletion(deletion: Deletion): void {
    this.notice.set(null);
    this.deletion.ask(deletion);
  }

  /** Up or down by one place; the focus stays on the same button (or the other one at an end). */
  private reorder({ request, done, node, by }: Reorder): void {
    this.notice.set(null);
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: () => {
        const [same, other] = by < 0 ? ['up', 'down'] : ['down', 'up'];
        this.load(
          this.planId(),
          [
            `[data-focus="${node}-${same}"]`,
            `[data-focus="${node}-${other}"]`,
            `[data-focus="${node}"]`,
          ],
          done,
        );
      },
      error: (error: unknown) => {
        this.alert.set(
          conflictCurrent(error) ? CHANGED_MEANWHILE : apiErrorMessage(error),
        );
        if (apiErrorStatus(error) === 409) this.load(this.planId());
      },
    });
  }

  /**
   * (Re)loads the plan, its actions and indicators, keeping the tree on screen meanwhile; then
   * says `notice` (once the tree shows what it says) and focuses the first of `focus` found.
   */
  private load(
    planId: number,
    focus: string[] = [],
    notice?: string,
    first = false,
  ): void {
    forkJoin({
      plan: this.plans.get(planId),
      actions: this.api.actionsOf(planId),
      indicators: this.api.indicatorsOf(planId),
    })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ plan, actions, indicators }) => {
          this.loadError.set(null);
          this.plan.set(plan);
          this.actions.set(actions);
          this.indicators.set(indicators);
          if (notice) this.notice.set(notice);
          // At first the axes are open and the objectives closed: the page stays short.
          if (first)
            this.disclosure.set(plan.axes.map((axis) => `axis:${axis.id}`));
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
