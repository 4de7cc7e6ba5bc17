import { demoCycles } from '../database/demo/demo-cycles';

/** Anything that runs a parameterised query: a pg Client or Pool, a TypeORM manager. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/** The large plan of DESIGN §7, at 1× (2,000 actions); `scale` multiplies the actions and what hangs on them. */
export const LARGE_PLAN = {
  axes: 4,
  objectivesPerAxis: 10,
  actions: 2000,
  regionalShare: 0.3,
  updatesPerAction: 10,
  commentsPerAction: 5,
  milestonesPerAction: 2,
  indicators: 200,
  months: 36,
} as const;

export interface LargePlanCounts {
  planId: number;
  actions: number;
  regionalActions: number;
  deployments: number;
  statusUpdates: number;
  comments: number;
  milestones: number;
  indicators: number;
  measurements: number;
}

const STATUS_BY_RANK = `(ARRAY['on_track','on_track','on_track','on_track','on_track','on_track','at_risk','at_risk','at_risk','late','late','done','done','not_started','abandoned','on_track','at_risk','on_track','done','on_track'])`;

/**
 * Writes the large plan deterministically, through the same tables as real data, in one
 * transaction of set-based inserts (generate_series), so it takes seconds, not minutes. Every value
 * is a function of the row's index: two runs give the same plan. `today` anchors the cycles.
 */
