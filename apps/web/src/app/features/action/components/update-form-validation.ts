import {
  STATUS_CHANGE_MESSAGES,
  type ActionDetail,
  type Status,
  type StatusUpdateRequest,
} from '@boussole/domain';
import { domainText } from '../../../core/i18n/domain-text';
import {
  PROGRESS_INVALID,
  parseProgress,
  type FieldErrors,
} from '../../../shared/forms';
import {
  narrativeHint as statusNarrativeHint,
  statusChangeFormErrors,
} from '../../../shared/forms/status-change-form';

/** Client-side checks of the "Mettre à jour l’action" form, with the French messages it shows. */

export type UpdateField =
  | 'status'
  | 'progress'
  | 'narrative'
  | 'nextSteps'
  | 'blockers';

export type UpdateErrors = FieldErrors<UpdateField>;

/** Field → id of its control, in the order of the form (the first faulty one gets the focus). */
export const FIELD_IDS: Readonly<Record<UpdateField, string>> = {
  status: 'meteo',
  progress: 'avancement',
  narrative: 'point-avancement',
  nextSteps: 'prochaines-etapes',
  blockers: 'points-blocage',
};

/** What the form holds: the progress as typed, so that a wrong entry can be shown and fixed. */
export interface UpdateFormValue {
  status: Status | null;
  progress: string;
  narrative: string;
  nextSteps: string;
  blockers: string;
}

export const UPDATE_MESSAGES = {
  statusRequired: $localize`Choisissez la météo de l’action.`,
  progressInvalid: PROGRESS_INVALID,
  doneMeans100: STATUS_CHANGE_MESSAGES.doneMeans100.action,
  narrativeRequired: STATUS_CHANGE_MESSAGES.narrativeRequired,
} as const;

/** The hint of the narrative field: whether it is required, and why. */
export function narrativeHint(worse: boolean, current: Status): string {
  return statusNarrativeHint(
    worse,
    current,
    $localize`Ce qui a avancé depuis le dernier point. Obligatoire si la météo se dégrade.`,
  );
}

/** The form's errors, by field; empty when the update may be sent. */
export function validateUpdate(
  value: UpdateFormValue,
  currentStatus: Status,
): UpdateErrors {
  const errors: UpdateErrors = statusChangeFormErrors(
    value,
    currentStatus,
    'action',
    UPDATE_MESSAGES.statusRequired,
  );
  // The domain's rules speak French; the form's own messages pass through unchanged.
  for (const field of Object.keys(errors) as UpdateField[]) {
    errors[field] = domainText(errors[field]) ?? undefined;
  }
  return errors;
}

export const EMPTY_FORM: UpdateFormValue = {
  status: null,
  progress: '',
  narrative: '',
  nextSteps: '',
  blockers: '',
};

/** The form filled with the action's current météo and progress, the texts empty. */
export function formValueOf(action: ActionDetail): UpdateFormValue {
  return {
    status: action.status,
    progress: String(action.progress),
    narrative: '',
    nextSteps: '',
    blockers: '',
  };
}

/** The request body of a valid form; empty texts are left out. */
export function toRequest(
  value: UpdateFormValue,
  version: number,
): StatusUpdateRequest {
  const request: StatusUpdateRequest = {
    status: value.status ?? 'not_started',
    progress: parseProgress(value.progress) ?? 0,
    version,
  };
  const narrative = value.narrative.trim();
  const nextSteps = value.nextSteps.trim();
  const blockers = value.blockers.trim();
  if (narrative) request.narrative = narrative;
  if (nextSteps) request.nextSteps = nextSteps;
  if (blockers) request.blockers = blockers;
  return request;
}
