import {
  STATUS_CHANGE_MESSAGES,
  type DeploymentPatchRequest,
  type DeploymentPayload,
  type Status,
} from '@boussole/domain';
import { domainText } from '../../core/i18n/domain-text';
import { numberText } from '../../core/i18n/page-format';
import { PROGRESS_INVALID, parseProgress, type FieldErrors } from '../forms';
import {
  narrativeHint,
  statusChangeFormErrors,
  type StatusChangeFormField,
  type StatusChangeFormValue,
} from '../forms/status-change-form';

/** Client-side checks of the deployment form, with the messages it shows (as the API's), in the page's language. */

export type DeploymentField = StatusChangeFormField;
export type DeploymentErrors = FieldErrors<DeploymentField>;

/** Field → id of its control, in the order of the form (the first faulty one gets the focus). */
export const DEPLOYMENT_FIELD_IDS: Readonly<Record<DeploymentField, string>> = {
  status: 'deploiement-meteo',
  progress: 'deploiement-avancement',
  narrative: 'deploiement-narratif',
};

export const NARRATIVE_MAX_LENGTH = 5000;

export const DEPLOYMENT_MESSAGES = {
  statusRequired: $localize`Choisissez la météo du déploiement.`,
  progressInvalid: PROGRESS_INVALID,
  doneMeans100: domainText(STATUS_CHANGE_MESSAGES.doneMeans100.deployment),
  narrativeRequired: domainText(STATUS_CHANGE_MESSAGES.narrativeRequired),
  narrativeTooLong: $localize`Le commentaire de déploiement est limité à ${numberText(NARRATIVE_MAX_LENGTH)}:MAX: caractères.`,
} as const;

/** What the form holds: the progress as typed, so that a wrong entry can be shown and fixed. */
export type DeploymentFormValue = StatusChangeFormValue;

/** A new report, before anything is chosen or typed. */
export const EMPTY_DEPLOYMENT_FORM: Readonly<DeploymentFormValue> = {
  status: null,
  progress: '',
  narrative: '',
};

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
  return narrativeHint(
    worse,
    current,
    $localize`Où en est le déploiement dans la région. Obligatoire si la météo se dégrade.`,
  );
}

/** The form's errors, by field; empty when the deployment may be sent. */
export function validateDeployment(
  value: DeploymentFormValue,
  currentStatus: Status,
): DeploymentErrors {
  const errors = statusChangeFormErrors(
    value,
    currentStatus,
    'deployment',
    DEPLOYMENT_MESSAGES.statusRequired,
  );
  if (
    !errors.narrative &&
    value.narrative.trim().length > NARRATIVE_MAX_LENGTH
  ) {
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
