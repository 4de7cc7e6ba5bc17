import {
  expectedValueAt,
  indicatorAchievement,
  indicatorNextDue,
  indicatorSignals,
  latestMeasurement,
  trajectoryCheck,
  type IndicatorAttachment,
  type IndicatorFacts,
  type IndicatorListItem,
  type IsoDate,
  type Periodicity,
  type PlanState,
} from '@boussole/domain';

export interface IndicatorRow {
  id: number;
  plan_id: number;
  name: string;
  unit: string;
  baseline_value: number;
  baseline_date: string;
  target_value: number;
  target_date: string;
  intermediate_targets: { date: string; value: number }[];
  periodicity: Periodicity;
  regional: boolean;
  source: string | null;
  definition: string | null;
  version: number;
  plan_state: PlanState;
  action_id: number | null;
  unit_code: string | null;
  attached_kind: IndicatorAttachment['kind'];
  attached_id: number;
  attached_label: string;
  attached_title: string;
  measurements: { period: string; value: number; regionCode: string | null }[];
}

/** Indicators with what they are attached to and all their measurements, national and regional. */
export const INDICATOR_SELECT = `
  SELECT i.id, i.plan_id, i.name, i.unit, i.baseline_value::float8 AS baseline_value, i.baseline_date,
         i.target_value::float8 AS target_value, i.target_date, i.intermediate_targets, i.periodicity, i.regional,
         i.source, i.definition, i.version, p.state AS plan_state, i.action_id, un.code AS unit_code,
         CASE WHEN i.action_id IS NOT NULL THEN 'action' WHEN i.objective_id IS NOT NULL THEN 'objective'
              WHEN i.axis_id IS NOT NULL THEN 'axis' ELSE 'plan' END AS attached_kind,
         coalesce(i.action_id, i.objective_id, i.axis_id, i.plan_id) AS attached_id,
         CASE WHEN i.action_id IS NOT NULL THEN 'Action ' || ac.code WHEN i.objective_id IS NOT NULL THEN 'Objectif ' || ob.code
              WHEN i.axis_id IS NOT NULL THEN 'Axe ' || ax.number ELSE 'Plan' END AS attached_label,
         coalesce(ac.title, ob.title, ax.title, p.title) AS attached_title,
         coalesce((SELECT json_agg(json_build_object('period', m.period, 'value', m.value::float8, 'regionCode', m.region_code)
                                   ORDER BY m.period, m.region_code NULLS FIRST)
                     FROM measurements m WHERE m.indicator_id = i.id), '[]') AS measurements
    FROM indicators i
    JOIN plans p ON p.id = i.plan_id
    LEFT JOIN actions ac ON ac.id = i.action_id
    LEFT JOIN units un ON un.id = ac.unit_id
    LEFT JOIN objectives ob ON ob.id = i.objective_id
    LEFT JOIN axes ax ON ax.id = i.axis_id`;

export function factsOf(row: IndicatorRow, regionCode: string | null): IndicatorFacts {
  return {
    baselineValue: row.baseline_value,
    baselineDate: row.baseline_date,
    targetValue: row.target_value,
    targetDate: row.target_date,
    intermediateTargets: row.intermediate_targets,
    periodicity: row.periodicity,
    measurements: row.measurements.filter((m) => m.regionCode === regionCode),
  };
}

/** An indicator's figures as of today, by the shared rules (achievement, freshness, signals). */
export function toIndicatorListItem(row: IndicatorRow, asOf: IsoDate): IndicatorListItem {
  const facts = factsOf(row, null);
  const latest = latestMeasurement(facts.measurements, facts.periodicity, asOf);
  return {
    id: row.id,
    planId: row.plan_id,
    name: row.name,
    unit: row.unit,
    baselineValue: row.baseline_value,
    baselineDate: row.baseline_date,
    targetValue: row.target_value,
    targetDate: row.target_date,
    intermediateTargets: row.intermediate_targets,
    periodicity: row.periodicity,
    regional: row.regional,
    source: row.source,
    definition: row.definition,
    attachedTo: { kind: row.attached_kind, id: row.attached_id, label: row.attached_label, title: row.attached_title },
    latest: latest ? { period: latest.period, value: latest.value } : null,
    achievement: indicatorAchievement(facts, asOf),
    nextDue: indicatorNextDue(facts, asOf),
    signals: indicatorSignals(facts, asOf),
    version: row.version,
  };
}

/** Points of the straight line from baseline to target, at the baseline, each intermediate target and the target. */
export function trajectoryPoints(row: IndicatorRow): { date: string; value: number }[] {
  const from = { date: row.baseline_date, value: row.baseline_value };
  const to = { date: row.target_date, value: row.target_value };
  const dates = [row.baseline_date, ...row.intermediate_targets.map((t) => t.date), row.target_date].sort();
  return dates.map((date) => ({ date, value: Math.round(expectedValueAt(from, to, date) * 1000) / 1000 }));
}

export function expectedAchievementOf(row: IndicatorRow, asOf: IsoDate): number | null {
  return trajectoryCheck(factsOf(row, null), asOf)?.expectedAchievement ?? null;
}
