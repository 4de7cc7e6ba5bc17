import {
  STATUS_LABELS,
  STATUS_SEVERITY,
  type ActionDetail,
  type Status,
  type StatusUpdateRequest,
} from '@boussole/domain';

/** Client-side checks of the "Mettre à jour l’action" form, with the French messages it shows. */

export type UpdateField =
  | 'status'
  | 'progress'
  | 'narrative'
  | 'nextSteps'
  | 'blockers';

export type UpdateErrors = Partial<Record<UpdateField, string>>;

/** Field → id of its control, in the order of the form (the first faulty one gets the focus). */
export const FIELD_IDS: Readonly<Record<UpdateField, string>> = {
  status: 'meteo',
  progress: 'avancement',
  narrative: 'point-avancement',
  nextSteps: 'prochaines-etapes',
  blockers: 'points-blocage',
};
export const UPDATE_FIELDS = Object.keys(FIELD_IDS) as UpdateField[];

/** What the form holds: the progress as typed, so that a wrong entry can be shown and fixed. */
export interface UpdateFormValue {
  status: Status | null;
  progress: string;
  narrative: string;
  nextSteps: string;
  blockers: string;
}

export const UPDATE_MESSAGES = {
  statusRequired: 'Choisissez la météo de l’action.',
  progressInvalid: 'L’avancement doit être un nombre entier entre 0 et 100.',
  // A no-break space before "%", as French typography wants.
  doneMeans100: 'Une action terminée est avancée à 100\u00a0%.',
  narrativeRequired: 'Expliquez pourquoi la météo se dégrade.',
} as const;

/** Whether going from `current` to `next` makes the météo worse (a narrative is then required). */
export function isWorse(next: Status | null, current: Status): boolean {
  return next !== null && STATUS_SEVERITY[next] > STATUS_SEVERITY[current];
}

/** The hint of the narrative field: whether it is required, and why. */
export function narrativeHint(worse: boolean, current: Status): string {
  return worse
    ? `Obligatoire : la météo choisie est moins bonne que « ${STATUS_LABELS[current]} ». Expliquez pourquoi.`
    : 'Ce qui a avancé depuis le dernier point. Obligatoire si la météo se dégrade.';
}

/** The typed progress as an integer 0..100, or null when it is not one. */
export function parseProgress(text: string): number | null {
  const value = text.trim();
  if (!/^\d{1,3}$/.test(value)) {
    return null;
  }
  const progress = Number(value);
  return progress <= 100 ? progress : null;
}

/** The form's errors, by field; empty when the update may be sent. */
export function validateUpdate(
  value: UpdateFormValue,
  currentStatus: Status,
): UpdateErrors {
  const errors: UpdateErrors = {};
  if (value.status === null) {
    errors.status = UPDATE_MESSAGES.statusRequired;
  }
  const progress = parseProgress(value.progress);
  if (progress === null) {
    errors.progress = UPDATE_MESSAGES.progressInvalid;
  } else if (value.status === 'done' && progress !== 100) {
    errors.progress = UPDATE_MESSAGES.doneMeans100;
  }
  if (isWorse(value.status, currentStatus) && !value.narrative.trim()) {
    errors.narrative = UPDATE_MESSAGES.narrativeRequired;
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