export async function generateLargePlan(db: Queryable, options: { scale?: number; today: string; title?: string }): Promise<LargePlanCounts> {
  const scale = options.scale ?? 1;
  const n = LARGE_PLAN.actions * scale;
  // A pg client answers { rows }, a TypeORM manager the rows themselves.
  const q = async (sql: string, params: unknown[] = []) => {
    const result = (await db.query(sql, params)) as Record<string, number>[] | { rows: Record<string, number>[] };
    return Array.isArray(result) ? result : result.rows;
  };

  const [author] = await q(
    `INSERT INTO users (email, name, role) VALUES ($1, 'Générateur du plan de charge', 'admin')
     ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
    ['generateur@bench.boussole.test'],
  );
  const [plan] = await q(
    `INSERT INTO plans (title, description, start_year, end_year, state) VALUES ($1, $2, 2025, 2027, 'active') RETURNING id`,
    [options.title ?? `Plan de charge ×${scale}`, 'Plan généré pour mesurer Boussole (DESIGN §7).'],
  );
  const planId = plan.id;
  for (const cycle of demoCycles(2025, 2027, options.today)) {
    await q(`INSERT INTO reporting_cycles (plan_id, label, opens_on, closes_on, state) VALUES ($1, $2, $3, $4, $5)`, [
      planId, cycle.label, cycle.opensOn, cycle.closesOn, cycle.state,
    ]);
  }
  await q(
    `INSERT INTO axes (plan_id, number, title, description, sponsor_id)
     SELECT $1, a, 'Axe généré ' || a, 'Axe ' || a || ' du plan de charge.', $2 FROM generate_series(1, $3::int) a`,
    [planId, author.id, LARGE_PLAN.axes],
  );
  await q(
    `INSERT INTO objectives (axis_id, number, code, title)
     SELECT x.id, o, x.number || '.' || o, 'Objectif ' || x.number || '.' || o
       FROM axes x CROSS JOIN generate_series(1, $2::int) o WHERE x.plan_id = $1`,
    [planId, LARGE_PLAN.objectivesPerAxis],
  );
  // Action i belongs to objective (i % 40); dates spread over 2025-2027; 30 % regional; weights 1 to 3.
  await q(
    `WITH o AS (SELECT ob.id, ob.axis_id, ob.code, (row_number() OVER (ORDER BY ob.code) - 1)::int AS k
                  FROM objectives ob JOIN axes x ON x.id = ob.axis_id WHERE x.plan_id = $1)
     INSERT INTO actions (plan_id, axis_id, objective_id, code, title, description, unit_id, owner_id, start_date, due_date, weight, regional)
     SELECT $1, o.axis_id, o.id, o.code || '.' || (i / $3 + 1), 'Action générée n° ' || i || ' : déploiement et suivi',
            'Description de l’action générée ' || i || '.', (SELECT id FROM units ORDER BY id OFFSET (i % 6) LIMIT 1), NULL,
            DATE '2025-01-01' + (i * 37) % 540, DATE '2025-01-01' + (i * 37) % 540 + 180 + (i * 53) % 540,
            1 + (i % 3 = 0)::int + (i % 7 = 0)::int, i % 10 < 3
       FROM generate_series(0, $2::int - 1) i JOIN o ON o.k = i % $3::int`,
    [planId, n, LARGE_PLAN.axes * LARGE_PLAN.objectivesPerAxis],
  );
  // Ten updates per action over the cycles; the last gives the action its status and progress.
  await q(
    `WITH a AS (SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS i FROM actions WHERE plan_id = $1),
          c AS (SELECT id, opens_on, row_number() OVER (ORDER BY opens_on)::int AS r FROM reporting_cycles WHERE plan_id = $1 AND state <> 'planned')
     INSERT INTO status_updates (action_id, cycle_id, status, progress, narrative, author_id, created_at)
     SELECT a.id, c.id,
            CASE WHEN u < $3::int THEN 'on_track' ELSE ${STATUS_BY_RANK}[1 + a.i % 20] END,
            CASE WHEN u = $3::int AND ${STATUS_BY_RANK}[1 + a.i % 20] = 'done' THEN 100
                 WHEN u = $3::int AND ${STATUS_BY_RANK}[1 + a.i % 20] = 'not_started' THEN 0
                 ELSE least(99, (u * (5 + a.i % 9))) END,
            'Point d’avancement généré ' || u || ' de l’action ' || a.i || '.', $2,
            (c.opens_on + ((a.i * 7 + u) % 20)) + make_interval(hours => 8 + (a.i % 9), mins => a.i % 60)
       FROM a CROSS JOIN generate_series(1, $3::int) u
       JOIN c ON c.r = greatest(1, (SELECT count(*)::int FROM c) - $3::int + u)`,
    [planId, author.id, LARGE_PLAN.updatesPerAction],
  );
  await q(
    `UPDATE actions a SET status = l.status, progress = l.progress, last_update_at = l.created_at,
            version = 1 + (SELECT count(*) FROM status_updates s WHERE s.action_id = a.id)
       FROM (SELECT DISTINCT ON (action_id) action_id, status, progress, created_at FROM status_updates
              WHERE action_id IN (SELECT id FROM actions WHERE plan_id = $1) ORDER BY action_id, created_at DESC, id DESC) l
      WHERE l.action_id = a.id`,
    [planId],
  );
  await q(
    `INSERT INTO milestones (action_id, title, planned_date, done, actual_date, position)
     SELECT a.id, 'Jalon ' || m, a.start_date + m * 120, (a.id + m) % 3 = 0, CASE WHEN (a.id + m) % 3 = 0 THEN a.start_date + m * 120 END, m
       FROM actions a CROSS JOIN generate_series(1, $2::int) m
      WHERE a.plan_id = $1 AND ((a.id + m) % 3 <> 0 OR a.start_date + m * 120 <= $3::date)`,
    [planId, LARGE_PLAN.milestonesPerAction, options.today],
  );
  await q(
    `INSERT INTO regional_deployments (action_id, region_code, status, progress, narrative, updated_by)
     SELECT a.id, r.code,
            CASE WHEN a.status IN ('done', 'abandoned', 'not_started') THEN a.status ELSE ${STATUS_BY_RANK}[1 + (a.id + ascii(r.code)) % 20] END,
            CASE WHEN a.status = 'done' THEN 100 WHEN a.status = 'not_started' THEN 0
                 WHEN ${STATUS_BY_RANK}[1 + (a.id + ascii(r.code)) % 20] = 'done' AND a.status NOT IN ('abandoned') THEN 100
                 ELSE least(99, greatest(0, a.progress + ((a.id * 31 + ascii(r.code) * 17) % 41) - 20)) END,
            'Déploiement généré.', $2
       FROM actions a CROSS JOIN regions r WHERE a.plan_id = $1 AND a.regional`,
    [planId, author.id],
  );
  await q(
    `WITH a AS (SELECT id, regional, row_number() OVER (ORDER BY id)::int AS i FROM actions WHERE plan_id = $1)
     INSERT INTO comments (action_id, region_code, kind, text, author_id, created_at)
     SELECT a.id, CASE WHEN a.regional AND k % 2 = 0 THEN (SELECT code FROM regions ORDER BY code OFFSET (a.i + k) % 18 LIMIT 1) END,
            (ARRAY['general','result','blocker','support_request','good_practice'])[1 + (a.i + k) % 5],
            'Commentaire généré ' || k || ' sur l’action ' || a.i || E'.\nDeuxième ligne.', $2,
            TIMESTAMPTZ '2025-02-01 09:00:00+00' + make_interval(days => ((a.i * 13 + k * 29) % 660)::int)
       FROM a CROSS JOIN generate_series(1, $3::int) k`,
    [planId, author.id, LARGE_PLAN.commentsPerAction],
  );
  await q(
    `WITH o AS (SELECT ob.id, (row_number() OVER (ORDER BY ob.code) - 1)::int AS k FROM objectives ob JOIN axes x ON x.id = ob.axis_id WHERE x.plan_id = $1)
     INSERT INTO indicators (plan_id, objective_id, name, unit, baseline_value, baseline_date, target_value, target_date,
                             intermediate_targets, periodicity, source, definition, regional)
     SELECT $1, o.id, 'Indicateur généré ' || j, '%', 20 + j % 30, DATE '2024-01-01', CASE WHEN j % 4 = 0 THEN 5 + j % 10 ELSE 60 + j % 30 END,
            DATE '2027-12-31', '[]', 'month', 'Générateur', 'Indicateur du plan de charge.', true
       FROM generate_series(0, $2::int - 1) j JOIN o ON o.k = j % 40`,
    [planId, LARGE_PLAN.indicators],
  );
  // 36 monthly values per indicator, national and for each of the 18 regions.
  await q(
    `INSERT INTO measurements (indicator_id, period, region_code, value, author_id)
     SELECT i.id, (DATE '2024-01-01' + make_interval(months => m))::date, r.code,
            round((i.baseline_value + (i.target_value - i.baseline_value) * m / 48.0 * (0.6 + ((i.id + m + coalesce(ascii(r.code), 0)) % 9) / 10.0))::numeric, 2),
            $2
       FROM indicators i CROSS JOIN generate_series(0, $3::int - 1) m
       CROSS JOIN (SELECT NULL::char(2) AS code UNION ALL SELECT code FROM regions) r
      WHERE i.plan_id = $1`,
    [planId, author.id, LARGE_PLAN.months],
  );
  const [counts] = await q(
    `SELECT (SELECT count(*)::int FROM actions WHERE plan_id = $1) AS actions,
            (SELECT count(*)::int FROM actions WHERE plan_id = $1 AND regional) AS "regionalActions",
            (SELECT count(*)::int FROM regional_deployments d JOIN actions a ON a.id = d.action_id WHERE a.plan_id = $1) AS deployments,
            (SELECT count(*)::int FROM status_updates s JOIN actions a ON a.id = s.action_id WHERE a.plan_id = $1) AS "statusUpdates",
            (SELECT count(*)::int FROM comments c JOIN actions a ON a.id = c.action_id WHERE a.plan_id = $1) AS comments,
            (SELECT count(*)::int FROM milestones m JOIN actions a ON a.id = m.action_id WHERE a.plan_id = $1) AS milestones,
            (SELECT count(*)::int FROM indicators WHERE plan_id = $1) AS indicators,
            (SELECT count(*)::int FROM measurements m JOIN indicators i ON i.id = m.indicator_id WHERE i.plan_id = $1) AS measurements`,
    [planId],
  );
  return { planId, ...(counts as Omit<LargePlanCounts, 'planId'>) };
}
