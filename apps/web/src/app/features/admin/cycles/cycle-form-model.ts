import type { CycleCreateRequest } from '@boussole/domain';
import { isPlausibleDate } from '../../../shared/dates';
import type { FieldErrors } from '../../../shared/forms';
import type { AdminCycle } from '../admin-types';

export type CycleField = 'label' | 'opensOn' | 'closesOn';

export interface CycleFormValue {
  label: string;
  opensOn: string;
  closesOn: string;
}

export const CYCLE_FIELD_IDS: Readonly<Record<CycleField, string>> = {
  label: 'campagne-libelle',
  opensOn: 'campagne-ouverture',
  closesOn: 'campagne-cloture',
};

export function cycleFormValueOf(cycle: AdminCycle | null): CycleFormValue {
  return {
    label: cycle?.label ?? '',
    opensOn: cycle?.opensOn ?? '',
    closesOn: cycle?.closesOn ?? '',
  };
}

/**
 * The API's own checks, in the page's language; overlapping another cycle of the plan is the API's to say (it
 * knows every cycle, the ones this page has not loaded yet included).
 */
export function validateCycle(form: CycleFormValue): FieldErrors<CycleField> {
  const errors: FieldErrors<CycleField> = {};
  const label = form.label.trim();
  if (label === '')
    errors.label = $localize`Indiquez le libellé de la campagne, par exemple «\u00a0T1 2026\u00a0».`;
  else if (label.length > 50)
    errors.label = $localize`Le libellé est limité à 50 caractères.`;
  if (!isPlausibleDate(form.opensOn)) {
    errors.opensOn = $localize`Indiquez la date d’ouverture, au format JJ/MM/AAAA.`;
  }
  if (!isPlausibleDate(form.closesOn)) {
    errors.closesOn = $localize`Indiquez la date de clôture, au format JJ/MM/AAAA.`;
  } else if (isPlausibleDate(form.opensOn) && form.closesOn < form.opensOn) {
    errors.closesOn = $localize`La date de clôture ne peut pas précéder la date d’ouverture.`;
  }
  return errors;
}

export function toCycleRequest(
  form: CycleFormValue,
  planId: number,
): CycleCreateRequest {
  return {
    planId,
    label: form.label.trim(),
    opensOn: form.opensOn,
    closesOn: form.closesOn,
  };
}
