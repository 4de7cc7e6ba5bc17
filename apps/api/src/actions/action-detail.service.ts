import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  indicatorAchievement,
  latestMeasurement,
  type ActionDetail,
  type IndicatorSummary,
  type MilestonePayload,
  type Periodicity,
  type PlanState,
  validatedAxisReason,
} from '@boussole/domain';
import { DataSource, EntityManager } from 'typeorm';
import { notFound } from '../common/errors/app-error';
import { ARCHIVED_PLAN_REASON } from '../plans/plan-writable';
import { todayIso } from '../rollups/plan-clock';
import { ACTION_COLUMNS, ACTION_JOINS, ActionRow, toActionListItem } from './action-row';
import { STATUS_UPDATE_SELECT, StatusUpdateRow, toStatusUpdatePayload } from './status-update-payload';

/** `GET /api/actions/:id`: the action with everything its page shows. */
@Injectable()
export class ActionDetailService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async get(id: number, manager: EntityManager | DataSource = this.db): Promise<ActionDetail> {
    const today = todayIso();
    // One round trip: the action, its milestones, indicators and latest update (a write answers with it).
    const [row]: (ActionRow & {
      axis_title: string; objective_title: string; cycle_id: number | null; cycle_label: string | null;
      cycle_closes_on: string | null; cycle_version: number | null; validated_at: Date | null; plan_state: PlanState;
      milestones: { id: number; title: string; planned_date: string; actual_date: string | null; done: boolean }[];
      indicators: IndicatorRow[];
      latest: (Omit<StatusUpdateRow, 'created_at'> & { created_at: string }) | null;
    })[] = await manager.query(
      `SELECT ${ACTION_COLUMNS}, ax.title AS axis_title, ob.title AS objective_title,
              cy.id AS cycle_id, cy.label AS cycle_label, cy.closes_on AS cycle_closes_on, cy.version AS cycle_version, v.validated_at,
              (SELECT p.state FROM plans p WHERE p.id = a.plan_id) AS plan_state,
              coalesce((SELECT json_agg(json_build_object('id', m.id, 'title', m.title, 'planned_date', m.planned_date,
                                                          'actual_date', m.actual_date, 'done', m.done)
                                        ORDER BY m.planned_date, m.position, m.id)
                          FROM milestones m WHERE m.action_id = a.id), '[]') AS milestones,
              coalesce((SELECT json_agg(json_build_object(
                         'id', i.id, 'name', i.name, 'unit', i.unit, 'baseline_value', i.baseline_value::float8,
                         'baseline_date', i.baseline_date, 'target_value', i.target_value::float8, 'target_date', i.target_date,
                         'intermediate_targets', i.intermediate_targets, 'periodicity', i.periodicity,
                         'measurements', coalesce((SELECT json_agg(json_build_object('period', ms.period, 'value', ms.value::float8) ORDER BY ms.period)
                                                     FROM measurements ms WHERE ms.indicator_id = i.id AND ms.region_code IS NULL), '[]'))
                         ORDER BY i.id)
                          FROM indicators i WHERE i.action_id = a.id), '[]') AS indicators,
              (SELECT row_to_json(l) FROM (
                 ${STATUS_UPDATE_SELECT} WHERE u.action_id = a.id ORDER BY u.created_at DESC, u.id DESC LIMIT 1) l) AS latest
         FROM actions a ${ACTION_JOINS}
         LEFT JOIN axis_validations v ON v.cycle_id = cy.id AND v.axis_id = a.axis_id AND v.reopened_at IS NULL
        WHERE a.id = $1`,
      [id],
    );
    if (!row) throw notFound('Action');
    const milestones: MilestonePayload[] = row.milestones.map((m) => ({
      id: m.id,
      actionId: row.id,
      title: m.title,
      plannedDate: m.planned_date,
      actualDate: m.actual_date,
      done: m.done,
    }));
    const item = toActionListItem(row, milestones, today);
    return {
      ...item,
      axis: { id: row.axis_id, number: row.axis_number, title: row.axis_title },
      objective: { id: row.objective_id, code: row.objective_code, title: row.objective_title },
      milestones,
      indicators: row.indicators.map((i) => toIndicatorSummary(i, today)),
      openCycle: row.cycle_id
        ? { id: row.cycle_id, planId: row.plan_id, label: row.cycle_label ?? '', opensOn: row.cycle_opened_on ?? '', closesOn: row.cycle_closes_on ?? '', state: 'open', version: row.cycle_version ?? 1 }
        : null,
      lockedReason: lockedReason(row),
      planState: row.plan_state,
      latestUpdate: row.latest ? toStatusUpdatePayload({ ...row.latest, created_at: new Date(row.latest.created_at) }) : null,
    };
  }
}

/** Why the update form is closed, as the API would refuse the update: an archived plan, a validated axis. */
function lockedReason(row: { plan_state: PlanState; validated_at: Date | null; axis_number: number; cycle_label: string | null }): string | null {
  if (row.plan_state === 'archived') return ARCHIVED_PLAN_REASON;
  return row.validated_at ? validatedAxisReason(row.axis_number, row.cycle_label ?? '') : null;
}

interface IndicatorRow {
  id: number; name: string; unit: string; baseline_value: number; baseline_date: string; target_value: number;
  target_date: string; intermediate_targets: { date: string; value: number }[]; periodicity: Periodicity;
  measurements: { period: string; value: number }[];
}

function toIndicatorSummary(r: IndicatorRow, today: string): IndicatorSummary {
  const facts = {
    baselineValue: r.baseline_value,
    baselineDate: r.baseline_date,
    targetValue: r.target_value,
    targetDate: r.target_date,
    intermediateTargets: r.intermediate_targets,
    periodicity: r.periodicity,
    measurements: r.measurements,
  };
  const latest = latestMeasurement(facts.measurements, facts.periodicity, today);
  return {
    id: r.id,
    name: r.name,
    unit: r.unit,
    baselineValue: r.baseline_value,
    targetValue: r.target_value,
    targetDate: r.target_date,
    latestValue: latest?.value ?? null,
    latestPeriod: latest?.period ?? null,
    achievement: indicatorAchievement(facts, today),
  };
}
