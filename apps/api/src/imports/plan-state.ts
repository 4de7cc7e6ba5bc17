import type { Periodicity } from '@boussole/domain';
import { DataSource, EntityManager } from 'typeorm';

/** The plan as an import compares it: every importable field, under the names of the workbook's columns. */
export interface PlanState {
  planId: number;
  axes: { id: number; number: number; title: string; description: string | null }[];
  objectives: { id: number; axisNumber: number; code: string; title: string; description: string | null }[];
  actions: {
    id: number;
    objectiveCode: string;
    code: string;
    title: string;
    description: string | null;
    unitCode: string;
    ownerEmail: string | null;
    startDate: string | null;
    dueDate: string | null;
    weight: number;
    regional: boolean;
  }[];
  indicators: {
    id: number;
    attachedTo: string | null;
    name: string;
    unit: string;
    baselineValue: number;
    baselineDate: string;
    targetValue: number;
    targetDate: string;
    periodicity: Periodicity;
    regional: boolean;
    source: string | null;
    definition: string | null;
  }[];
  measurements: { indicatorId: number; period: string; regionCode: string | null; value: number }[];
  units: Set<string>;
  /** Users by lower-case e-mail. */
  users: Map<string, { id: number; active: boolean }>;
}

export async function loadPlanState(db: DataSource | EntityManager, planId: number, withMeasurements = true): Promise<PlanState> {
  // One after the other: inside a transaction they share one connection.
  const queries: (() => Promise<unknown[]>)[] = [
    () => db.query(`SELECT id, number, title, description FROM axes WHERE plan_id = $1 ORDER BY number`, [planId]),
    () =>
      db.query(
        `SELECT o.id, a.number AS "axisNumber", o.code, o.title, o.description
         FROM objectives o JOIN axes a ON a.id = o.axis_id WHERE a.plan_id = $1 ORDER BY a.number, o.number`,
        [planId],
      ),
    () =>
      db.query(
        `SELECT a.id, o.code AS "objectiveCode", a.code, a.title, a.description, un.code AS "unitCode", ow.email AS "ownerEmail",
              a.start_date AS "startDate", a.due_date AS "dueDate", a.weight::float8 AS weight, a.regional
         FROM actions a JOIN objectives o ON o.id = a.objective_id JOIN units un ON un.id = a.unit_id LEFT JOIN users ow ON ow.id = a.owner_id
        WHERE a.plan_id = $1 ORDER BY string_to_array(a.code, '.')::int[], a.id`,
        [planId],
      ),
    () =>
      db.query(
        `SELECT i.id, coalesce(ac.code, o.code, ax.number::text) AS "attachedTo", i.name, i.unit,
              i.baseline_value::float8 AS "baselineValue", i.baseline_date AS "baselineDate",
              i.target_value::float8 AS "targetValue", i.target_date AS "targetDate", i.periodicity, i.regional, i.source, i.definition
         FROM indicators i
         LEFT JOIN actions ac ON ac.id = i.action_id LEFT JOIN objectives o ON o.id = i.objective_id LEFT JOIN axes ax ON ax.id = i.axis_id
        WHERE i.plan_id = $1 ORDER BY i.id`,
        [planId],
      ),
    () =>
      withMeasurements
        ? db.query(
            `SELECT m.indicator_id AS "indicatorId", m.period, m.region_code AS "regionCode", m.value::float8 AS value
             FROM measurements m JOIN indicators i ON i.id = m.indicator_id WHERE i.plan_id = $1
            ORDER BY m.indicator_id, m.period, m.region_code NULLS FIRST`,
            [planId],
          )
        : Promise.resolve([]),
    () => db.query(`SELECT code FROM units`),
    () => db.query(`SELECT id, lower(email) AS email, active FROM users`),
  ];
  const results: unknown[][] = [];
  for (const query of queries) results.push(await query());
  const [axes, objectives, actions, indicators, measurements, units, users] = results as [
    PlanState['axes'],
    PlanState['objectives'],
    PlanState['actions'],
    PlanState['indicators'],
    PlanState['measurements'],
    { code: string }[],
    { id: number; email: string; active: boolean }[],
  ];
  return {
    planId,
    axes,
    objectives,
    actions,
    indicators,
    measurements,
    units: new Set(units.map((u) => u.code)),
    users: new Map(users.map((u) => [u.email, { id: u.id, active: u.active }])),
  };
}
