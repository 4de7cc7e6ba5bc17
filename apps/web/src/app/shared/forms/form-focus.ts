import type { FieldErrors } from './field-errors';

const CONTROLS = 'input, select, textarea, button';

/**
 * Puts the focus on the control of the form's first faulty field, the fields taken in the order
 * of `ids` (field → id of its control, as the form lays them out). When the id is a group's (a
 * fieldset of radios), its checked radio gets the focus, else its first control. False when no
 * field is faulty, so that a submit handler can go on.
 */
export function focusFirstError<F extends string>(
  root: HTMLElement,
  errors: FieldErrors<F>,
  ids: Readonly<Record<F, string>>,
): boolean {
  const field = (Object.keys(ids) as F[]).find(
    (candidate) => errors[candidate],
  );
  if (!field) {
    return false;
  }
  const target = root.querySelector<HTMLElement>(`#${ids[field]}`);
  const control = target?.matches(CONTROLS)
    ? target
    : (target?.querySelector<HTMLElement>('input:checked') ??
      target?.querySelector<HTMLElement>(CONTROLS));
  control?.focus();
  return true;
}
