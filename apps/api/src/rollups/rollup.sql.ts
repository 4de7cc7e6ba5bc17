/**
 * The roll-up of DESIGN §3 in SQL, for a plan of any size: each action's state as of a date, then
 * progress, expected progress, counts, health and signals per objective, axis and plan in one
 * GROUPING SETS pass. `libs/domain`'s `rollupNode` states the same rules; rollup-sql.spec.ts holds
 * the two to the same numbers on generated data.
 */
import {
  HEALTH_AT_RISK_GAP,
  HEALTH_LATE_GAP,
  HEALTH_OF_RULE,
  HEALTH_RULES,
  HEALTH_THRESHOLD,
  SCHEDULE_GAP_THRESHOLD,
  type IsoDate,
} from '@boussole/domain';
import { cycleAtSql } from './plan-clock';
import { closedSql, expectedProgressSql, overdueSql, staleSql } from './rule-sql';

const FACT = { start: 'start_date', due: 'due_date', status: 'status', lastUpdate: 'last_update_at' };

/** SQL expressions the facts are computed from: parameters, or a CTE's columns. */
interface FactsInputs {
  planId: string;
  asOf: string;
  /** The opening day of the cycle open at `asOf`, or null. */
  cycleOpenedOn: string;
  /** True to read each action's latest update at or before `asOf` instead of its current state. */
  historical: string;
  /** More conditions on `actions a` (a node's actions). */
  where?: string;
}

/**
 * Each action's state as of the date: its current columns today, else its latest update at or
 * before the end of that day (UTC), found by an index-only scan of status_updates_action_time_cover_idx.
 */
function actionStateSql(i: FactsInputs): string {
  return `
    SELECT a.id, a.code, a.axis_id, a.objective_id, a.weight AS w, a.start_date, a.due_date,
           CASE WHEN ${i.historical} THEN coalesce(s.status, 'not_started') ELSE a.status END AS status,
           CASE WHEN ${i.historical} THEN coalesce(s.progress, 0) ELSE a.progress END AS progress,
           CASE WHEN ${i.historical} THEN s.created_at ELSE a.last_update_at END AS last_update_at
      FROM actions a
      LEFT JOIN LATERAL (
        SELECT u.status, u.progress, u.created_at FROM status_updates u
         WHERE ${i.historical} AND u.action_id = a.id AND u.created_at < ((${i.asOf}::date + 1)::timestamp AT TIME ZONE 'UTC')
         ORDER BY u.created_at DESC, u.id DESC LIMIT 1) s ON true
     WHERE a.plan_id = ${i.planId}${i.where ? ` AND ${i.where}` : ''}`;
}

/** Counted: neither abandoned nor weightless; a done action counts 100 ("done means 100"). */
const COUNTED_SQL = `(status <> 'abandoned' AND w > 0)`;
const COUNTED_PROGRESS_SQL = `CASE WHEN status = 'done' THEN 100 ELSE progress END`;

/**
 * Every fact of each action the roll-up reads, computed once per statement (`behind` once, read
 * by the signals and the "météo à vérifier").
 */
function actionFactsSql(i: FactsInputs): string {
  return `
  WITH state AS (${actionStateSql(i)}
  ), timed AS (
    SELECT state.*,
           NOT ${closedSql(FACT)} AS open,
           ${overdueSql(FACT, i.asOf)} AS overdue,
           ${COUNTED_SQL} AS counted,
           ${COUNTED_PROGRESS_SQL} AS p,
           ${expectedProgressSql(FACT, i.asOf)} AS expected
      FROM state
  ), gapped AS (
    SELECT timed.*,
           (open AND expected IS NOT NULL AND progress - round(expected, 1) < ${SCHEDULE_GAP_THRESHOLD}) AS behind
      FROM timed
  )
  SELECT gapped.*,
         CASE WHEN overdue THEN 'late' ELSE status END AS eff,
         ${staleSql(FACT, `${i.cycleOpenedOn}::date`)} AS stale,
         -- "Météo à vérifier": declared on track while overdue, behind schedule or past a milestone.
         (status = 'on_track' AND (overdue OR behind
              OR EXISTS (SELECT 1 FROM milestones m WHERE m.action_id = gapped.id AND NOT m.done AND m.planned_date < ${i.asOf}::date)))
           AS status_check
    FROM gapped`;
}

/**
 * The facts on explicit parameters, for the statements built around them (a cycle's frozen actions):
 * $1 plan id, $2 the as-of date, $3 the opening date of the cycle open then (or null), $4 historical.
 */
export const ACTION_FACTS_SQL = actionFactsSql({ planId: '$1', asOf: '$2', cycleOpenedOn: '$3', historical: '$4' });

