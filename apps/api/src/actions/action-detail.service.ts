import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  indicatorAchievement,
  latestMeasurement,
  type ActionDetail,
  type IndicatorSummary,
  type MilestonePayload,
  type Periodicity,
} from '@boussole/domain';
import { DataSource, EntityManager } from 'typeorm';
import { notFound } from '../common/errors/app-error';
import { todayIso } from '../rollups/plan-clock';
import { ACTION_COLUMNS, ACTION_JOINS, ActionRow, toActionListItem } from './action-row';
import { STATUS_UPDATE_SELECT, StatusUpdateRow, toStatusUpdatePayload } from './status-update-payload';

/** `GET /api/actions/:id`: the action with everything its page shows. */
@Injectable()
export class ActionDetailService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async get(id: number, manager: EntityManager | DataSource = this.db): Promise<ActionDetail> {
    const today = todayIso();
    const [row]: (ActionRow & { axis_title: string; objective_title: string; cycle_id: number | null; cycle_label: string | null;
      cycle_closes_on: string | null; cycle_state: string | null; validated_at: Date | null })[] = await manager.query(
      `SELECT ${ACTION_COLUMNS}, ax.title AS axis_title, ob.title AS objective_title,
              cy.id AS cycle_id, cy.label AS cycle_label, cy.closes_on AS cycle_closes_on, cy.state AS cycle_state,
              v.validated_at
         FROM actions a ${ACTION_JOINS}
         LEFT JOIN axis_validations v ON v.cycle_id = cy.id AND v.axis_id = a.axis_id
        WHERE a.id = $1`,
      [id],
    );
    if (!row) throw notFound('Action');
    const [milestones, indicators, latest] = await Promise.all([
      manager.query(
        `SELECT id, action_id, title, planned_date, actual_date, done FROM milestones WHERE action_id = $1 ORDER BY planned_date, position, id`,
        [id],
      ) as Promise<{ id: number; action_id: number; title: string; planned_date: string; actual_date: string | null; done: boolean }[]>,
      this.indicatorsOf(id, today, manager),
      manager.query(`${STATUS_UPDATE_SELECT} WHERE u.action_id = $1 ORDER BY u.created_at DESC, u.id DESC LIMIT 1`, [id]) as Promise<StatusUpdateRow[]>,
    ]);
    const milestonePayloads: MilestonePayload[] = milestones.map((m) => ({
      id: m.id,
      actionId: m.action_id,
      title: m.title,
      plannedDate: m.planned_date,
      actualDate: m.actual_date,
      done: m.done,
    }));
    const item = toActionListItem(row, milestonePayloads, today);
    return {
      ...item,
      axis: { id: row.axis_id, number: row.axis_number, title: row.axis_title },
      objective: { id: row.objective_id, code: row.objective_code, title: row.objective_title },
      milestones: milestonePayloads,
      indicators,
      openCycle: row.cycle_id
        ? { id: row.cycle_id, planId: row.plan_id, label: row.cycle_label ?? '', opensOn: row.cycle_opened_on ?? '', closesOn: row.cycle_closes_on ?? '', state: 'open' }
        : null,
      lockedReason: row.validated_at
        ? `L’axe ${row.axis_number} a été validé pour la campagne ${row.cycle_label} : ses actions ne peuvent plus être mises à jour pour cette campagne.`
        : null,
      latestUpdate: latest[0] ? toStatusUpdatePayload(latest[0]) : null,
    };
  }

  private async indicatorsOf(actionId: number, today: string, manager: EntityManager | DataSource): Promise<IndicatorSummary[]> {
    const rows: {
      id: number; name: string; unit: string; baseline_value: number; baseline_date: string; target_value: number;
      target_date: string; intermediate_targets: { date: string; value: number }[]; periodicity: Periodicity;
      measurements: { period: string; value: number }[];
    }[] = await manager.query(
      `SELECT i.id, i.name, i.unit, i.baseline_value::float8 AS baseline_value, i.baseline_date, i.target_value::float8 AS target_value,
              i.target_date, i.intermediate_targets, i.periodicity,
              coalesce((SELECT json_agg(json_build_object('period', m.period, 'value', m.value::float8) ORDER BY m.period)
                          FROM measurements m WHERE m.indicator_id = i.id AND m.region_code IS NULL), '[]') AS measurements
         FROM indicators i WHERE i.action_id = $1 ORDER BY i.id`,
      [actionId],
    );
    return rows.map((r) => {
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
    });
  }
}
