import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  computed,
  inject,
  input,
  output,
} from '@angular/core';
import { dateText } from '../../../core/i18n/page-format';
import { DateFieldComponent, InputFieldComponent } from '../../../shared/forms';
import type { AdminCycle } from '../admin-types';
import { CyclesAdminApi } from '../api/cycles-admin.api';
import { RecordFormComponent } from '../record-form.component';
import { RecordForm } from '../save-form';
import {
  CYCLE_FIELD_IDS,
  cycleFormValueOf,
  toCycleRequest,
  validateCycle,
  type CycleFormValue,
} from './cycle-form-model';

const LABELS = {
  label: $localize`Libellé`,
  opensOn: $localize`Date d’ouverture`,
  closesOn: $localize`Date de clôture`,
} as const;

/** Creates a reporting cycle of the plan, or edits one that is not closed: label and dates. */
@Component({
  selector: 'bsl-cycle-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DateFieldComponent, InputFieldComponent, RecordFormComponent],
  template: `
    @let errors = form.errors();
    <bsl-record-form
      [record]="record"
      conflictHeading="Cette campagne a été modifiée entre-temps"
      i18n-conflictHeading
      conflictTitleId="campagne-conflit-titre"
      [feminine]="true"
      hint="Tous les champs sont obligatoires. Une campagne ne chevauche aucune autre campagne du projet."
      i18n-hint
      [submitLabel]="submitLabel()"
      (submitted)="submit()"
      (cancelled)="cancelled.emit()"
    >
      <bsl-input-field
        [fieldId]="ids.label"
        [label]="labels.label"
        hint="Par exemple «&nbsp;T1 2026&nbsp;»."
        i18n-hint
        [required]="true"
        [maxlength]="50"
        [error]="errors.label"
        [value]="form.value().label"
        (valueChange)="form.set('label', $event)"
      />
      <div class="fr-grid-row fr-grid-row--gutters">
        <div class="fr-col-12 fr-col-md-6">
          <bsl-date-field
            [fieldId]="ids.opensOn"
            [label]="labels.opensOn"
            hint="Format attendu : JJ/MM/AAAA."
            i18n-hint
            [required]="true"
            [error]="errors.opensOn"
            [value]="form.value().opensOn"
            (valueChange)="form.set('opensOn', $event)"
          />
        </div>
        <div class="fr-col-12 fr-col-md-6">
          <bsl-date-field
            [fieldId]="ids.closesOn"
            [label]="labels.closesOn"
            hint="Le jour de l’ouverture ou après."
            i18n-hint
            [required]="true"
            [min]="form.value().opensOn || null"
            [error]="errors.closesOn"
            [value]="form.value().closesOn"
            (valueChange)="form.set('closesOn', $event)"
          />
        </div>
      </div>
    </bsl-record-form>
  `,
})
export class CycleFormComponent implements OnInit {
  readonly planId = input.required<number>();
  /** The cycle edited; null to create one (planned). */
  readonly cycle = input<AdminCycle | null>(null);
  readonly saved = output<AdminCycle>();
  readonly cancelled = output<void>();

  private readonly api = inject(CyclesAdminApi);

  protected readonly ids = CYCLE_FIELD_IDS;
  protected readonly labels = LABELS;
  protected readonly submitLabel = computed(() =>
    this.cycle()
      ? $localize`Enregistrer la campagne`
      : $localize`Créer la campagne`,
  );
  protected readonly record = new RecordForm<
    AdminCycle,
    CycleFormValue,
    keyof typeof CYCLE_FIELD_IDS
  >({
    initial: cycleFormValueOf(null),
    valueOf: cycleFormValueOf,
    ids: CYCLE_FIELD_IDS,
    validate: validateCycle,
    labels: LABELS,
    display,
    first: `#${CYCLE_FIELD_IDS.label}`,
  });
  protected readonly form = this.record.form;

  ngOnInit(): void {
    this.record.fill(this.cycle());
  }

  protected submit(): void {
    const request = () => toCycleRequest(this.form.value(), this.planId());
    this.record.save(
      this.cycle(),
      {
        create: () => this.api.create(request()),
        patch: (cycle, version) => {
          const { planId: _plan, ...fields } = request();
          return this.api.patch(cycle.id, { ...fields, version });
        },
      },
      (saved) => this.saved.emit(saved),
    );
  }
}

/** The values as the user reads them: dates in the page's language. */
function display(value: CycleFormValue): Record<keyof CycleFormValue, string> {
  const date = (day: string) => (day ? dateText(day) : '');
  return {
    label: value.label,
    opensOn: date(value.opensOn),
    closesOn: date(value.closesOn),
  };
}
