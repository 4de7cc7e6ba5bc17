import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  OnInit,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  PERIODICITY_LABELS,
  type IndicatorDetail,
  type MeasurementPayload,
} from '@boussole/domain';
import { domainText } from '../../../core/i18n/domain-text';
import { isPlausibleDate } from '../../../shared/dates';
import {
  DateFieldComponent,
  FormAlertsComponent,
  FormState,
  NumberFieldComponent,
  SaveNoticeComponent,
  SelectFieldComponent,
  type FieldOption,
} from '../../../shared/forms';
import { periodLabel, unitHint } from '../indicator-format';
import { IndicatorsApi } from '../indicators.api';
import {
  MEASUREMENT_FIELD_IDS,
  toMeasurementRequest,
  validateMeasurement,
  type MeasurementField,
  type MeasurementFormValue,
  type MeasurementScopes,
} from './measurement-validation';

/** "Saisir une mesure": period, value and territory, checked in French before the API is asked. */
@Component({
  selector: 'bsl-measurement-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DateFieldComponent,
    FormAlertsComponent,
    NumberFieldComponent,
    SaveNoticeComponent,
    SelectFieldComponent,
  ],
  templateUrl: './measurement-form.component.html',
})
export class MeasurementFormComponent implements OnInit {
  readonly indicator = input.required<IndicatorDetail>();
  /** What the user may enter: national values, and which regions'. */
  readonly scopes = input.required<MeasurementScopes>();
  readonly saved = output<MeasurementPayload>();

  private readonly api = inject(IndicatorsApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly ids = MEASUREMENT_FIELD_IDS;
  protected readonly form = new FormState(
    signal<MeasurementFormValue>({ period: '', value: '', regionCode: '' }),
    { ids: MEASUREMENT_FIELD_IDS, validate: validateMeasurement },
  );
  protected readonly done = signal(false);
  protected readonly savedText = $localize`Mesure enregistrée.`;

  /** "Un jour quelconque de la période (mesure trimestrielle). Période correspondante : T3 2026." */
  protected readonly periodHint = computed(() => {
    const indicator = this.indicator();
    const period = this.form.value().period;
    const periodicity = domainText(
      PERIODICITY_LABELS[indicator.periodicity],
    ).toLowerCase();
    const hint = $localize`Un jour quelconque de la période (mesure ${periodicity}:PERIODICITY:).`;
    return isPlausibleDate(period)
      ? $localize`${hint}:HINT: Période correspondante : ${periodLabel(period, indicator.periodicity)}:PERIOD:.`
      : hint;
  });
  protected readonly valueHint = computed(() =>
    unitHint(this.indicator().unit),
  );
  /** The territory select is shown for regional indicators only. */
  protected readonly territories = computed((): FieldOption[] => {
    const scopes = this.scopes();
    const options = scopes.regions.map((region) => ({
      value: region.code,
      label: region.name,
    }));
    return scopes.national.allowed
      ? [{ value: '', label: $localize`National` }, ...options]
      : options;
  });

  ngOnInit(): void {
    // The first territory the user may enter: national, or their region for an ARS liaison.
    this.set('regionCode', this.territories()[0]?.value ?? '');
  }

  protected set(field: MeasurementField, value: string): void {
    this.form.set(field, value);
    this.done.set(false);
  }

  protected submit(event: Event): void {
    event.preventDefault();
    if (this.form.pending()) return;
    this.done.set(false);
    const root = this.host.nativeElement;
    if (!this.form.start(root)) return;
    this.api
      .addMeasurement(
        this.indicator().id,
        toMeasurementRequest(this.form.value()),
      )
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (measurement) => {
          this.form.succeeded();
          this.form.set('value', '');
          this.done.set(true);
          this.saved.emit(measurement);
        },
        error: (error: unknown) =>
          this.form.failed(error, root, { alert: 'without-fields' }),
      });
  }
}
