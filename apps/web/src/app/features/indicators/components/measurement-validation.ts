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
import { parseNumber, type FieldErrors } from '../../../shared/forms';

export type MeasurementField = 'period' | 'value' | 'regionCode';
export type MeasurementErrors = FieldErrors<MeasurementField>;

/** Field → id of its control, in the order of the form (the first faulty one gets the focus). */
export const MEASUREMENT_FIELD_IDS: Readonly<Record<MeasurementField, string>> =
  {
    period: 'mesure-periode',
    value: 'mesure-valeur',
    regionCode: 'mesure-territoire',
  };

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

/** The errors of the form, by field; empty when it may be sent. */
export function validateMeasurement(
  form: MeasurementFormValue,
): MeasurementErrors {
  const errors: MeasurementErrors = {};
  if (form.period.trim() === '') {
    errors.period = $localize`Indiquez la période mesurée.`;
  } else if (!isPlausibleDate(form.period)) {
    errors.period = $localize`La période doit être une date valide, au format JJ/MM/AAAA.`;
  }
  if (form.value.trim() === '') {
    errors.value = $localize`Indiquez la valeur mesurée.`;
  } else if (!Number.isFinite(parseNumber(form.value))) {
    errors.value = $localize`La valeur doit être un nombre, par exemple 12,5.`;
  }
  return errors;
}

export function toMeasurementRequest(
  form: MeasurementFormValue,
): MeasurementRequest {
  return {
    period: form.period,
    value: parseNumber(form.value),
    regionCode: form.regionCode || null,
  };
}
