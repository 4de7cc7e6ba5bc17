import { HttpErrorResponse } from '@angular/common/http';
import type { ApiError } from '@boussole/domain';

export const DEFAULT_ERROR_MESSAGE = $localize`Une erreur inattendue est survenue. Réessayez dans quelques instants.`;

/** Whether a response body has the API's error shape `{ statusCode, error, message }`. */
export function isApiError(body: unknown): body is ApiError {
  if (typeof body !== 'object' || body === null) {
    return false;
  }
  const candidate = body as Partial<Record<keyof ApiError, unknown>>;
  return (
    typeof candidate.statusCode === 'number' && hasMessage(candidate.message)
  );
}

/**
 * The sentence to show for a failed request: the API's own `message` when it sent one (in the
 * request's language), otherwise a message chosen from the HTTP status, in the page's language.
 */
export function apiErrorMessage(
  error: unknown,
  fallback = DEFAULT_ERROR_MESSAGE,
): string {
  if (!(error instanceof HttpErrorResponse)) {
    return fallback;
  }
  if (isApiError(error.error)) {
    const message: unknown = error.error.message;
    return Array.isArray(message) ? message.join(' ') : String(message);
  }
  switch (error.status) {
    case 0:
      return $localize`Le service Boussole est injoignable. Vérifiez votre connexion puis réessayez.`;
    case 401:
      return $localize`Votre session a expiré. Reconnectez-vous.`;
    case 403:
      return $localize`Vous n’avez pas les droits nécessaires pour cette action.`;
    case 404:
      return $localize`L’élément demandé est introuvable.`;
    default:
      return fallback;
  }
}

/** The HTTP status of a failed request, or null when the error is not an HTTP one. */
export function apiErrorStatus(error: unknown): number | null {
  return error instanceof HttpErrorResponse ? error.status : null;
}

function hasMessage(message: unknown): boolean {
  return (
    (typeof message === 'string' && message.length > 0) ||
    (Array.isArray(message) &&
      message.every((part) => typeof part === 'string'))
  );
}
