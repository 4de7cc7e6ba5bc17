/**
 * The roll-up of DESIGN §3 in SQL, for a plan of any size: each action's state as of a date, then
 * progress, expected progress, counts, health and signals per objective, axis and plan in one
 * GROUPING SETS pass. `libs/domain`'s `rollupNode` states the same rules; rollup-sql.spec.ts holds
 * the two to the same numbers on generated data.
 *
 * Parameters: $1 plan id, $2 the as-of date, $3 the opening date of the cycle open then (or null),
 * $4 true to read each action's latest update at or before $2 instead of its current state.
 */
import { HEALTH_AT_RISK_GAP, HEALTH_LATE_GAP, HEALTH_OF_RULE, HEALTH_RULES, HEALTH_THRESHOLD } from '@boussole/domain';
import { closedSql, expectedProgressSql, overdueSql, staleSql } from './rule-sql';

const FACT = { start: 'start_date', due: 'due_date', status: 'status', lastUpdate: 'last_update_at' };

export const ACTION_FACTS_SQL = `
  WITH state AS (
    SELECT a.id, a.code, a.axis_id, a.objective_id, a.weight AS w, a.start_date, a.due_date,
           CASE WHEN $4 THEN coalesce(s.status, 'not_started') ELSE a.status END AS status,
           CASE WHEN $4 THEN coalesce(s.progress, 0) ELSE a.progress END AS progress,
           CASE WHEN $4 THEN s.created_at ELSE a.last_update_at END AS last_update_at
      FROM actions a
      LEFT JOIN LATERAL (
        SELECT u.status, u.progress, u.created_at FROM status_updates u
         WHERE $4 AND u.action_id = a.id AND u.created_at < (($2::date + 1)::timestamp AT TIME ZONE 'UTC')
         ORDER BY u.created_at DESC, u.id DESC LIMIT 1) s ON true
     WHERE a.plan_id = $1
  ), timed AS (
    SELECT state.*,
           NOT ${closedSql(FACT)} AS open,
           ${overdueSql(FACT, '$2')} AS overdue,
           (status <> 'abandoned' AND w > 0) AS counted,
           CASE WHEN status = 'done' THEN 100 ELSE progress END AS p,
           ${expectedProgressSql(FACT, '$2')} AS expected
      FROM state
  )
  SELECT timed.*,
         CASE WHEN overdue THEN 'late' ELSE status END AS eff,
         ${staleSql(FACT, '$3::date')} AS stale,
         (open AND expected IS NOT NULL AND progress - round(expected, 1) < -20) AS behind,
         (status = 'on_track' AND (overdue
              OR (expected IS NOT NULL AND progress - round(expected, 1) < -20)
              OR EXISTS (SELECT 1 FROM milestones m WHERE m.action_id = timed.id AND NOT m.done AND m.planned_date < $2::date)))
           AS status_check
    FROM timed`;

const STATUS_NAMES = ['not_started', 'on_track', 'at_risk', 'late', 'done', 'abandoned'];
const STATUS_COLUMNS = STATUS_NAMES
  .map((s) => `count(*) FILTER (WHERE eff = '${s}')::int AS n_${s}, coalesce(sum(w) FILTER (WHERE eff = '${s}'), 0)::float8 AS w_${s}`)
  .join(',\n         ');
const STATUS_SELECT = STATUS_NAMES.map((s) => `n_${s}, w_${s}`).join(', ');

/**
 * Health, DESIGN §3 as `healthDecision` states it in `libs/domain` (its thresholds are interpolated
 * from the domain's constants, never retyped): the rule that decided is returned with the health.
 * The gap is taken on the rounded figures, in numeric, as `nodeScheduleGap` does.
 */
const RULE_SQL = `CASE WHEN n_counted = 0 THEN NULL
              WHEN all_done THEN 'all_done'
              WHEN w_late_counted >= ${HEALTH_THRESHOLD} * w_counted THEN 'late_weight'
              WHEN progress - expected < -${HEALTH_LATE_GAP} THEN 'behind_20'
              WHEN w_late_counted + w_at_risk_counted >= ${HEALTH_THRESHOLD} * w_counted THEN 'at_risk_weight'
              WHEN progress - expected < -${HEALTH_AT_RISK_GAP} THEN 'behind_10'
              WHEN none_started THEN 'none_started'
              ELSE 'on_track' END`;

const HEALTH_OF_RULE_SQL = `CASE health_rule ${HEALTH_RULES.map((r) => `WHEN '${r}' THEN '${HEALTH_OF_RULE[r]}'`).join(' ')} END`;

export const ROLLUP_SQL = `
  WITH facts AS (${ACTION_FACTS_SQL}),
  nodes AS (
  SELECT GROUPING(axis_id, objective_id)::int AS level, axis_id, objective_id,
         count(*)::int AS actions,
         round(sum(w * p) FILTER (WHERE counted) / nullif(sum(w) FILTER (WHERE counted), 0), 1) AS progress,
         round(sum(w * expected) FILTER (WHERE counted AND expected IS NOT NULL)
               / nullif(sum(w) FILTER (WHERE counted AND expected IS NOT NULL), 0), 1) AS expected,
         count(*) FILTER (WHERE counted) AS n_counted,
         sum(w) FILTER (WHERE counted) AS w_counted,
         coalesce(sum(w) FILTER (WHERE counted AND eff = 'late'), 0) AS w_late_counted,
         coalesce(sum(w) FILTER (WHERE counted AND eff = 'at_risk'), 0) AS w_at_risk_counted,
         bool_and(eff = 'done') FILTER (WHERE counted) AS all_done,
         bool_and(eff = 'not_started') FILTER (WHERE counted) AS none_started,
         ${STATUS_COLUMNS},
         count(*) FILTER (WHERE overdue)::int AS s_overdue,
         count(*) FILTER (WHERE stale)::int AS s_stale,
         count(*) FILTER (WHERE behind)::int AS s_schedule_gap,
         count(*) FILTER (WHERE status_check)::int AS s_status_check
    FROM facts
   GROUP BY GROUPING SETS ((axis_id, objective_id), (axis_id), ())
  ), ruled AS (
  SELECT nodes.*, ${RULE_SQL} AS health_rule FROM nodes
  )
  SELECT level, axis_id, objective_id, actions,
         progress::float8 AS progress, expected::float8 AS expected,
         ${HEALTH_OF_RULE_SQL} AS health, health_rule,
         round(100 * w_late_counted / nullif(w_counted, 0), 1)::float8 AS late_share,
         round(100 * (w_late_counted + w_at_risk_counted) / nullif(w_counted, 0), 1)::float8 AS at_risk_share,
         (progress - expected)::float8 AS gap,
         ${STATUS_SELECT},
         s_overdue, s_stale, s_schedule_gap, s_status_check
    FROM ruled`;

/** What each node's "Comment est-ce calculé ?" lists: the actions counted and those left out. */
export const EXPLAIN_SQL = `
  WITH facts AS (${ACTION_FACTS_SQL})
  SELECT id, code, axis_id, objective_id, w::float8 AS weight, p AS progress, counted, status
    FROM facts
   ORDER BY axis_id, objective_id, string_to_array(code, '.')::int[]`;
