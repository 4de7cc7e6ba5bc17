import type { MilestoneFact } from '@boussole/domain';
import { EntityManager } from 'typeorm';
import type { RequestUser } from '../auth/request-user';
import { lockActionRow, type LockedAction } from './action-lock';

/** The locked action, with what its new standing is computed from (the answer is not read again). */
export interface ActionForUpdate extends LockedAction {
  cycle_opened_on: string | null;
  milestones: MilestoneFact[];
}

/**
 * `lockActionForWrite` for a status update: the same row lock, right and plan checks, in the same
 * round trip the action's milestones and its open cycle's start, so that the answer's signals are
 * computed without another query. The validated axis is asked in the write's own statement.
 */
export function lockActionForUpdate(manager: EntityManager, id: number, user: RequestUser): Promise<ActionForUpdate> {
  return lockActionRow<ActionForUpdate>(
    manager,
    id,
    user,
    `c.opens_on AS cycle_opened_on,
     coalesce((SELECT json_agg(json_build_object('plannedDate', m.planned_date, 'done', m.done, 'title', m.title)
                               ORDER BY m.planned_date, m.position, m.id)
                 FROM milestones m WHERE m.action_id = a.id), '[]') AS milestones`,
  );
}
