import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  emptySignalCounts,
  STATUSES,
  type AxisRollup,
  type CyclePayload,
  type PlanRollup,
  type RollupNodePayload,
  type Health,
  type HealthReason,
  type HealthRule,
  type IsoDate,
} from '@boussole/domain';
import { DataSource, EntityManager } from 'typeorm';
import { MetricsService } from '../metrics/metrics.service';
import { notFound } from '../common/errors/app-error';
import { parseDateParam, todayIso } from './plan-clock';
import { rollupStatement } from './rollup.sql';

/** A row of `rollupStatement`: one node, with the plan's cycle repeated on each. */
type Row = Record<string, number | string | null> & {
  level: number;
  id: number;
  title: string;
  number: number | null;
  code: string | null;
  cycle_id: number | null;
  cycle_label: string;
  cycle_opens_on: IsoDate;
  cycle_closes_on: IsoDate;
  cycle_state: CyclePayload['state'];
  cycle_version: number;
};

/** `GET /api/plans/:id/rollup?asOf=`: the figures of the plan, its axes and objectives. */
@Injectable()
export class RollupService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly metrics: MetricsService,
  ) {}

  async rollup(planId: number, asOfParam?: string): Promise<PlanRollup> {
    const asOf = parseDateParam('asOf', asOfParam, todayIso());
    return this.metrics.timeRollup(() => computeRollup(this.db, planId, asOf));
  }
}

/**
 * The plan's roll-up as of a day, on any connection: the read route's, or a transaction's when a
 * cycle's state is frozen (its figures are then those the route gives at that moment). One
 * statement, one round trip; its rows come in the order of the answer, so assembling it is a walk.
 * The explanations of the nodes are not in it: `RollupExplainService` gives them one node at a time.
 */
export async function computeRollup(db: DataSource | EntityManager, planId: number, asOf: IsoDate): Promise<PlanRollup> {
  const { text, values } = rollupStatement(planId, asOf, todayIso());
  const rows = (await db.query(text, values)) as Row[];
  if (rows.length === 0) throw notFound('Projet stratégique');
  const [first] = rows;
  const axes: AxisRollup[] = [];
  for (const row of rows.slice(1)) {
    if (row.level === 1) axes.push({ ...node(row), number: row.number as number, objectives: [] });
    else axes[axes.length - 1].objectives.push({ ...node(row), code: row.code as string });
  }
  const cycle: CyclePayload | null = first.cycle_id === null ? null : {
    id: first.cycle_id,
    planId,
    label: first.cycle_label,
    opensOn: first.cycle_opens_on,
    closesOn: first.cycle_closes_on,
    state: first.cycle_state,
    version: first.cycle_version,
  };
  return { asOf, cycle, plan: node(first), axes };
}

function node(row: Row): RollupNodePayload {
  const counts = {} as RollupNodePayload['counts'];
  for (const s of STATUSES) counts[s] = { count: Number(row[`n_${s}`] ?? 0), weight: Number(row[`w_${s}`] ?? 0) };
  const signals = emptySignalCounts();
  signals.overdue = Number(row.s_overdue ?? 0);
  signals.stale = Number(row.s_stale ?? 0);
  signals.schedule_gap = Number(row.s_schedule_gap ?? 0);
  signals.status_check = Number(row.s_status_check ?? 0);
  return {
    id: row.id,
    title: row.title,
    progress: (row.progress as number | null) ?? null,
    expectedProgress: (row.expected as number | null) ?? null,
    health: (row.health as Health | null) ?? null,
    healthReason: healthReason(row),
    counts,
    signals,
    actionCount: Number(row.actions ?? 0),
  };
}

/** The rule that decided the node's health and the figures it read, as the SQL gives them. */
function healthReason(row: Row): HealthReason | null {
  const rule = row.health_rule as HealthRule | null;
  if (!rule) return null;
  return {
    rule,
    lateShare: Number(row.late_share ?? 0),
    atRiskShare: Number(row.at_risk_share ?? 0),
    gap: (row.gap as number | null) ?? null,
  };
}
