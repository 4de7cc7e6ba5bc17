import type { ProConnectRefusal } from '@boussole/domain';

/**
 * What the sign-in page says when the API's ProConnect callback sent the browser back with
 * `?proconnect=<code>`: what happened, and what to do. Every code of the API has its message (the
 * type makes a missing one a build error).
 */
export const PROCONNECT_MESSAGES: Record<ProConnectRefusal, string> = {
  indisponible:
    $localize`ProConnect ne répond pas pour le moment\u00a0: réessayez dans quelques minutes, ou connectez-vous avec votre adresse électronique et votre mot de passe.`,
  expiree:
    $localize`Votre connexion par ProConnect a expiré ou a déjà servi\u00a0: cliquez de nouveau sur «\u00a0S’identifier avec ProConnect\u00a0».`,
  verification:
    $localize`La réponse de ProConnect n’a pas pu être vérifiée\u00a0: recommencez la connexion\u00a0; si le problème persiste, prévenez l’administration de Boussole.`,
  code: $localize`Le délai pour revenir de ProConnect est dépassé\u00a0: recommencez la connexion.`,
  annulee:
    $localize`La connexion par ProConnect a été annulée ou refusée\u00a0: recommencez, ou connectez-vous avec votre adresse électronique et votre mot de passe.`,
  'compte-inconnu':
    $localize`Aucun compte Boussole n’est ouvert pour cette adresse\u00a0: demandez à un administrateur de vous en créer un.`,
  'compte-inactif':
    $localize`Votre compte Boussole est désactivé\u00a0: demandez à un administrateur de le réactiver.`,
  'compte-lie':
    $localize`Ce compte Boussole est déjà relié à une autre identité ProConnect\u00a0: demandez à un administrateur de vérifier votre compte.`,
};

/** The message of a refusal code from the URL, or null for none (or a code this page does not know). */
export function proconnectMessage(code: string | null | undefined): string | null {
  return code && Object.hasOwn(PROCONNECT_MESSAGES, code)
    ? PROCONNECT_MESSAGES[code as ProConnectRefusal]
    : null;
}

/** The API's route that starts a ProConnect sign-in (a top-level navigation, not an XHR). */
export const PROCONNECT_LOGIN = '/api/auth/proconnect/login';
