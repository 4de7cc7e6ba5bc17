import { indicatorAchievement, latestMeasurement, REGIONS, STATUS_LABELS, type IsoDate, type Status } from '@boussole/domain';
import type { DataSource } from 'typeorm';
import type { DeploymentRow } from '../regions/deployment-row';
import { factsOf, INDICATOR_SELECT, type IndicatorRow } from '../indicators/indicator-facts';
import type { ExportRow } from './plan-export.service';

/** An axis exported and the instant its figures stand at (its freezing, or the end of the day asked for). */
export interface AxisCut {
  axisId: number;
  until: Date;
}

const REGION_NAMES = new Map(REGIONS.map((r) => [r.code, r.name]));

/** The status updates of the exported axes' actions, up to each axis's instant, in the plan's order. */
export async function updateRows(db: DataSource, planId: number, cuts: AxisCut[]): Promise<ExportRow[]> {
  if (cuts.length === 0) return [];
  const rows: {
    code: string; created_at: Date; cycle: string | null; status: Status; progress: number;
    narrative: string; next_steps: string | null; blockers: string | null; author: string;
  }[] = await db.query(
    `SELECT a.code, u.created_at, c.label AS cycle, u.status, u.progress, u.narrative, u.next_steps, u.blockers, au.name AS author
       FROM unnest($2::int[], $3::timestamptz[]) AS cut(axis_id, until)
       JOIN actions a ON a.axis_id = cut.axis_id AND a.plan_id = $1
       JOIN status_updates u ON u.action_id = a.id AND u.created_at <= cut.until
       JOIN users au ON au.id = u.author_id
       LEFT JOIN reporting_cycles c ON c.id = u.cycle_id
      ORDER BY string_to_array(a.code, '.')::int[], u.created_at, u.id`,
    [planId, cuts.map((c) => c.axisId), cuts.map((c) => c.until.toISOString())],
  );
  return rows.map((r) => ({
    actionCode: r.code,
    createdAt: r.created_at,
    cycle: r.cycle,
    status: STATUS_LABELS[r.status],
    progress: r.progress,
    narrative: r.narrative,
    nextSteps: r.next_steps,
    blockers: r.blockers,
    author: r.author,
  }));
}

/**
 * The 18 deployments of each regional action of the exported axes, as they stand (they keep no
 * history). Only the columns the sheet shows: the shared DEPLOYMENT_SELECT also counts each
 * deployment's comments, which made this read three times longer on the large plan.
 */
export async function deploymentRows(db: DataSource, planId: number, axisIds: number[]): Promise<ExportRow[]> {
  const rows: Pick<DeploymentRow, 'action_code' | 'region_code' | 'status' | 'progress' | 'narrative' | 'updated_at'>[] = await db.query(
    `SELECT a.code AS action_code, d.region_code, d.status, d.progress, d.narrative, d.updated_at
       FROM regional_deployments d JOIN actions a ON a.id = d.action_id
      WHERE a.plan_id = $1 AND a.axis_id = ANY($2::int[])
      ORDER BY string_to_array(a.code, '.')::int[], d.region_code`,
    [planId, axisIds],
  );
  return rows.map((r) => ({
    actionCode: r.action_code,
    regionCode: r.region_code,
    regionName: REGION_NAMES.get(r.region_code) ?? r.region_code,
    status: STATUS_LABELS[r.status],
    progress: r.progress,
    narrative: r.narrative,
    updatedAt: r.updated_at,
  }));
}

/**
 * The plan's indicators with their achievement as of the day, by the shared rules, and their
 * measurements up to that day (national first, then by region).
 */
export async function indicatorRows(db: DataSource, planId: number, asOf: IsoDate): Promise<{ indicators: ExportRow[]; measurements: ExportRow[] }> {
  const rows: IndicatorRow[] = await db.query(`${INDICATOR_SELECT} WHERE i.plan_id = $1 ORDER BY i.id`, [planId]);
  const indicators: ExportRow[] = [];
  const measurements: ExportRow[] = [];
  for (const row of rows) {
    const known = { ...row, measurements: row.measurements.filter((m) => m.period <= asOf) };
    // Only the two figures the sheet shows, by the shared rules (the list's signals and next due date are not exported).
    const national = factsOf(known, null);
    indicators.push({
      id: row.id,
      // The import's key of the node: empty for the plan, else the axis number or the objective's or action's code.
      attachedTo: row.attached_kind === 'plan' ? null : row.attached_label.replace(/^\S+ /, ''),
      name: row.name,
      unit: row.unit,
      baselineValue: row.baseline_value,
      baselineDate: row.baseline_date,
      targetValue: row.target_value,
      targetDate: row.target_date,
      periodicity: row.periodicity,
      regional: row.regional,
      source: row.source,
      definition: row.definition,
      achievement: indicatorAchievement(national, asOf).overall,
      latestValue: latestMeasurement(national.measurements, national.periodicity, asOf)?.value ?? null,
    });
    for (const m of known.measurements) {
      measurements.push({ indicatorId: row.id, indicatorName: row.name, period: m.period, regionCode: m.regionCode, value: m.value });
    }
  }
  return { indicators, measurements };
}
