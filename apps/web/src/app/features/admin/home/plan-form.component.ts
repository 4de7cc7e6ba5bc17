import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  OnInit,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  ConflictNoticeComponent,
  FormAlertsComponent,
  FormState,
  InputFieldComponent,
  NumberFieldComponent,
  TextareaFieldComponent,
  conflictCurrent,
} from '../../../shared/forms';
import type { AdminPlan } from '../admin-types';
import { PlansAdminApi } from '../api/plans-admin.api';
import { conflictRows, type Conflict } from '../conflict-rows';
import { focusAfterRender } from '../focus';
import {
  EMPTY_PLAN_FORM,
  PLAN_FIELD_IDS,
  planFormValueOf,
  toPlanRequest,
  validatePlan,
  type PlanFormValue,
} from './plan-form-model';

const LABELS = {
  title: 'Titre',
  description: 'Description',
  startYear: 'Année de début',
  endYear: 'Année de fin',
} as const;

/** Creates a plan (in draft) or edits its title, description and years. */
@Component({
  selector: 'bsl-plan-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ConflictNoticeComponent,
    FormAlertsComponent,
    InputFieldComponent,
    NumberFieldComponent,
    TextareaFieldComponent,
  ],
  template: `
    @let errors = form.errors();
    <bsl-form-alerts [error]="form.apiError()" />
    @if (conflict(); as conflict) {
      <bsl-conflict-notice
        heading="Ce projet a été modifié entre-temps"
        titleId="projet-conflit-titre"
        who="Quelqu’un d’autre l’a enregistré depuis que vous avez ouvert ce formulaire."
        reloadLabel="Reprendre la version à jour"
        [rows]="conflict.rows"
        (reload)="takeCurrent(conflict.current)"
      />
    }
    <form novalidate (submit)="submit($event)">
      <p class="fr-hint-text">
        Sauf mention contraire, tous les champs sont obligatoires.
      </p>
      <bsl-input-field
        [fieldId]="ids.title"
        [label]="labels.title"
        [required]="true"
        [maxlength]="300"
        [error]="errors.title"
        [value]="form.value().title"
        (valueChange)="form.set('title', $event)"
      />
      <bsl-textarea-field
        [fieldId]="ids.description"
        [label]="labels.description"
        mark="optional"
        [rows]="4"
        [error]="errors.description"
        [value]="form.value().description"
        (valueChange)="form.set('description', $event)"
      />
      <div class="fr-grid-row fr-grid-row--gutters">
        <div class="fr-col-12 fr-col-md-6">
          <bsl-number-field
            [fieldId]="ids.startYear"
            [label]="labels.startYear"
            hint="Sur quatre chiffres, par exemple 2025."
            [required]="true"
            [integer]="true"
            width="10rem"
            [error]="errors.startYear"
            [value]="form.value().startYear"
            (valueChange)="form.set('startYear', $event)"
          />
        </div>
        <div class="fr-col-12 fr-col-md-6">
          <bsl-number-field
            [fieldId]="ids.endYear"
            [label]="labels.endYear"
            hint="Sur quatre chiffres, par exemple 2027."
            [required]="true"
            [integer]="true"
            width="10rem"
            [error]="errors.endYear"
            [value]="form.value().endYear"
            (valueChange)="form.set('endYear', $event)"
          />
        </div>
      </div>
      <ul class="fr-btns-group fr-btns-group--inline-md fr-mt-3w">
        <li>
          <button type="submit" class="fr-btn" [disabled]="form.pending()">
            {{ plan() ? 'Enregistrer le projet' : 'Créer le projet' }}
          </button>
        </li>
        <li>
          <button
            type="button"
            class="fr-btn fr-btn--secondary"
            (click)="cancelled.emit()"
          >
            Annuler
          </button>
        </li>
      </ul>
    </form>
  `,
})
export class PlanFormComponent implements OnInit {
  /** The plan edited; null to create one. */
  readonly plan = input<AdminPlan | null>(null);
  readonly saved = output<AdminPlan>();
  readonly cancelled = output<void>();

  private readonly api = inject(PlansAdminApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);

  protected readonly ids = PLAN_FIELD_IDS;
  protected readonly labels = LABELS;
  protected readonly form = new FormState(
    signal<PlanFormValue>(EMPTY_PLAN_FORM),
    {
      ids: PLAN_FIELD_IDS,
      validate: validatePlan,
    },
  );
  protected readonly conflict = signal<Conflict<AdminPlan> | null>(null);
  private version = 0;

  ngOnInit(): void {
    const plan = this.plan();
    if (plan) this.fill(plan);
  }

  protected submit(event: Event): void {
    event.preventDefault();
    if (!this.form.start(this.host.nativeElement)) return;
    this.conflict.set(null);
    const plan = this.plan();
    const request = toPlanRequest(this.form.value());
    const call = plan
      ? this.api.patch(plan.id, { ...request, version: this.version })
      : this.api.create(request);
    call.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (saved) => {
        this.form.succeeded();
        this.saved.emit(saved);
      },
      error: (error: unknown) => {
        const current = conflictCurrent<AdminPlan>(error);
        if (current) {
          this.form.pending.set(false);
          this.conflict.set({
            current,
            rows: conflictRows(
              LABELS,
              planFormValueOf(current),
              this.form.value(),
            ),
          });
          return;
        }
        this.form.failed(error, this.host.nativeElement);
      },
    });
  }

  /** After a conflict: the saved version in the form, which the next save applies to. */
  protected takeCurrent(plan: AdminPlan): void {
    this.fill(plan);
    focusAfterRender(
      this.injector,
      this.host.nativeElement,
      `#${this.ids.title}`,
    );
  }

  private fill(plan: AdminPlan): void {
    this.conflict.set(null);
    this.version = plan.version;
    this.form.reset(planFormValueOf(plan));
  }
}
