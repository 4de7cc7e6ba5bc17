import { HttpErrorResponse } from '@angular/common/http';
import { isApiError } from '../../core/http/api-error';

/** A form's messages by field; a field without an entry is fine. */
export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/**
 * The API's messages about the form's own fields (a 400's `fields`), by field. Only the fields
 * named in `fields` are kept: a message about anything else belongs in the form's alert.
 */
export function apiFieldErrors<F extends string>(
  error: unknown,
  fields: readonly F[],
): FieldErrors<F> {
  const body: unknown = error instanceof HttpErrorResponse ? error.error : null;
  if (!isApiError(body) || !body.fields) {
    return {};
  }
  const messages = body.fields;
  const errors: FieldErrors<F> = {};
  for (const field of fields) {
    const message = messages[field];
    if (typeof message === 'string') errors[field] = message;
  }
  return errors;
}

/** The errors without `field`'s: what was said about a field no longer applies once it changes. */
export function withoutField<F extends string>(
  errors: FieldErrors<F>,
  field: string,
): FieldErrors<F> {
  if (!(field in errors)) return errors;
  const { [field as F]: _stale, ...others } = errors;
  return others as FieldErrors<F>;
}

/** Whether any field has a message. */
export function hasFieldErrors(errors: FieldErrors<string>): boolean {
  return Object.values(errors).some(Boolean);
}
