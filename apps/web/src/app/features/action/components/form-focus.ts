import {
  FIELD_IDS,
  UPDATE_FIELDS,
  type UpdateErrors,
} from './update-form-validation';

/**
 * Puts the focus on the control of the form's first faulty field (the first météo radio for the
 * météo); false when no field is faulty.
 */
export function focusFirstError(
  root: HTMLElement,
  errors: UpdateErrors,
): boolean {
  const field = UPDATE_FIELDS.find((candidate) => errors[candidate]);
  if (!field) {
    return false;
  }
  const selector =
    field === 'status' ? 'input[name=meteo]' : `#${FIELD_IDS[field]}`;
  root.querySelector<HTMLElement>(selector)?.focus();
  return true;
}