const STATUS_NAMES = ['not_started', 'on_track', 'at_risk', 'late', 'done', 'abandoned'];
const STATUS_SUMS = STATUS_NAMES
  .map((s) => `count(*) FILTER (WHERE eff = '${s}') AS n_${s}, sum(w) FILTER (WHERE eff = '${s}') AS w_${s}`)
  .join(',\n         ');
const STATUS_COLUMNS = STATUS_NAMES
  .map((s) => `sum(n_${s})::int AS n_${s}, coalesce(sum(w_${s}), 0)::float8 AS w_${s}`)
  .join(',\n         ');
const STATUS_SELECT = STATUS_NAMES.map((s) => `r.n_${s}, r.w_${s}`).join(', ');

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

const HEALTH_OF_RULE_SQL = `CASE r.health_rule ${HEALTH_RULES.map((r) => `WHEN '${r}' THEN '${HEALTH_OF_RULE[r]}'`).join(' ')} END`;

/**
 * `GET /api/plans/:id/rollup` in one statement, so one round trip: the plan and the cycle open at
 * `asOf` (today: the open one), the tree of axes and objectives, and each node's figures. One row
 * per node, the plan first, then each axis followed by its objectives, by number; no row at all for
 * an unknown plan. `level`: 3 the plan, 1 an axis, 0 an objective (GROUPING of the sets).
 */
const ROLLUP_SQL = `
  WITH clock AS (
    SELECT p.title AS plan_title, ($2::date <> $3::date) AS historical,
           c.id AS cycle_id, c.label AS cycle_label, c.opens_on AS cycle_opens_on, c.closes_on AS cycle_closes_on,
           c.state AS cycle_state, c.version AS cycle_version
      FROM plans p
      LEFT JOIN LATERAL (${cycleAtSql('$2', '$3')}) c ON true
     WHERE p.id = $1
  ), facts AS (${actionFactsSql({
    planId: '$1',
    asOf: '$2',
    historical: '($2::date <> $3::date)',
    cycleOpenedOn: '(SELECT cycle_opens_on FROM clock)',
  })}
  ), objective_sums AS (
  -- One pass over the actions, by objective; the axes and the plan add these sums up (exact in
  -- numeric), so each action's facts are aggregated once, not once per grouping set.
  SELECT axis_id, objective_id,
         count(*) AS actions,
         sum(w * p) FILTER (WHERE counted) AS wp_counted,
         sum(w) FILTER (WHERE counted) AS w_counted,
         sum(w * expected) FILTER (WHERE counted AND expected IS NOT NULL) AS we_dated,
         sum(w) FILTER (WHERE counted AND expected IS NOT NULL) AS w_dated,
         count(*) FILTER (WHERE counted) AS n_counted,
         sum(w) FILTER (WHERE counted AND eff = 'late') AS w_late_counted,
         sum(w) FILTER (WHERE counted AND eff = 'at_risk') AS w_at_risk_counted,
         bool_and(eff = 'done') FILTER (WHERE counted) AS all_done,
         bool_and(eff = 'not_started') FILTER (WHERE counted) AS none_started,
         ${STATUS_SUMS},
         count(*) FILTER (WHERE overdue) AS s_overdue,
         count(*) FILTER (WHERE stale) AS s_stale,
         count(*) FILTER (WHERE behind) AS s_schedule_gap,
         count(*) FILTER (WHERE status_check) AS s_status_check
    FROM facts
   GROUP BY axis_id, objective_id
  ), nodes AS (
  SELECT GROUPING(axis_id, objective_id)::int AS level, axis_id, objective_id,
         sum(actions)::int AS actions,
         round(sum(wp_counted) / nullif(sum(w_counted), 0), 1) AS progress,
         round(sum(we_dated) / nullif(sum(w_dated), 0), 1) AS expected,
         sum(n_counted) AS n_counted,
         sum(w_counted) AS w_counted,
         coalesce(sum(w_late_counted), 0) AS w_late_counted,
         coalesce(sum(w_at_risk_counted), 0) AS w_at_risk_counted,
         bool_and(all_done) AS all_done,
         bool_and(none_started) AS none_started,
         ${STATUS_COLUMNS},
         sum(s_overdue)::int AS s_overdue,
         sum(s_stale)::int AS s_stale,
         sum(s_schedule_gap)::int AS s_schedule_gap,
         sum(s_status_check)::int AS s_status_check
    FROM objective_sums
   GROUP BY GROUPING SETS ((axis_id, objective_id), (axis_id), ())
  ), ruled AS (
  SELECT nodes.*, ${RULE_SQL} AS health_rule FROM nodes
  ), tree AS (
    SELECT 3 AS level, $1::int AS id, 0 AS axis_id, 0 AS objective_id, plan_title AS title, NULL::int AS number, NULL::text AS code,
           0 AS axis_order, 0 AS objective_order
      FROM clock
    UNION ALL
    SELECT 1, x.id, x.id, 0, x.title, x.number, NULL, x.number, 0 FROM axes x WHERE x.plan_id = $1 AND EXISTS (SELECT 1 FROM clock)
    UNION ALL
    SELECT 0, o.id, x.id, o.id, o.title, o.number, o.code, x.number, o.number
      FROM axes x JOIN objectives o ON o.axis_id = x.id WHERE x.plan_id = $1 AND EXISTS (SELECT 1 FROM clock)
  )
  SELECT t.level, t.id, t.axis_id, t.objective_id, t.title, t.number, t.code, coalesce(r.actions, 0) AS actions,
         r.progress::float8 AS progress, r.expected::float8 AS expected,
         ${HEALTH_OF_RULE_SQL} AS health, r.health_rule,
         round(100 * r.w_late_counted / nullif(r.w_counted, 0), 1)::float8 AS late_share,
         round(100 * (r.w_late_counted + r.w_at_risk_counted) / nullif(r.w_counted, 0), 1)::float8 AS at_risk_share,
         (r.progress - r.expected)::float8 AS gap,
         ${STATUS_SELECT},
         r.s_overdue, r.s_stale, r.s_schedule_gap, r.s_status_check,
         k.cycle_id, k.cycle_label, k.cycle_opens_on, k.cycle_closes_on, k.cycle_state, k.cycle_version
    FROM tree t
    CROSS JOIN clock k
    LEFT JOIN ruled r ON r.level = t.level AND coalesce(r.axis_id, 0) = t.axis_id AND coalesce(r.objective_id, 0) = t.objective_id
   ORDER BY t.axis_order, t.level DESC, t.objective_order`;

