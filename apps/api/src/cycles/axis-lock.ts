import { validatedAxisReason } from '@boussole/domain';
import { EntityManager } from 'typeorm';
import { AppError } from '../common/errors/app-error';

/*
 * The lock of an axis validated for its plan's open cycle (DESIGN §2, §4): every write that would
 * change the axis for the cycle is refused (409) with the one sentence of `validatedAxisReason`.
 *
 * Race-free by row locks, never by a lock on the axis per status update:
 * - a writer first locks the row it writes (the action, the deployment, the indicator), then asks
 *   here in a statement of its own. In READ COMMITTED a statement sees what was committed when it
 *   began, so a subquery in the very statement whose FOR UPDATE waited would still see no
 *   validation; the next statement sees the one that made it wait.
 * - a write that brings a record into an axis (a new action or indicator, a move) locks the
 *   target axis's row (`FOR KEY SHARE`, as its own foreign key would) before asking.
 * - a validation (`lockAxisForValidation`) locks the axis's row `FOR UPDATE` and every row those
 *   writers lock, before it counts the missing updates and freezes the axis: a writer either
 *   commits before the validation reads, or waits and then reads the validation.
 */

/**
 * The standing validation of the axis `axisId` (an SQL expression) for its plan's open cycle: at
 * most one row (one open cycle per plan, one standing validation per axis and cycle). Asked on its
 * own, or inside the status update's write statement.
 */
export function standingValidationSql(axisId: string): string {
  return `
  SELECT ax.number AS axis_number, c.label AS cycle_label
    FROM axis_validations v
    JOIN reporting_cycles c ON c.id = v.cycle_id AND c.state = 'open'
    JOIN axes ax ON ax.id = v.axis_id
   WHERE v.reopened_at IS NULL AND v.axis_id = ${axisId}`;
}

/** The axis an indicator belongs to, directly or through its objective or action; null for the plan's. */
const INDICATOR_AXIS_SQL = `
  SELECT coalesce(i.axis_id, o.axis_id, a.axis_id) AS axis_id
    FROM indicators i
    LEFT JOIN objectives o ON o.id = i.objective_id
    LEFT JOIN actions a ON a.id = i.action_id
   WHERE i.id = $1`;

/** Refuses (409) a write on a record of an axis validated for the open cycle; call it once the record's row is locked. */
export async function assertAxisOpen(manager: EntityManager, axisId: number): Promise<void> {
  const [standing]: { axis_number: number; cycle_label: string }[] = await manager.query(standingValidationSql('$1::int'), [axisId]);
  if (standing) throw new AppError('conflict', validatedAxisReason(standing.axis_number, standing.cycle_label));
}

/**
 * Before a record comes into an axis (created in it, or moved there): locks the axis's row so that
 * a validation running now either has counted the record or is seen by the check that follows.
 */
export async function lockAxisOpen(manager: EntityManager, axisId: number): Promise<void> {
  await manager.query(`SELECT 1 FROM axes WHERE id = $1 FOR KEY SHARE`, [axisId]);
  await assertAxisOpen(manager, axisId);
}

/** The axis of an indicator (null: the plan's own indicator, which no validation locks). */
async function indicatorAxis(manager: EntityManager, indicatorId: number): Promise<number | null> {
  const [row]: { axis_id: number | null }[] = await manager.query(INDICATOR_AXIS_SQL, [indicatorId]);
  return row?.axis_id ?? null;
}

/** Refuses (409) a write on an indicator of a validated axis; call it once the indicator's row is locked. */
export async function assertIndicatorOpen(manager: EntityManager, indicatorId: number): Promise<void> {
  const axisId = await indicatorAxis(manager, indicatorId);
  if (axisId !== null) await assertAxisOpen(manager, axisId);
}

/** The axis an indicator attached to this node belongs to (null: attached to the plan). */
export async function attachmentAxis(
  manager: EntityManager,
  attachment: { axisId: number | null; objectiveId: number | null; actionId: number | null },
): Promise<number | null> {
  if (attachment.axisId !== null) return attachment.axisId;
  if (attachment.objectiveId !== null) {
    const [row] = await manager.query(`SELECT axis_id FROM objectives WHERE id = $1`, [attachment.objectiveId]);
    return row?.axis_id ?? null;
  }
  if (attachment.actionId !== null) {
    const [row] = await manager.query(`SELECT axis_id FROM actions WHERE id = $1`, [attachment.actionId]);
    return row?.axis_id ?? null;
  }
  return null;
}

/**
 * The validation's side: locks the axis's row, then, in id order, its actions, their regional
 * deployments and the indicators attached to the axis, its objectives or its actions (the rows
 * their writers lock), so that nothing changes the axis between the count of its missing updates
 * and its frozen state. The caller holds the plan's row, so two validations never cross.
 */
export async function lockAxisForValidation(manager: EntityManager, axisId: number): Promise<void> {
  await manager.query(`SELECT 1 FROM axes WHERE id = $1 FOR UPDATE`, [axisId]);
  await manager.query(`SELECT 1 FROM actions WHERE axis_id = $1 ORDER BY id FOR UPDATE`, [axisId]);
  await manager.query(
    `SELECT 1 FROM regional_deployments d JOIN actions a ON a.id = d.action_id
      WHERE a.axis_id = $1 ORDER BY d.action_id, d.region_code FOR UPDATE OF d`,
    [axisId],
  );
  await manager.query(
    `SELECT 1 FROM indicators i
      WHERE i.axis_id = $1
         OR i.objective_id IN (SELECT id FROM objectives WHERE axis_id = $1)
         OR i.action_id IN (SELECT id FROM actions WHERE axis_id = $1)
      ORDER BY i.id FOR UPDATE OF i`,
    [axisId],
  );
}
