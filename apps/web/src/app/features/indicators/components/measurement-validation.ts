import { HttpErrorResponse } from '@angular/common/http';
import {
  REGIONS,
  can,
  type Actor,
  type Decision,
  type IndicatorDetail,
  type MeasurementRequest,
  type RegionDefinition,
} from '@boussole/domain';
import { isPlausibleDate } from '../../../shared/dates';

export type MeasurementField = 'period' | 'value' | 'regionCode';
export type MeasurementErrors = Partial<Record<MeasurementField, string>>;

export interface MeasurementFormValue {
  period: string;
  value: string;
  /** '' for national. */
  regionCode: string;
}

/** What the user may enter for this indicator (DESIGN §4); the API has the final word. */
export interface MeasurementScopes {
  national: Decision;
  regions: readonly RegionDefinition[];
}

export function measurementScopes(
  actor: Actor | null,
  indicator: Pick<IndicatorDetail, 'regional'>,
  unitCode: string | null,
): MeasurementScopes {
  return {
    national: can(actor, 'action.update', { unitCode }),
    regions: indicator.regional
      ? REGIONS.filter(
          (region) =>
            can(actor, 'deployment.update', {
              unitCode,
              regionCode: region.code,
            }).allowed,
        )
      : [],
  };
}

/** The French errors of the form, by field; empty when it may be sent. */
export function validateMeasurement(
  form: MeasurementFormValue,
): MeasurementErrors {
  const errors: MeasurementErrors = {};
  if (form.period.trim() === '') {
    errors.period = 'Indiquez la période mesurée.';
  } else if (!isPlausibleDate(form.period)) {
    errors.period =
      'La période doit être une date valide, au format JJ/MM/AAAA.';
  }
  if (form.value.trim() === '') {
    errors.value = 'Indiquez la valeur mesurée.';
  } else if (!Number.isFinite(toNumber(form.value))) {
    errors.value = 'La valeur doit être un nombre, par exemple 12,5.';
  }
  return errors;
}

export function toMeasurementRequest(
  form: MeasurementFormValue,
): MeasurementRequest {
  return {
    period: form.period,
    value: toNumber(form.value),
    regionCode: form.regionCode || null,
  };
}

/** Accepts a French decimal comma as well as a point. */
function toNumber(text: string): number {
  const normalised = text.trim().replace(/\s/g, '').replace(',', '.');
  return normalised === '' ? Number.NaN : Number(normalised);
}

/** The faulty fields named by a 400 answer (`fields`). */
export function measurementFieldErrors(error: unknown): MeasurementErrors {
  if (!(error instanceof HttpErrorResponse) || error.status !== 400) return {};
  const fields =
    (error.error as { fields?: Record<string, unknown> } | null)?.fields ?? {};
  const errors: MeasurementErrors = {};
  for (const field of ['period', 'value', 'regionCode'] as const) {
    const message = fields[field];
    if (typeof message === 'string') errors[field] = message;
  }
  return errors;
}
