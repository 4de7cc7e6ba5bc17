import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  OnInit,
  computed,
  inject,
  input,
  output,
} from '@angular/core';
import { PERIODICITY_LABELS, type Periodicity } from '@boussole/domain';
import { domainText } from '../../../core/i18n/domain-text';
import {
  CheckboxFieldComponent,
  DateFieldComponent,
  InputFieldComponent,
  NumberFieldComponent,
  RadioGroupComponent,
  SelectFieldComponent,
  TextareaFieldComponent,
  type FieldOption,
} from '../../../shared/forms';
import type { AdminIndicator } from '../admin-types';
import { StructureApi } from '../api/structure.api';
import { focusAfterRender } from '../focus';
import { RecordFormComponent } from '../record-form.component';
import { RecordForm } from '../save-form';
import {
  INDICATOR_FIELD_IDS,
  indicatorFormValueOf,
  targetIds,
  targetRow,
  targetRowErrors,
  toIndicatorRequest,
  validateIndicator,
  type IndicatorFormValue,
  type TargetRow,
} from './indicator-form-model';
import type { AttachmentOption } from './structure-tree';

const LABELS = {
  name: $localize`Nom`,
  unit: $localize`Unité`,
  attachedTo: $localize`Ce qu’il mesure`,
  baselineValue: $localize`Valeur de référence`,
  baselineDate: $localize`Date de la valeur de référence`,
  targetValue: $localize`Valeur cible`,
  targetDate: $localize`Date cible`,
  source: $localize`Source`,
  definition: $localize`Définition`,
} as const;

const PERIODICITIES: readonly FieldOption[] = (
  ['month', 'quarter', 'year'] as const
).map((value) => ({ value, label: domainText(PERIODICITY_LABELS[value]) }));

/** Creates or edits an indicator: what it measures, baseline, target, intermediate targets, periodicity. */
@Component({
  selector: 'bsl-indicator-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    CheckboxFieldComponent,
    DateFieldComponent,
    InputFieldComponent,
    NumberFieldComponent,
    RadioGroupComponent,
    RecordFormComponent,
    SelectFieldComponent,
    TextareaFieldComponent,
  ],
  templateUrl: './indicator-form.component.html',
})
export class IndicatorFormComponent implements OnInit {
  readonly planId = input.required<number>();
  /** What a new indicator is attached to at first (`plan`, `axis:12`…). */
  readonly attachedTo = input('plan');
  readonly attachments = input.required<readonly AttachmentOption[]>();
  /** The indicator edited; null to create one. */
  readonly indicator = input<AdminIndicator | null>(null);
  readonly saved = output<AdminIndicator>();
  readonly cancelled = output<void>();

  private readonly api = inject(StructureApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly ids = INDICATOR_FIELD_IDS;
  protected readonly labels = LABELS;
  protected readonly periodicities = PERIODICITIES;
  protected readonly targetIds = targetIds;
  protected readonly submitLabel = computed(() =>
    this.indicator()
      ? $localize`Enregistrer l’indicateur`
      : $localize`Ajouter l’indicateur`,
  );
  protected readonly record = new RecordForm<
    AdminIndicator,
    IndicatorFormValue,
    keyof typeof INDICATOR_FIELD_IDS
  >({
    initial: indicatorFormValueOf(null, 'plan'),
    valueOf: (indicator) => indicatorFormValueOf(indicator, this.attachedTo()),
    ids: INDICATOR_FIELD_IDS,
    validate: validateIndicator,
    labels: LABELS,
    display: (value) => this.display(value),
    first: `#${INDICATOR_FIELD_IDS.name}`,
    // `attachedTo.id`, `intermediateTargets.2.date`: on the select, on the targets' group.
    fieldOf: (path) => path.split('.')[0],
  });
  protected readonly form = this.record.form;
  /** The rows' own messages, shown once the form has been checked and found wanting. */
  protected readonly rowErrors = computed(() =>
    this.form.errors().intermediateTargets
      ? targetRowErrors(this.form.value())
      : new Map<number, { date?: string; value?: string }>(),
  );

  ngOnInit(): void {
    this.record.fill(this.indicator());
  }

  /** `index` from 0; the labels count from 1. */
  protected targetDateLabel(index: number): string {
    return $localize`Date de la cible ${index + 1}:NUMBER:`;
  }

  protected targetValueLabel(index: number): string {
    return $localize`Valeur de la cible ${index + 1}:NUMBER:`;
  }

  protected setPeriodicity(value: string | null): void {
    this.form.set('periodicity', (value ?? '') as Periodicity | '');
  }

  protected setRow(key: number, field: 'date' | 'value', text: string): void {
    this.form.set(
      'intermediateTargets',
      this.form
        .value()
        .intermediateTargets.map((row) =>
          row.key === key ? { ...row, [field]: text } : row,
        ),
    );
  }

  protected addRow(): void {
    const row = targetRow();
    this.form.set('intermediateTargets', [
      ...this.form.value().intermediateTargets,
      row,
    ]);
    focusAfterRender(
      this.injector,
      this.host.nativeElement,
      `#${targetIds(row.key).date}`,
    );
  }

  protected removeRow(row: TargetRow, index: number): void {
    const rows = this.form.value().intermediateTargets;
    this.form.set(
      'intermediateTargets',
      rows.filter((candidate) => candidate.key !== row.key),
    );
    // The focus goes to the row that takes its place, else the previous one, else "Ajouter".
    const next = rows[index + 1] ?? rows[index - 1];
    focusAfterRender(
      this.injector,
      this.host.nativeElement,
      ...(next ? [`#${targetIds(next.key).date}`] : []),
      '#indicateur-ajouter-cible',
    );
  }

  protected submit(): void {
    const request = () => toIndicatorRequest(this.form.value(), this.planId());
    const sent = this.record.save(
      this.indicator(),
      {
        create: () => this.api.createIndicator(request()),
        patch: (indicator, version) => {
          const { planId: _plan, ...fields } = request();
          return this.api.patchIndicator(indicator.id, { ...fields, version });
        },
      },
      (saved) => this.saved.emit(saved),
    );
    if (!sent) this.focusFaultyRow();
  }

  /** When the first fault is an intermediate target, its own control gets the focus. */
  private focusFaultyRow(): void {
    const group = this.host.nativeElement.querySelector(
      `#${this.ids.intermediateTargets}`,
    );
    if (!group?.contains(document.activeElement)) return;
    const [key, errors] = [...targetRowErrors(this.form.value())][0] ?? [];
    if (key === undefined || !errors) return;
    const ids = targetIds(key);
    this.host.nativeElement
      .querySelector<HTMLElement>(`#${errors.date ? ids.date : ids.value}`)
      ?.focus();
  }

  private display(
    value: IndicatorFormValue,
  ): Record<keyof typeof LABELS, string> {
    const attached = this.attachments().find(
      (option) => option.value === value.attachedTo,
    );
    return {
      name: value.name,
      unit: value.unit,
      attachedTo: attached?.label ?? value.attachedTo,
      baselineValue: value.baselineValue,
      baselineDate: value.baselineDate,
      targetValue: value.targetValue,
      targetDate: value.targetDate,
      source: value.source,
      definition: value.definition,
    };
  }
}
