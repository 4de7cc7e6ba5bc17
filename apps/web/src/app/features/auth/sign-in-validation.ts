import { HttpErrorResponse } from '@angular/common/http';
import { apiErrorMessage, isApiError } from '../../core/http/api-error';
import type { FieldErrors } from '../../shared/forms';

/** Client-side checks of the sign-in form, with the French messages the form shows. */

// Deliberately loose: the API has the last word; this only catches obvious typing mistakes.
const EMAIL_FORMAT = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const SIGN_IN_MESSAGES = {
  emailRequired: $localize`Saisissez votre adresse électronique.`,
  emailFormat:
    $localize`Le format de l’adresse électronique est incorrect. Format attendu : nom@domaine.fr`,
  passwordRequired: $localize`Saisissez votre mot de passe.`,
  /** Shown if the API refuses the credentials without a message of its own. */
  rejected: $localize`Adresse électronique ou mot de passe incorrect.`,
  failed: $localize`La connexion a échoué. Réessayez dans quelques instants.`,
} as const;

export function emailError(email: string): string | null {
  const value = email.trim();
  if (!value) {
    return SIGN_IN_MESSAGES.emailRequired;
  }
  return EMAIL_FORMAT.test(value) ? null : SIGN_IN_MESSAGES.emailFormat;
}

export function passwordError(password: string): string | null {
  return password ? null : SIGN_IN_MESSAGES.passwordRequired;
}

export interface SignInFormValue {
  email: string;
  password: string;
}

export type SignInField = keyof SignInFormValue;

/** Field → id of its control, in the order of the form (the first faulty one gets the focus). */
export const SIGN_IN_FIELD_IDS: Readonly<Record<SignInField, string>> = {
  email: 'email',
  password: 'mot-de-passe',
};

export function validateSignIn(
  value: SignInFormValue,
): FieldErrors<SignInField> {
  const errors: FieldErrors<SignInField> = {};
  const email = emailError(value.email);
  const password = passwordError(value.password);
  if (email) errors.email = email;
  if (password) errors.password = password;
  return errors;
}

/** The French message for a refused sign-in: the API's own, or ours for a bare 401. */
export function signInErrorMessage(error: unknown): string {
  if (
    error instanceof HttpErrorResponse &&
    error.status === 401 &&
    !isApiError(error.error)
  ) {
    return SIGN_IN_MESSAGES.rejected;
  }
  return apiErrorMessage(error, SIGN_IN_MESSAGES.failed);
}
