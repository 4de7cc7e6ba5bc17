import { HttpErrorResponse } from '@angular/common/http';
import {
  STATUS_LABELS,
  type DeploymentPatchRequest,
  type DeploymentPayload,
  type Status,
} from '@boussole/domain';
import { isApiError } from '../../../core/http/api-error';
import { isWorse, parseProgress } from './update-form-validation';

/** Client-side checks of the deployment form, with the French messages it shows (as the API's). */

export type DeploymentField = 'status' | 'progress' | 'narrative';
export type DeploymentErrors = Partial<Record<DeploymentField, string>>;

/** Field → id of its control, in the order of the form (the first faulty one gets the focus). */
export const DEPLOYMENT_FIELD_IDS: Readonly<Record<DeploymentField, string>> = {
  status: 'deploiement-meteo',
  progress: 'deploiement-avancement',
  narrative: 'deploiement-narratif',
};
const FIELDS = Object.keys(DEPLOYMENT_FIELD_IDS) as DeploymentField[];

export const NARRATIVE_MAX_LENGTH = 5000;

export const DEPLOYMENT_MESSAGES = {
  statusRequired: 'Choisissez la météo du déploiement.',
  progressInvalid: 'L’avancement doit être un nombre entier entre 0 et 100.',
  // A no-break space before "%", as French typography wants.
  doneMeans100: 'Un déploiement terminé est avancé à 100\u00a0%.',
  narrativeRequired: 'Expliquez pourquoi la météo se dégrade.',
  narrativeTooLong:
    'Le commentaire de déploiement est limité à 5\u202f000 caractères.',
} as const;

/** What the form holds: the progress as typed, so that a wrong entry can be shown and fixed. */
export interface DeploymentFormValue {
  status: Status | null;
  progress: string;
  narrative: string;
}

/** The form filled with the deployment as it is. */
export function deploymentFormValueOf(
  deployment: DeploymentPayload,
): DeploymentFormValue {
  return {
    status: deployment.status,
    progress: String(deployment.progress),
    narrative: deployment.narrative ?? '',
  };
}

/** The hint of the narrative field: whether it is required, and why. */
export function deploymentNarrativeHint(
  worse: boolean,
  current: Status,
): string {
  return worse
    ? `Obligatoire : la météo choisie est moins bonne que « ${STATUS_LABELS[current]} ». Expliquez pourquoi.`
    : 'Où en est le déploiement dans la région. Obligatoire si la météo se dégrade.';
}

/** The form's errors, by field; empty when the deployment may be sent. */
export function validateDeployment(
  value: DeploymentFormValue,
  currentStatus: Status,
): DeploymentErrors {
  const errors: DeploymentErrors = {};
  if (value.status === null) {
    errors.status = DEPLOYMENT_MESSAGES.statusRequired;
  }
  const progress = parseProgress(value.progress);
  if (progress === null) {
    errors.progress = DEPLOYMENT_MESSAGES.progressInvalid;
  } else if (value.status === 'done' && progress !== 100) {
    errors.progress = DEPLOYMENT_MESSAGES.doneMeans100;
  }
  if (isWorse(value.status, currentStatus) && !value.narrative.trim()) {
    errors.narrative = DEPLOYMENT_MESSAGES.narrativeRequired;
  } else if (value.narrative.trim().length > NARRATIVE_MAX_LENGTH) {
    errors.narrative = DEPLOYMENT_MESSAGES.narrativeTooLong;
  }
  return errors;
}

/** The request body of a valid form; an emptied narrative clears it. */
export function toDeploymentRequest(
  value: DeploymentFormValue,
  version: number,
): DeploymentPatchRequest & { version: number } {
  return {
    status: value.status ?? 'not_started',
    progress: parseProgress(value.progress) ?? 0,
    narrative: value.narrative.trim() || null,
    version,
  };
}

/** The deployment as it is now, from a 409 about a stale version; null for any other failure. */
export function deploymentConflictOf(error: unknown): DeploymentPayload | null {
  if (!(error instanceof HttpErrorResponse) || error.status !== 409) {
    return null;
  }
  const body: unknown = error.error;
  const current: unknown = isApiError(body)
    ? (body as { current?: unknown }).current
    : null;
  return typeof current === 'object' && current !== null
    ? (current as DeploymentPayload)
    : null;
}

/** The API's messages about the form's fields (a 400's `fields`), by field. */
export function deploymentFieldErrorsOf(error: unknown): DeploymentErrors {
  const body: unknown = error instanceof HttpErrorResponse ? error.error : null;
  if (!isApiError(body) || !body.fields) {
    return {};
  }
  const fields = body.fields;
  return Object.fromEntries(
    FIELDS.filter((field) => typeof fields[field] === 'string').map((field) => [
      field,
      fields[field],
    ]),
  );
}

/** Puts the focus on the first faulty field's control; false when no field is faulty. */
export function focusFirstDeploymentError(
  root: HTMLElement,
  errors: DeploymentErrors,
): boolean {
  const field = FIELDS.find((candidate) => errors[candidate]);
  if (!field) {
    return false;
  }
  const selector =
    field === 'status'
      ? 'input[name=deploiement-meteo]:checked, input[name=deploiement-meteo]'
      : `#${DEPLOYMENT_FIELD_IDS[field]}`;
  root.querySelector<HTMLElement>(selector)?.focus();
  return true;
}
