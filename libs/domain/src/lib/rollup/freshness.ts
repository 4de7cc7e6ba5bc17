import type { IsoDate, IsoDateTime } from '../api/payloads';
import { parseIsoDate } from '../dates/dates';
import { DomainError } from '../errors/domain-error';
import { isClosed, type Status } from '../status/status';

export interface UpdateFacts {
  status: Status;
  lastUpdateAt: IsoDateTime | null;
}

/**
 * "À mettre à jour" (DESIGN §3): while a cycle is open (`cycleOpenedOn` not null), an action that
 * is neither done nor abandoned and has had no update since the cycle opened. The cycle opens at
 * 00:00 UTC on its opening day, consistent with dates being UTC calendar days.
 */
export function needsUpdate(
  action: UpdateFacts,
  cycleOpenedOn: IsoDate | null,
): boolean {
  if (cycleOpenedOn === null || isClosed(action.status)) return false;
  if (action.lastUpdateAt === null) return true;
  const updatedAt = Date.parse(action.lastUpdateAt);
  if (Number.isNaN(updatedAt)) {
    throw new DomainError(
      'invalid_date',
      `Date invalide : « ${action.lastUpdateAt} ».`,
    );
  }
  return updatedAt < parseIsoDate(cycleOpenedOn).getTime();
}
