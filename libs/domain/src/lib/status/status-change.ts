import { STATUS_SEVERITY, type Status } from './status';

/**
 * The rules of a change of météo, for an action's status update and for a regional deployment
 * alike: "terminée" means 100 %, and a worse météo needs a narrative. The API's services and the
 * web forms call this one function, so both sides refuse the same changes with the same words.
 */
export type StatusChangeSubject = 'action' | 'deployment';

export interface StatusChange {
  /** The météo before the change. */
  previous: Status;
  status: Status;
  progress: number;
  narrative: string | null | undefined;
}

export type StatusChangeField = 'progress' | 'narrative';
export type StatusChangeErrors = Partial<Record<StatusChangeField, string>>;

// A no-break space before "%", as French typography wants.
export const STATUS_CHANGE_MESSAGES = {
  doneMeans100: {
    action: 'Une action terminée est avancée à 100\u00a0%.',
    deployment: 'Un déploiement terminé est avancé à 100\u00a0%.',
  },
  narrativeRequired: 'Expliquez pourquoi la météo se dégrade.',
} as const;

/** Whether going from `previous` to `next` makes the météo worse. */
export function isWorseStatus(next: Status | null, previous: Status): boolean {
  return next !== null && STATUS_SEVERITY[next] > STATUS_SEVERITY[previous];
}

/** The change's faults by field; empty when it may be written. */
export function statusChangeErrors(change: StatusChange, subject: StatusChangeSubject): StatusChangeErrors {
  const errors: StatusChangeErrors = {};
  if (change.status === 'done' && change.progress !== 100) {
    errors.progress = STATUS_CHANGE_MESSAGES.doneMeans100[subject];
  }
  if (isWorseStatus(change.status, change.previous) && !change.narrative?.trim()) {
    errors.narrative = STATUS_CHANGE_MESSAGES.narrativeRequired;
  }
  return errors;
}
