/** The closed vocabulary of an action's or deployment's status (the "météo"), DESIGN §2. */
export const STATUSES = ['not_started', 'on_track', 'at_risk', 'late', 'done', 'abandoned'] as const;

export type Status = (typeof STATUSES)[number];

export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  not_started: 'Non démarrée',
  on_track: 'En bonne voie',
  at_risk: 'À surveiller',
  late: 'En retard',
  done: 'Terminée',
  abandoned: 'Abandonnée',
};

export function isStatus(value: unknown): value is Status {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}

/** Statuses after which an action is closed: no update is expected any more. */
export const CLOSED_STATUSES: readonly Status[] = ['done', 'abandoned'];

export function isClosed(status: Status): boolean {
  return CLOSED_STATUSES.includes(status);
}

/**
 * How bad a status is, to tell whether an update makes things worse (a narrative is then required).
 * `done` and `abandoned` are endings, not a worsening.
 */
export const STATUS_SEVERITY: Readonly<Record<Status, number>> = {
  done: 0,
  on_track: 1,
  not_started: 1,
  at_risk: 2,
  late: 3,
  abandoned: 0,
};
