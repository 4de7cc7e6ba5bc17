import { can, type MilestoneFact } from '@boussole/domain';
import { EntityManager } from 'typeorm';
import { toActor, type RequestUser } from '../auth/request-user';
import { forbidden, notFound } from '../common/errors/app-error';
import { assertPlanWritable } from '../plans/plan-writable';
import type { LockedAction } from './action-lock';

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
export async function lockActionForUpdate(manager: EntityManager, id: number, user: RequestUser): Promise<ActionForUpdate> {
  const [action]: ActionForUpdate[] = await manager.query(
    `SELECT a.id, a.plan_id, a.axis_id, un.code AS unit_code, a.status, a.progress, a.version, a.title, a.description,
            a.start_date, a.due_date, a.weight::float8 AS weight, a.owner_id, a.last_update_at, ax.number AS axis_number,
            a.code, a.objective_id, a.regional, a.position, p.state AS plan_state,
            c.id AS cycle_id, c.opens_on AS cycle_opened_on,
            coalesce((SELECT json_agg(json_build_object('plannedDate', m.planned_date, 'done', m.done, 'title', m.title)
                                      ORDER BY m.planned_date, m.position, m.id)
                        FROM milestones m WHERE m.action_id = a.id), '[]') AS milestones
       FROM actions a JOIN units un ON un.id = a.unit_id JOIN axes ax ON ax.id = a.axis_id JOIN plans p ON p.id = a.plan_id
       LEFT JOIN reporting_cycles c ON c.plan_id = a.plan_id AND c.state = 'open'
      WHERE a.id = $1 FOR UPDATE OF a`,
    [id],
  );
  if (!action) throw notFound('Action');
  const decision = can(toActor(user), 'action.update', { unitCode: action.unit_code });
  if (!decision.allowed) throw forbidden(decision.reason);
  assertPlanWritable(action.plan_state);
  return action;
}
