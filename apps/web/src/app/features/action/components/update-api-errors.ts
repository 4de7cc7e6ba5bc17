import { HttpErrorResponse } from '@angular/common/http';
import type { ConflictError } from '@boussole/domain';
import { isApiError } from '../../../core/http/api-error';
import { UPDATE_FIELDS, type UpdateErrors } from './update-form-validation';

/**
 * The body of a 409 about a stale version, which carries the action as it is now; null for any
 * other failure (a 409 because the axis is locked for the cycle has no `current`).
 */
export function conflictOf(error: unknown): ConflictError | null {
  if (!(error instanceof HttpErrorResponse) || error.status !== 409) {
    return null;
  }
  const body: unknown = error.error;
  const current = isApiError(body)
    ? (body as Partial<ConflictError>).current
    : null;
  return typeof current === 'object' && current !== null
    ? (body as ConflictError)
    : null;
}

/** The API's messages about the form's fields (a 400's `fields`), by field. */
export function fieldErrorsOf(error: unknown): UpdateErrors {
  const body: unknown = error instanceof HttpErrorResponse ? error.error : null;
  if (!isApiError(body) || !body.fields) {
    return {};
  }
  const fields = body.fields;
  return Object.fromEntries(
    UPDATE_FIELDS.filter((field) => typeof fields[field] === 'string').map(
      (field) => [field, fields[field]],
    ),
  );
}
