import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  OnInit,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { UserSummary } from '@boussole/domain';
import {
  InputFieldComponent,
  NumberFieldComponent,
  SelectFieldComponent,
  TextareaFieldComponent,
  type FieldOption,
} from '../../../shared/forms';
import type { AdminAxis } from '../admin-types';
import { PeopleApi } from '../api/people.api';
import { StructureApi } from '../api/structure.api';
import { RecordFormComponent } from '../record-form.component';
import { RecordForm } from '../save-form';
import {
  AXIS_FIELD_IDS,
  axisFormValueOf,
  toAxisRequest,
  validateAxis,
  type AxisField,
  type AxisFormValue,
} from './axis-form-model';

const LABELS = {
  number: $localize`Numéro`,
  title: $localize`Titre`,
  description: $localize`Description`,
  sponsorId: $localize`Sponsor`,
} as const;

/** Creates an axis of the plan, or edits one: number (its place), title, description, sponsor. */
@Component({
  selector: 'bsl-axis-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    InputFieldComponent,
    NumberFieldComponent,
    RecordFormComponent,
    SelectFieldComponent,
    TextareaFieldComponent,
  ],
  template: `
    @let errors = form.errors();
    <bsl-record-form
      [record]="record"
      conflictHeading="Cet axe a été modifié entre-temps"
      i18n-conflictHeading
      conflictTitleId="axe-conflit-titre"
      [info]="sponsorsError()"
      [submitLabel]="submitLabel()"
      (submitted)="submit()"
      (cancelled)="cancelled.emit()"
    >
      <bsl-number-field
        [fieldId]="ids.number"
        [label]="labels.number"
        [hint]="numberHint()"
        [required]="true"
        [integer]="true"
        width="8rem"
        [error]="errors.number"
        [value]="form.value().number"
        (valueChange)="form.set('number', $event)"
      />
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
      <bsl-select-field
        [fieldId]="ids.sponsorId"
        [label]="labels.sponsorId"
        mark="optional"
        hint="Un membre de la direction."
        i18n-hint
        [options]="sponsorOptions()"
        [error]="errors.sponsorId"
        [value]="form.value().sponsorId"
        (valueChange)="form.set('sponsorId', $event)"
      />
    </bsl-record-form>
  `,
})
export class AxisFormComponent implements OnInit {
  readonly planId = input.required<number>();
  /** How many axes the plan has now. */
  readonly axisCount = input.required<number>();
  /** The axis edited; null to add one. */
  readonly axis = input<AdminAxis | null>(null);
  readonly saved = output<AdminAxis>();
  readonly cancelled = output<void>();

  private readonly api = inject(StructureApi);
  private readonly people = inject(PeopleApi);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly ids = AXIS_FIELD_IDS;
  protected readonly labels = LABELS;
  /** A new axis may go anywhere up to after the last one; an edited one stays among the others. */
  protected readonly places = computed(() =>
    this.axis() ? this.axisCount() : this.axisCount() + 1,
  );
  protected readonly numberHint = computed(
    () =>
      $localize`Sa place dans le projet, de 1 à ${this.places()}:PLACES: ; les suivants se décalent.`,
  );
  protected readonly submitLabel = computed(() =>
    this.axis() ? $localize`Enregistrer l’axe` : $localize`Ajouter l’axe`,
  );
  protected readonly record = new RecordForm<
    AdminAxis,
    AxisFormValue,
    AxisField
  >({
    initial: axisFormValueOf(null, 0),
    valueOf: (axis) => axisFormValueOf(axis, this.axisCount()),
    ids: AXIS_FIELD_IDS,
    validate: (value) => validateAxis(value, this.places()),
    labels: LABELS,
    display: (value) => this.display(value),
    first: `#${AXIS_FIELD_IDS.number}`,
  });
  protected readonly form = this.record.form;
  private readonly sponsors = signal<UserSummary[]>([]);
  protected readonly sponsorsError = signal<string | null>(null);
  protected readonly sponsorOptions = computed<FieldOption[]>(() => {
    const current = this.axis()?.sponsor;
    const people = this.sponsors();
    const all =
      current && !people.some((person) => person.id === current.id)
        ? [current, ...people]
        : people;
    return [
      { value: '', label: $localize`Aucun sponsor pour l’instant` },
      ...all.map((person) => ({
        value: String(person.id),
        label: person.name,
      })),
    ];
  });

  ngOnInit(): void {
    this.record.fill(this.axis());
    this.people
      .sponsors()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (people) => this.sponsors.set(people),
        error: () =>
          this.sponsorsError.set(
            $localize`La liste des membres de la direction n’a pas pu être chargée : le sponsor pourra être choisi plus tard.`,
          ),
      });
  }

  protected submit(): void {
    const request = () => toAxisRequest(this.form.value());
    this.record.save(
      this.axis(),
      {
        create: () => this.api.createAxis(this.planId(), request()),
        patch: (axis, version) =>
          this.api.patchAxis(axis.id, { ...request(), version }),
      },
      (saved) => this.saved.emit(saved),
    );
  }

  /** The values as the user reads them (the sponsor's name rather than an id). */
  private display(value: AxisFormValue): Record<AxisField, string> {
    const sponsor = this.sponsorOptions().find(
      (option) => option.value === value.sponsorId,
    );
    return {
      ...value,
      sponsorId: value.sponsorId ? (sponsor?.label ?? value.sponsorId) : '',
    };
  }
}
