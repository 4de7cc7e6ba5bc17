import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  countSignals,
  indicatorSignals,
  regionalLaggardSignals,
  SIGNAL_KINDS,
  type PlanSignal,
  type PlanSignals,
  type Periodicity,
  type Status,
} from '@boussole/domain';
import { DataSource } from 'typeorm';
import { ACTION_COLUMNS, ACTION_JOINS, ActionRow, toActionListItem } from '../actions/action-row';
import { ActionsQueryService } from '../actions/actions-query.service';
import { planClock, todayIso } from './plan-clock';

/** `GET /api/plans/:id/signals`: every signal of the plan's actions, deployments and indicators. */
@Injectable()
export class SignalsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly actions: ActionsQueryService,
  ) {}

  async forPlan(planId: number): Promise<PlanSignals> {
    const today = todayIso();
    await planClock(this.db, planId, today);
    const [rows, deployments, indicators] = await Promise.all([
      this.db.query(`SELECT ${ACTION_COLUMNS} FROM actions a ${ACTION_JOINS} WHERE a.plan_id = $1 ORDER BY string_to_array(a.code, '.')::int[]`, [planId]) as Promise<ActionRow[]>,
      this.db.query(
        `SELECT d.action_id, d.region_code AS "regionCode", d.status, d.progress
           FROM regional_deployments d JOIN actions a ON a.id = d.action_id WHERE a.plan_id = $1`,
        [planId],
      ) as Promise<{ action_id: number; regionCode: string; status: Status; progress: number }[]>,
      this.db.query(
        `SELECT i.id, i.name, i.baseline_value::float8 AS "baselineValue", i.baseline_date AS "baselineDate",
                i.target_value::float8 AS "targetValue", i.target_date AS "targetDate",
                i.intermediate_targets AS "intermediateTargets", i.periodicity,
                coalesce((SELECT json_agg(json_build_object('period', m.period, 'value', m.value::float8))
                            FROM measurements m WHERE m.indicator_id = i.id AND m.region_code IS NULL), '[]') AS measurements
           FROM indicators i WHERE i.plan_id = $1 ORDER BY i.id`,
        [planId],
      ) as Promise<{ id: number; name: string; baselineValue: number; baselineDate: string; targetValue: number; targetDate: string;
        intermediateTargets: { date: string; value: number }[]; periodicity: Periodicity; measurements: { period: string; value: number }[] }[]>,
    ]);

    const signals: PlanSignal[] = [];
    const none = { regionCode: null, indicatorId: null, indicatorName: null };
    const milestones = await this.actions.milestonesOf(rows.map((r) => r.id));
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const row of rows) {
      for (const s of toActionListItem(row, milestones.get(row.id) ?? [], today).signalDetails) {
        signals.push({ ...s, actionId: row.id, actionCode: row.code, actionTitle: row.title, ...none });
      }
    }
    const deploymentsByAction = new Map<number, typeof deployments>();
    for (const d of deployments) deploymentsByAction.set(d.action_id, [...(deploymentsByAction.get(d.action_id) ?? []), d]);
    for (const [actionId, list] of deploymentsByAction) {
      const action = byId.get(actionId);
      for (const s of regionalLaggardSignals(list)) {
        signals.push({ ...s, actionId, actionCode: action?.code ?? null, actionTitle: action?.title ?? null, regionCode: s.regionCode, indicatorId: null, indicatorName: null });
      }
    }
    for (const indicator of indicators) {
      for (const s of indicatorSignals(indicator, today)) {
        signals.push({ ...s, actionId: null, actionCode: null, actionTitle: null, regionCode: null, indicatorId: indicator.id, indicatorName: indicator.name });
      }
    }
    signals.sort((a, b) => SIGNAL_KINDS.indexOf(a.kind) - SIGNAL_KINDS.indexOf(b.kind));
    return { asOf: today, counts: countSignals(signals), signals };
  }
}
