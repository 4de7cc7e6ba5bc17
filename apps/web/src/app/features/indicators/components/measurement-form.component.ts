import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterNextRender,
  computed,
  inject,
  input,
  Injector,
  OnInit,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  PERIODICITY_LABELS,
  type IndicatorDetail,
  type MeasurementPayload,
} from '@boussole/domain';
import { apiErrorMessage } from '../../../core/http/api-error';
import { isPlausibleDate } from '../../../shared/dates';
import { periodLabel } from '../indicator-format';
import { IndicatorsApi } from '../indicators.api';
import {
  measurementFieldErrors,
  toMeasurementRequest,
  validateMeasurement,
  type MeasurementErrors,
  type MeasurementField,
  type MeasurementFormValue,
  type MeasurementScopes,
} from './measurement-validation';

const FIELD_IDS: Readonly<Record<MeasurementField, string>> = {
  period: 'mesure-periode',
  value: 'mesure-valeur',
  regionCode: 'mesure-territoire',
};

/** "Saisir une mesure": period, value and territory, checked in French before the API is asked. */
@Component({
  selector: 'bsl-measurement-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './measurement-form.component.html',
  styles: `
    .bsl-suffixed {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      max-width: 20rem;
    }
  `,
})
export class MeasurementFormComponent implements OnInit {
  readonly indicator = input.required<IndicatorDetail>();
  /** What the user may enter: national values, and which regions'. */
  readonly scopes = input.required<MeasurementScopes>();
  readonly saved = output<MeasurementPayload>();

  private readonly api = inject(IndicatorsApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly ids = FIELD_IDS;
  protected readonly form = signal<MeasurementFormValue>({
    period: '',
    value: '',
    regionCode: '',
  });
  private readonly submitted = signal(false);
  private readonly serverErrors = signal<MeasurementErrors>({});
  protected readonly pending = signal(false);
  protected readonly done = signal(false);
  protected readonly apiError = signal<string | null>(null);

  protected readonly errors = computed<MeasurementErrors>(() => ({
    ...this.serverErrors(),
    ...(this.submitted() ? validateMeasurement(this.form()) : {}),
  }));
  protected readonly periodicity = computed(() =>
    PERIODICITY_LABELS[this.indicator().periodicity].toLowerCase(),
  );
  /** "T3 2026": the period the chosen day falls in. */
  protected readonly periodText = computed(() => {
    const period = this.form().period;
    return isPlausibleDate(period)
      ? periodLabel(period, this.indicator().periodicity)
      : null;
  });
  /** The territory select is shown for regional indicators only. */
  protected readonly territories = computed(() => {
    const scopes = this.scopes();
    const options = scopes.regions.map((region) => ({
      value: region.code,
      label: region.name,
    }));
    return scopes.national.allowed
      ? [{ value: '', label: 'National' }, ...options]
      : options;
  });

  ngOnInit(): void {
    // The first territory the user may enter: national, or their region for an ARS liaison.
    this.set('regionCode', this.territories()[0]?.value ?? '');
  }

  protected set(field: MeasurementField, value: string): void {
    this.form.update((form) => ({ ...form, [field]: value }));
    this.serverErrors.update(({ [field]: _stale, ...others }) => others);
    this.done.set(false);
  }

  protected valueOf(event: Event): string {
    return (event.target as HTMLInputElement | HTMLSelectElement).value;
  }

  protected submit(event: Event): void {
    event.preventDefault();
    if (this.pending()) return;
    this.submitted.set(true);
    this.serverErrors.set({});
    this.apiError.set(null);
    this.done.set(false);
    if (this.focusFirstError(validateMeasurement(this.form()))) return;
    this.pending.set(true);
    this.api
      .addMeasurement(this.indicator().id, toMeasurementRequest(this.form()))
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (measurement) => {
          this.pending.set(false);
          this.submitted.set(false);
          this.form.update((form) => ({ ...form, value: '' }));
          this.done.set(true);
          this.saved.emit(measurement);
        },
        error: (error: unknown) => {
          this.pending.set(false);
          this.serverErrors.set(measurementFieldErrors(error));
          if (!this.focusFirstError(this.serverErrors())) {
            this.apiError.set(apiErrorMessage(error));
          }
        },
      });
  }

  private focusFirstError(errors: MeasurementErrors): boolean {
    const first = (['period', 'value', 'regionCode'] as const).find(
      (field) => errors[field],
    );
    if (!first) return false;
    afterNextRender(
      () =>
        this.host.nativeElement
          .querySelector<HTMLElement>(`#${FIELD_IDS[first]}`)
          ?.focus(),
      { injector: this.injector },
    );
    return true;
  }
}
