import {
  PASSWORD_MESSAGES as RULE_MESSAGES,
  passwordRuleMessage,
} from '@boussole/domain';
import { domainText } from '../../core/i18n/domain-text';

/**
 * The client-side checks of the password forms, with their messages. The rules of the
 * password itself are the domain's (the API's own words); the API adds the guessability check
 * and has the last word: its field message is always shown.
 */

/** What the new password's field says under its label. */
export const PASSWORD_RULES_HINT = domainText(RULE_MESSAGES.hint);

export const PASSWORD_MESSAGES = {
  confirmationRequired: $localize`Saisissez de nouveau le mot de passe.`,
  confirmationMismatch: $localize`Les deux mots de passe ne sont pas identiques.`,
  currentRequired: $localize`Saisissez votre mot de passe actuel.`,
  sameAsCurrent:
    $localize`Le nouveau mot de passe doit être différent du mot de passe actuel.`,
} as const;

/** The fault of a new password for the account of `email`, or null. */
export function newPasswordError(
  password: string,
  email: string,
): string | null {
  return domainText(passwordRuleMessage(password, { email }));
}

export function confirmationError(
  password: string,
  confirmation: string,
): string | null {
  if (!confirmation) return PASSWORD_MESSAGES.confirmationRequired;
  return confirmation === password
    ? null
    : PASSWORD_MESSAGES.confirmationMismatch;
}
