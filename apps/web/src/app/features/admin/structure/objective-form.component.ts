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
  TextareaFieldComponent,
} from '../../../shared/forms';
import type { AdminObjective } from '../admin-types';
import { StructureApi } from '../api/structure.api';
import { RecordFormComponent } from '../record-form.component';
import { RecordForm } from '../save-form';
import {
  OBJECTIVE_FIELD_IDS,
  objectiveFormValueOf,
  toObjectiveRequest,
  validateObjective,
  type ObjectiveFormValue,
} from './axis-form-model';

const LABELS = {
  title: $localize`Titre`,
  description: $localize`Description`,
} as const;

/** Adds an objective to an axis, or edits one: title and description. */
@Component({
  selector: 'bsl-objective-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [InputFieldComponent, RecordFormComponent, TextareaFieldComponent],
  template: `
    @let errors = form.errors();
    <bsl-record-form
      [record]="record"
      conflictHeading="Cet objectif a été modifié entre-temps"
      i18n-conflictHeading
      conflictTitleId="objectif-conflit-titre"
      [submitLabel]="submitLabel()"
      (submitted)="submit()"
      (cancelled)="cancelled.emit()"
    >
      <bsl-input-field
        [fieldId]="ids.title"
        [label]="labels.title"
        [required]="true"
        [maxlength]="500"
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
    </bsl-record-form>
  `,
})
export class ObjectiveFormComponent implements OnInit {
  /** The axis a new objective goes under. */
  readonly axisId = input.required<number>();
  /** The objective edited; null to add one (at the end of the axis). */
  readonly objective = input<AdminObjective | null>(null);
  readonly saved = output<AdminObjective>();
  readonly cancelled = output<void>();

  private readonly api = inject(StructureApi);

  protected readonly ids = OBJECTIVE_FIELD_IDS;
  protected readonly labels = LABELS;
  protected readonly submitLabel = computed(() =>
    this.objective()
      ? $localize`Enregistrer l’objectif`
      : $localize`Ajouter l’objectif`,
  );
  protected readonly record = new RecordForm<
    AdminObjective,
    ObjectiveFormValue,
    keyof typeof OBJECTIVE_FIELD_IDS
  >({
    initial: objectiveFormValueOf(null),
    valueOf: objectiveFormValueOf,
    ids: OBJECTIVE_FIELD_IDS,
    validate: validateObjective,
    labels: LABELS,
    display: (value) => ({ ...value }),
    first: `#${OBJECTIVE_FIELD_IDS.title}`,
  });
  protected readonly form = this.record.form;

  ngOnInit(): void {
    this.record.fill(this.objective());
  }

  protected submit(): void {
    this.record.save(
      this.objective(),
      {
        create: () =>
          this.api.createObjective(
            this.axisId(),
            toObjectiveRequest(this.form.value()),
          ),
        patch: (objective, version) =>
          this.api.patchObjective(objective.id, {
            ...toObjectiveRequest(this.form.value()),
            version,
          }),
      },
      (saved) => this.saved.emit(saved),
    );
  }
}
