import {
  actionSignals,
  expectedProgress,
  type AxisSnapshot,
  type CycleSnapshot,
  type FrozenAction,
  type IsoDate,
  type MilestoneFact,
  type Status,
} from '@boussole/domain';
import type { EntityManager } from 'typeorm';
import { notFound } from '../../common/errors/app-error';
import { todayIso } from '../../rollups/plan-clock';
import { computeRollup } from '../../rollups/rollup.service';
import { ACTION_FACTS_SQL } from '../../rollups/rollup.sql';

/** What a `cycle_snapshots` row keeps of an axis; its id, dates and validation are the row's columns. */
export type AxisSnapshotContent = Pick<AxisSnapshot, 'number' | 'title' | 'rollup' | 'actions'>;
/** What the plan's row keeps, frozen when the cycle closed. */
export type PlanSnapshotContent = { rollup: NonNullable<CycleSnapshot['plan']>['rollup'] };

/** When the figures are taken: by default now, as the roll-up route gives them today. */
export interface FreezeMoment {
  asOf: IsoDate;
  /** The row's `frozen_at`; the transaction's time when absent. */
  frozenAt?: Date;
}

interface FactRow {
  id: number;
  code: string;
  title: string;
  axis_id: number;
  objective_id: number;
  unit_code: string;
  owner_id: number | null;
  owner_name: string | null;
  weight: number;
  status: Status;
  eff: Status;
  progress: number;
  start_date: string | null;
  due_date: string | null;
  last_update_at: Date | null;
  narrative: string | null;
}

/**
 * Each action of the axis as the roll-up counts it at `asOf` (the same facts query, so the
 * effective status is the one counted), with its latest update's narrative at that date.
 */
const FROZEN_ACTIONS_SQL = `
  WITH facts AS (${ACTION_FACTS_SQL})
  SELECT f.id, f.code, a.title, f.axis_id, f.objective_id, un.code AS unit_code, a.owner_id, ow.name AS owner_name,
         f.w::float8 AS weight, f.status, f.eff, f.progress, f.start_date, f.due_date, f.last_update_at, n.narrative
    FROM facts f
    JOIN actions a ON a.id = f.id
    JOIN units un ON un.id = a.unit_id
    LEFT JOIN users ow ON ow.id = a.owner_id
    LEFT JOIN LATERAL (
      SELECT u.narrative FROM status_updates u
       WHERE u.action_id = f.id AND (NOT $4 OR u.created_at < (($2::date + 1)::timestamp AT TIME ZONE 'UTC'))
       ORDER BY u.created_at DESC, u.id DESC LIMIT 1) n ON true
   WHERE f.axis_id = ANY($5)
   ORDER BY string_to_array(f.code, '.')::int[]`;

/** The plan of a cycle (404 when either is unknown, or when the axis is another plan's). */
async function cyclePlan(manager: EntityManager, cycleId: number, axisId: number | null): Promise<number> {
  const [row]: { plan_id: number; axis_ok: boolean }[] = await manager.query(
    `SELECT c.plan_id, ($2::int IS NULL OR EXISTS (SELECT 1 FROM axes x WHERE x.id = $2 AND x.plan_id = c.plan_id)) AS axis_ok
       FROM reporting_cycles c WHERE c.id = $1`,
    [cycleId, axisId],
  );
  if (!row) throw notFound('Campagne de suivi');
  if (!row.axis_ok) throw notFound('Axe');
  return row.plan_id;
}

/**
 * Computes the plan's roll-up once at `moment.asOf`, in the caller's transaction, and inserts a
 * `cycle_snapshots` row for each axis given (`validationId` null: frozen by the cycle's closing):
 * the axis's and its objectives' roll-ups (the route's very figures, without explanations) and
 * each action's state; then, with `plan`, the plan's roll-up node.
 */
