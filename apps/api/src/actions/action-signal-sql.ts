import { REGIONAL_LAGGARD_POINTS, SCHEDULE_GAP_THRESHOLD, type ActionListSignal } from '@boussole/domain';
import { closedSql, expectedProgressSql, overdueSql, staleSql } from '../rollups/rule-sql';
import { ACTION_RULE_COLUMNS } from './action-row';

/**
 * Each action signal of DESIGN §3 as a condition on the action list's row (`a` the action, `cy`
 * its plan's open cycle), so that `?signal=` filters in SQL. `libs/domain`'s `actionSignals` and
 * `regionalLaggards` state the same rules; actions.spec.ts holds the list to the signals it returns.
 * `today` is the parameter holding the reference date; `region`, when given, the parameter of the
 * region whose lag is asked about.
 */
export function actionSignalSql(kind: ActionListSignal, today: string, region?: string): string {
  const c = ACTION_RULE_COLUMNS;
  // The gap is computed on the expected progress rounded to one decimal, as scheduleGap does.
  const behind = `(NOT ${closedSql(c)} AND ${expectedProgressSql(c, today)} IS NOT NULL
    AND a.progress - round(${expectedProgressSql(c, today)}, 1) < ${SCHEDULE_GAP_THRESHOLD})`;
  switch (kind) {
    case 'overdue':
      return overdueSql(c, today);
    case 'stale':
      return staleSql(c, 'cy.opens_on');
    case 'schedule_gap':
      return behind;
    case 'status_check':
      return `(a.status = 'on_track' AND (${overdueSql(c, today)} OR ${behind}
        OR EXISTS (SELECT 1 FROM milestones m WHERE m.action_id = a.id AND NOT m.done AND m.planned_date < ${today}::date)))`;
    case 'regional_laggard':
      // Abandoned deployments are neither in the median nor flagged (regional.ts). One pass over
      // the deployments (a hashed set, not a query per action) keeps the page of 50 fast.
      return `a.id IN (
        SELECT d.action_id FROM regional_deployments d
          JOIN (SELECT action_id, percentile_cont(0.5) WITHIN GROUP (ORDER BY progress) AS median
                  FROM regional_deployments WHERE status <> 'abandoned' GROUP BY action_id) s ON s.action_id = d.action_id
         WHERE d.status <> 'abandoned' AND d.progress < s.median - ${REGIONAL_LAGGARD_POINTS}${region ? ` AND d.region_code = ${region}` : ''})`;
  }
}