export interface SqlStatement {
  text: string;
  values: unknown[];
}

/**
 * The statement `GET /api/plans/:id/rollup?asOf=` runs, and the one the bench times as the bare
 * SQL. `today` decides whether `asOf` reads the actions' current state or their history.
 */
export function rollupStatement(planId: number, asOf: IsoDate, today: IsoDate): SqlStatement {
  return { text: ROLLUP_SQL, values: [planId, asOf, today] };
}

/** One node of the roll-up, as `GET /api/plans/:id/rollup/explain?node=` names it. */
export type RollupNodeRef = { kind: 'plan' } | { kind: 'axis' | 'objective'; id: number };

const NODE_WHERE: Record<RollupNodeRef['kind'], string | undefined> = {
  plan: undefined,
  axis: 'a.axis_id = $6',
  objective: 'a.objective_id = $6',
};
const NODE_FOUND: Record<RollupNodeRef['kind'], string> = {
  plan: 'true',
  axis: 'EXISTS (SELECT 1 FROM axes x WHERE x.id = $6 AND x.plan_id = p.id)',
  objective: 'EXISTS (SELECT 1 FROM objectives o JOIN axes x ON x.id = o.axis_id WHERE o.id = $6 AND x.plan_id = p.id)',
};

/**
 * One page of a node's "Comment est-ce calculé ?": its actions as of the date, the counted ones
 * first then the excluded ones, each in code order (1.2.10 after 1.2.9), with both totals. One row
 * (none for an unknown plan): `found` false when the node is not the plan's, `rows` the page.
 */
export function explainStatement(
  planId: number,
  node: RollupNodeRef,
  asOf: IsoDate,
  today: IsoDate,
  page: { offset: number; limit: number },
): SqlStatement {
  const text = `
  WITH listed AS (
    SELECT id, code, w, ${COUNTED_SQL} AS counted, ${COUNTED_PROGRESS_SQL} AS p, status
      FROM (${actionStateSql({ planId: '$1', asOf: '$2', historical: '($2::date <> $3::date)', cycleOpenedOn: 'NULL', where: NODE_WHERE[node.kind] })}) state
  )
  SELECT ${NODE_FOUND[node.kind]} AS found,
         (SELECT count(*) FILTER (WHERE counted) FROM listed)::int AS counted_total,
         (SELECT count(*) FILTER (WHERE NOT counted) FROM listed)::int AS excluded_total,
         (SELECT coalesce(json_agg(json_build_object('id', id, 'code', code, 'weight', w::float8, 'progress', p, 'counted', counted, 'status', status) ORDER BY NOT counted, n), '[]')
            FROM (SELECT listed.*, string_to_array(code, '.')::int[] AS n FROM listed
                   ORDER BY NOT counted, string_to_array(code, '.')::int[] LIMIT $4 OFFSET $5) page) AS rows
    FROM plans p
   WHERE p.id = $1`;
  const values: unknown[] = [planId, asOf, today, page.limit, page.offset];
  if (node.kind !== 'plan') values.push(node.id);
  return { text, values };
}
