import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  emptySignalCounts,
  EXCLUSION_REASONS,
  STATUSES,
  type AxisRollup,
  type PlanRollup,
  type RollupExplainPayload,
  type RollupNodePayload,
  type Health,
  type HealthReason,
  type HealthRule,
  type IsoDate,
} from '@boussole/domain';
import { DataSource, EntityManager } from 'typeorm';
import { MetricsService } from '../metrics/metrics.service';
import { planClock, parseDateParam, todayIso } from './plan-clock';
import { EXPLAIN_SQL, ROLLUP_SQL } from './rollup.sql';

type Row = Record<string, number | string | null> & { level: number; axis_id: number | null; objective_id: number | null };

interface ExplainRow {
  id: number;
  code: string;
  axis_id: number;
  objective_id: number;
  weight: number;
  progress: number;
  counted: boolean;
  status: string;
}

/** `GET /api/plans/:id/rollup?asOf=`: the figures of the plan, its axes and objectives, explained. */
@Injectable()
export class RollupService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly metrics: MetricsService,
  ) {}

  async rollup(planId: number, asOfParam?: string): Promise<PlanRollup> {
    const asOf = parseDateParam('asOf', asOfParam, todayIso());
    return this.metrics.timeRollup(() => computeRollup(this.db, planId, asOf, { explain: true }));
  }
}

/**
 * The plan's roll-up as of a day, on any connection: the read route's, or a transaction's when a
 * cycle's state is frozen (its figures are then those the route gives at that moment). Without
 * `explain`, the nodes' explanations are left empty and their query is not run.
 */
export async function computeRollup(
  db: DataSource | EntityManager,
  planId: number,
  asOf: IsoDate,
  { explain: withExplain }: { explain: boolean },
): Promise<PlanRollup> {
  const clock = await planClock(db, planId, asOf);
  const params = [planId, asOf, clock.cycle?.opensOn ?? null, asOf !== todayIso()];
  const [rows, explainRows, structure] = await Promise.all([
    db.query(ROLLUP_SQL, params) as Promise<Row[]>,
    withExplain ? (db.query(EXPLAIN_SQL, params) as Promise<ExplainRow[]>) : Promise.resolve([]),
    db.query(
      `SELECT a.id AS axis_id, a.number, a.title AS axis_title, o.id AS objective_id, o.code, o.title AS objective_title
         FROM axes a LEFT JOIN objectives o ON o.axis_id = a.id
        WHERE a.plan_id = $1 ORDER BY a.number, o.number`,
      [planId],
    ) as Promise<{ axis_id: number; number: number; axis_title: string; objective_id: number | null; code: string; objective_title: string }[]>,
  ]);

  const figures = new Map<string, Row>(rows.map((r) => [key(r.level, r.axis_id, r.objective_id), r]));
  const explain = groupExplain(explainRows);

  const axes: AxisRollup[] = [];
  for (const s of structure) {
    let axis = axes.find((a) => a.id === s.axis_id);
    if (!axis) {
      axis = {
        ...node(s.axis_id, s.axis_title, figures.get(key(1, s.axis_id, null)), explain.get(`a${s.axis_id}`)),
        number: s.number,
        objectives: [],
      };
      axes.push(axis);
    }
    if (s.objective_id !== null) {
      axis.objectives.push({
        ...node(s.objective_id, s.objective_title, figures.get(key(0, s.axis_id, s.objective_id)), explain.get(`o${s.objective_id}`)),
        code: s.code,
      });
    }
  }
  return {
    asOf,
    cycle: clock.cycle,
    plan: node(planId, clock.planTitle, figures.get(key(3, null, null)), explain.get('plan')),
    axes,
  };
}

function key(level: number, axisId: number | null, objectiveId: number | null): string {
  return `${level}:${axisId ?? ''}:${objectiveId ?? ''}`;
}

function node(id: number, title: string, row: Row | undefined, explain: RollupExplainPayload | undefined): RollupNodePayload {
  const counts = Object.fromEntries(
    STATUSES.map((s) => [s, { count: Number(row?.[`n_${s}`] ?? 0), weight: Number(row?.[`w_${s}`] ?? 0) }]),
  ) as RollupNodePayload['counts'];
  const signals = emptySignalCounts();
  signals.overdue = Number(row?.['s_overdue'] ?? 0);
  signals.stale = Number(row?.['s_stale'] ?? 0);
  signals.schedule_gap = Number(row?.['s_schedule_gap'] ?? 0);
  signals.status_check = Number(row?.['s_status_check'] ?? 0);
  return {
    id,
    title,
    progress: (row?.['progress'] as number | null) ?? null,
    expectedProgress: (row?.['expected'] as number | null) ?? null,
    health: (row?.['health'] as Health | null) ?? null,
    healthReason: healthReason(row),
    counts,
    signals,
    actionCount: Number(row?.['actions'] ?? 0),
    explain: explain ?? { counted: [], excluded: [] },
  };
}

/** The rule that decided the node's health and the figures it read, as the SQL gives them. */
function healthReason(row: Row | undefined): HealthReason | null {
  const rule = row?.['health_rule'] as HealthRule | null | undefined;
  if (!row || !rule) return null;
  return {
    rule,
    lateShare: Number(row['late_share'] ?? 0),
    atRiskShare: Number(row['at_risk_share'] ?? 0),
    gap: (row['gap'] as number | null) ?? null,
  };
}

/** One pass over the actions fills the explanation of their objective, axis and the plan. */
function groupExplain(rows: ExplainRow[]): Map<string, RollupExplainPayload> {
  const byNode = new Map<string, RollupExplainPayload>();
  const add = (nodeKey: string, r: ExplainRow) => {
    let e = byNode.get(nodeKey);
    if (!e) byNode.set(nodeKey, (e = { counted: [], excluded: [] }));
    if (r.counted) e.counted.push({ actionId: r.id, code: r.code, weight: r.weight, progress: r.progress });
    else e.excluded.push({ actionId: r.id, code: r.code, reason: EXCLUSION_REASONS.abandoned });
  };
  for (const r of rows) {
    add(`o${r.objective_id}`, r);
    add(`a${r.axis_id}`, r);
    add('plan', r);
  }
  return byNode;
}
