import type { IsoDate } from '../api/payloads';
import { compareIsoDates } from '../dates/dates';
import { isClosed, type Status } from '../status/status';

export interface DatedStatus {
  status: Status;
  dueDate: IsoDate | null;
}

/**
 * Overdue (DESIGN §3): the due date is strictly before `asOf` (the due date itself is still in
 * time) and the action is neither done nor abandoned.
 */
export function isOverdue(action: DatedStatus, asOf: IsoDate): boolean {
  return (
    action.dueDate !== null &&
    compareIsoDates(action.dueDate, asOf) < 0 &&
    !isClosed(action.status)
  );
}

/** The status to count and show: an overdue action is `late` whatever its declared status says. */
export function effectiveStatus(action: DatedStatus, asOf: IsoDate): Status {
  return isOverdue(action, asOf) ? 'late' : action.status;
}
