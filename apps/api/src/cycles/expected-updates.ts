import { EntityManager } from 'typeorm';
import { closedSql } from '../rollups/rule-sql';

/**
 * The actions a cycle expects an update for ($1: the cycle's id), each with `received`.
 *
 * Expected: every action of the cycle's plan whose status was neither done nor abandoned when the
 * cycle opened. That status is the one of the latest status update made before the cycle's
 * opening day (an update filed in the cycle itself never counts, whatever its date); an action
 * without such an update (created after the cycle opened, or never reported on) takes its current
 * status, unless it got an update in this cycle: it was then open when the cycle asked for it, so
 * an action closed by its very first update stays expected (and received) instead of vanishing
 * from the figures. So an action created during the cycle is expected while it is not closed.
 * Received: an expected action with at least one status update filed in this cycle (`cycle_id`).
 */
export const EXPECTED_SQL = `
  WITH c AS (SELECT id, plan_id, opens_on FROM reporting_cycles WHERE id = $1),
  candidates AS (
    SELECT a.*, EXISTS (SELECT 1 FROM status_updates r WHERE r.action_id = a.id AND r.cycle_id = c.id) AS received,
           (SELECT u.status FROM status_updates u
             WHERE u.action_id = a.id AND u.created_at < c.opens_on AND u.cycle_id IS DISTINCT FROM c.id
             ORDER BY u.created_at DESC, u.id DESC LIMIT 1) AS opening_status
      FROM actions a JOIN c ON a.plan_id = c.plan_id
  )
  SELECT * FROM candidates
   WHERE NOT ${closedSql({ status: `COALESCE(opening_status, CASE WHEN received THEN 'not_started' ELSE status END)` })}`;

/** An action the cycle still expects an update from. */
export interface MissingUpdate {
  id: number;
  code: string;
  title: string;
  axisId: number;
  ownerId: number | null;
}

/**
 * The actions whose expected update has not come in the cycle (of one axis, when given), by the
 * completeness rule above, sorted by code, read on the caller's transaction: a validation counts
 * them under its locks, a reminder lists them under the cycle's lock.
 */
export async function missingUpdates(manager: EntityManager, cycleId: number, axisId: number | null = null): Promise<MissingUpdate[]> {
  const rows: MissingUpdate[] = await manager.query(
    `SELECT e.id, e.code, e.title, e.axis_id AS "axisId", e.owner_id AS "ownerId"
       FROM (${EXPECTED_SQL}) e WHERE NOT e.received AND ($2::int IS NULL OR e.axis_id = $2)`,
    [cycleId, axisId],
  );
  // Codes sort as numbers, part by part: 1.2.10 after 1.2.9.
  return rows.sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }));
}
