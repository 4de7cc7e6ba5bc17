import { can, type ActionDetail, type PlanState } from '@boussole/domain';
import { EntityManager } from 'typeorm';
import { AppError, forbidden, notFound } from '../common/errors/app-error';
import type { RequestUser } from '../auth/request-user';
import { toActor } from '../auth/request-user';
import { assertAxisOpen } from '../cycles/axis-lock';
import { assertPlanWritable } from '../plans/plan-writable';

export interface LockedAction {
  id: number;
  plan_id: number;
  axis_id: number;
  unit_code: string;
  status: ActionDetail['status'];
  progress: number;
  version: number;
  title: string;
  description: string | null;
  start_date: string | null;
  due_date: string | null;
  weight: number;
  owner_id: number | null;
  last_update_at: Date | null;
  code: string;
  objective_id: number;
  regional: boolean;
  position: number;
  plan_state: PlanState;
  axis_number: number;
}

/**
 * Locks the action's row for the rest of the transaction, so concurrent writers queue up and each
 * sees the version the previous one wrote: no update is ever lost. Then checks the writer's right
 * on this action (its unit) with the shared policy, and refuses an action of an archived plan or
 * of an axis validated for the open cycle (asked once the lock is held: see `cycles/axis-lock.ts`).
 */
export async function lockActionForWrite(
  manager: EntityManager,
  id: number,
  user: RequestUser,
): Promise<LockedAction> {
  // (A status update locks, checks and writes in one SQL function: status-update-lock.ts.)
  const [action]: LockedAction[] = await manager.query(
    `SELECT a.id, a.plan_id, a.axis_id, un.code AS unit_code, a.status, a.progress, a.version, a.title, a.description,
            a.start_date, a.due_date, a.weight::float8 AS weight, a.owner_id, a.last_update_at, ax.number AS axis_number,
            a.code, a.objective_id, a.regional, a.position, p.state AS plan_state
       FROM actions a JOIN units un ON un.id = a.unit_id JOIN axes ax ON ax.id = a.axis_id JOIN plans p ON p.id = a.plan_id
      WHERE a.id = $1 FOR UPDATE OF a`,
    [id],
  );
  if (!action) throw notFound('Action');
  const decision = can(toActor(user), 'action.update', { unitCode: action.unit_code });
  if (!decision.allowed) throw forbidden(decision.reason);
  assertPlanWritable(action.plan_state);
  await assertAxisOpen(manager, action.axis_id);
  return action;
}

/** A write based on another version than the current one is refused with the action as it is now. */
export function assertVersion(expected: number, action: Pick<LockedAction, 'version'>, current: () => Promise<ActionDetail>): Promise<void> {
  if (expected === action.version) return Promise.resolve();
  return current().then((detail) => {
    throw new AppError(
      'conflict',
      `Cette action a été modifiée entre-temps (version ${action.version}, vous aviez la version ${expected}). Rechargez-la avant d’enregistrer.`,
      { current: detail },
    );
  });
}
