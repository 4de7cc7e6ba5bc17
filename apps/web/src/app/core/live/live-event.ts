/**
 * What `GET /api/events` sends (the event's name is its payload's `type`): the same names as the
 * API's events service. A data event names the action it is about; a structure event the record.
 */
export interface LiveDataEvent {
  type:
    | 'action.updated'
    | 'action.edited'
    | 'milestone.changed'
    | 'deployment.updated'
    | 'comment.changed'
    | 'measurement.added';
  planId: number;
  actionId: number;
}

export interface LiveStructureEvent {
  type:
    | 'plan.changed'
    | 'structure.changed'
    | 'indicator.changed'
    | 'cycle.changed';
  planId: number;
  /** The record written, e.g. `axis:12`, `action:40`, `cycle:7`. */
  record: string;
}

/** Why the server closed the stream of a session. */
export type SessionEndReason = 'signed_out' | 'expired' | 'deactivated';

export type LiveEvent = LiveDataEvent | LiveStructureEvent;

export const DATA_EVENT_TYPES: readonly LiveDataEvent['type'][] = [
  'action.updated',
  'action.edited',
  'milestone.changed',
  'deployment.updated',
  'comment.changed',
  'measurement.added',
];

export const STRUCTURE_EVENT_TYPES: readonly LiveStructureEvent['type'][] = [
  'plan.changed',
  'structure.changed',
  'indicator.changed',
  'cycle.changed',
];

export function isDataEvent(event: LiveEvent): event is LiveDataEvent {
  return (DATA_EVENT_TYPES as readonly string[]).includes(event.type);
}

/** What a screen refreshes for: an event, or "refetch everything" after a gap in the stream. */
export type LiveChange = LiveEvent | { type: 'refetch' };

/** The action an event is about, whatever its kind (`action:40` for a structure event). */
export function actionIdOf(event: LiveEvent): number | null {
  if (isDataEvent(event)) return event.actionId;
  const match = /^action:(\d+)$/.exec(event.record);
  return match ? Number(match[1]) : null;
}

/** The notice of the sign-in page once the server ended the session. */
export function sessionEndedNotice(reason: SessionEndReason | null): string {
  switch (reason) {
    case 'expired':
      return $localize`Votre session a expiré\u00a0: reconnectez-vous.`;
    case 'deactivated':
      return $localize`Votre compte a été désactivé\u00a0: votre session a pris fin.`;
    case 'signed_out':
      return $localize`Vous avez été déconnecté depuis un autre onglet ou appareil\u00a0: reconnectez-vous.`;
    default:
      return $localize`Votre session a pris fin\u00a0: reconnectez-vous.`;
  }
}
