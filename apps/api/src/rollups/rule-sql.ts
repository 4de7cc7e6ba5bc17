/**
 * The rules of DESIGN §3 that SQL needs, as expressions over an action's columns, written once for
 * the roll-up and the action list. `libs/domain` states the same rules (`elapsedShare`, `isOverdue`,
 * `needsUpdate`); rollup-sql.spec.ts and actions.spec.ts hold the SQL to them.
 */
export interface ActionColumnsSql {
  start: string;
  due: string;
  status: string;
  lastUpdate: string;
}

/** Done or abandoned: nothing more is expected of the action. */
export const closedSql = (c: Pick<ActionColumnsSql, 'status'>) => `${c.status} IN ('done', 'abandoned')`;

/** Elapsed share of the action's duration at `asOf`, 0..100, unrounded; null without both dates. */
export const expectedProgressSql = (c: ActionColumnsSql, asOf: string) => `(CASE
  WHEN ${c.start} IS NULL OR ${c.due} IS NULL THEN NULL
  WHEN ${c.due} <= ${c.start} THEN CASE WHEN ${asOf}::date >= ${c.due} THEN 100 ELSE 0 END
  ELSE least(100, greatest(0, (${asOf}::date - ${c.start}) * 100.0 / (${c.due} - ${c.start}))) END)`;

/** The due date has passed (strictly) and the action is neither done nor abandoned. */
export const overdueSql = (c: ActionColumnsSql, asOf: string) => `(${c.due} < ${asOf}::date AND NOT ${closedSql(c)})`;

/** "À mettre à jour": a cycle is open and the action has had no update since it opened (00:00 UTC). */
export const staleSql = (c: ActionColumnsSql, cycleOpenedOn: string) => `(NOT ${closedSql(c)} AND ${cycleOpenedOn} IS NOT NULL
  AND (${c.lastUpdate} IS NULL OR ${c.lastUpdate} < (${cycleOpenedOn}::timestamp AT TIME ZONE 'UTC')))`;
