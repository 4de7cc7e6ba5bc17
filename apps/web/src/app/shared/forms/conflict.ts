import { HttpErrorResponse } from '@angular/common/http';
import { isApiError } from '../../core/http/api-error';

/**
 * The record as someone else saved it, from a 409 about a stale version (the API sends it as
 * `current`); null for any other failure, a 409 without `current` included (an axis locked for
 * the cycle, an archived plan): those are shown as the alert's message.
 */
export function conflictCurrent<T extends object>(error: unknown): T | null {
  if (!(error instanceof HttpErrorResponse) || error.status !== 409) {
    return null;
  }
  const body: unknown = error.error;
  const current: unknown = isApiError(body)
    ? (body as { current?: unknown }).current
    : null;
  return typeof current === 'object' && current !== null
    ? (current as T)
    : null;
}
