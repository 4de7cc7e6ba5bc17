import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  computed,
  inject,
  input,
  output,
} from '@angular/core';
import {
  InputFieldComponent,
  NumberFieldComponent,
  TextareaFieldComponent,
} from '../../../shared/forms';
import type { AdminPlan } from '../admin-types';
import { PlansAdminApi } from '../api/plans-admin.api';
import { RecordFormComponent } from '../record-form.component';
import { RecordForm } from '../save-form';
import {
  EMPTY_PLAN_FORM,
  PLAN_FIELD_IDS,
  planFormValueOf,
  toPlanRequest,
  validatePlan,
  type PlanFormValue,
} from './plan-form-model';

const LABELS = {
  title: $localize`Titre`,
  description: $localize`Description`,
  startYear: $localize`Année de début`,
  endYear: $localize`Année de fin`,
} as const;

/** Creates a plan (in draft) or edits its title, description and years. */
@Component({
  selector: 'bsl-plan-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    InputFieldComponent,
    NumberFieldComponent,
    RecordFormComponent,
    TextareaFieldComponent,
  ],
  template: `
    @let errors = form.errors();
    <bsl-record-form
      [record]="record"
      conflictHeading="Ce projet a été modifié entre-temps"
      i18n-conflictHeading
      conflictTitleId="projet-conflit-titre"
      [submitLabel]="submitLabel()"
      (submitted)="submit()"
      (cancelled)="cancelled.emit()"
    >
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
            i18n-hint
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
            i18n-hint
            [required]="true"
            [integer]="true"
            width="10rem"
            [error]="errors.endYear"
            [value]="form.value().endYear"
            (valueChange)="form.set('endYear', $event)"
          />
        </div>
      </div>
    </bsl-record-form>
  `,
})
export class PlanFormComponent implements OnInit {
  /** The plan edited; null to create one. */
  readonly plan = input<AdminPlan | null>(null);
  readonly saved = output<AdminPlan>();
  readonly cancelled = output<void>();

  private readonly api = inject(PlansAdminApi);

  protected readonly ids = PLAN_FIELD_IDS;
  protected readonly labels = LABELS;
  protected readonly submitLabel = computed(() =>
    this.plan() ? $localize`Enregistrer le projet` : $localize`Créer le projet`,
  );
  protected readonly record = new RecordForm<
    AdminPlan,
    PlanFormValue,
    keyof typeof PLAN_FIELD_IDS
  >({
    initial: EMPTY_PLAN_FORM,
    valueOf: (plan) => (plan ? planFormValueOf(plan) : EMPTY_PLAN_FORM),
    ids: PLAN_FIELD_IDS,
    validate: validatePlan,
    labels: LABELS,
    display: (value) => ({ ...value }),
    first: `#${PLAN_FIELD_IDS.title}`,
  });
  protected readonly form = this.record.form;

  ngOnInit(): void {
    this.record.fill(this.plan());
  }

  protected submit(): void {
    const request = () => toPlanRequest(this.form.value());
    this.record.save(
      this.plan(),
      {
        create: () => this.api.create(request()),
        patch: (plan, version) =>
          this.api.patch(plan.id, { ...request(), version }),
      },
      (saved) => this.saved.emit(saved),
    );
  }
}