export async function freezeSnapshots(
  manager: EntityManager,
  cycleId: number,
  what: { axes: { axisId: number; validationId: number | null }[]; plan: boolean },
  moment: FreezeMoment,
): Promise<void> {
  const planId = await cyclePlan(manager, cycleId, what.axes.length === 1 ? what.axes[0].axisId : null);
  const rollup = await computeRollup(manager, planId, moment.asOf);
  const actions = await frozenActions(manager, planId, what.axes.map((a) => a.axisId), moment.asOf, rollup.cycle?.opensOn ?? null);
  const rows: SnapshotRow[] = what.axes.map(({ axisId, validationId }) => {
    const axis = rollup.axes.find((a) => a.id === axisId);
    if (!axis) throw notFound('Axe');
    const content: AxisSnapshotContent = {
      number: axis.number,
      title: axis.title,
      rollup: axis,
      actions: actions.filter((a) => a.axisId === axisId),
    };
    return { axisId, validationId, content };
  });
  if (what.plan) {
    rows.push({ axisId: null, validationId: null, content: { rollup: rollup.plan } });
  }
  await insertSnapshots(manager, cycleId, moment, rows);
}

interface SnapshotRow {
  axisId: number | null;
  validationId: number | null;
  content: AxisSnapshotContent | PlanSnapshotContent;
}

/** One insert for all the rows of a freeze. */
async function insertSnapshots(manager: EntityManager, cycleId: number, moment: FreezeMoment, rows: SnapshotRow[]): Promise<void> {
  if (rows.length === 0) return;
  await manager.query(
    `INSERT INTO cycle_snapshots (cycle_id, axis_id, validation_id, frozen_at, as_of, content)
     SELECT $1, t.axis_id, t.validation_id, coalesce($2::timestamptz, now()), $3, t.content
       FROM unnest($4::int[], $5::int[], $6::jsonb[]) AS t(axis_id, validation_id, content)`,
    [cycleId, moment.frozenAt ?? null, moment.asOf, rows.map((r) => r.axisId), rows.map((r) => r.validationId), rows.map((r) => JSON.stringify(r.content))],
  );
}

export async function frozenActions(
  manager: EntityManager,
  planId: number,
  axisIds: number[],
  asOf: IsoDate,
  cycleOpenedOn: IsoDate | null,
): Promise<FrozenAction[]> {
  if (axisIds.length === 0) return [];
  // As the roll-up does: today is the actions' current state, another day their history.
  const historical = asOf !== todayIso();
  const rows: FactRow[] = await manager.query(FROZEN_ACTIONS_SQL, [planId, asOf, cycleOpenedOn, historical, axisIds]);
  const milestones = new Map<number, MilestoneFact[]>();
  const milestoneRows: { action_id: number; planned_date: string; done: boolean; title: string }[] = await manager.query(
    `SELECT m.action_id, m.planned_date, m.done, m.title FROM milestones m JOIN actions a ON a.id = m.action_id
      WHERE a.axis_id = ANY($1) ORDER BY m.planned_date`,
    [axisIds],
  );
  for (const m of milestoneRows) {
    milestones.set(m.action_id, [...(milestones.get(m.action_id) ?? []), { plannedDate: m.planned_date, done: m.done, title: m.title }]);
  }
  return rows.map((r) => {
    const lastUpdateAt = r.last_update_at ? new Date(r.last_update_at).toISOString() : null;
    const facts = { status: r.status, progress: r.progress, startDate: r.start_date, dueDate: r.due_date, lastUpdateAt, milestones: milestones.get(r.id) ?? [] };
    return {
      id: r.id,
      code: r.code,
      title: r.title,
      axisId: r.axis_id,
      objectiveId: r.objective_id,
      unitCode: r.unit_code,
      owner: r.owner_id === null ? null : { id: r.owner_id, name: r.owner_name ?? '' },
      weight: r.weight,
      status: r.status,
      effectiveStatus: r.eff,
      progress: r.progress,
      expectedProgress: expectedProgress(r.start_date, r.due_date, asOf),
      narrative: r.narrative,
      lastUpdateAt,
      signals: actionSignals(facts, { asOf, cycleOpenedOn }),
    };
  });
}
