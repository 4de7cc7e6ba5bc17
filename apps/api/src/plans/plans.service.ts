import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AxisPayload, CyclePayload, PlanDetail, PlanSummary } from '@boussole/domain';
import { DataSource } from 'typeorm';
import { notFound } from '../common/errors/app-error';
import { ReportingCycleEntity } from '../cycles/reporting-cycle.entity';
import { toCyclePayload } from '../cycles/cycle-payload';
import { AxisEntity } from './axis.entity';
import { PlanEntity } from './plan.entity';

interface CountRow {
  id: number;
  count: number;
}

@Injectable()
export class PlansService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(): Promise<PlanSummary[]> {
    const rows: (PlanEntity & { axis_count: number; action_count: number })[] = await this.db.query(`
      SELECT p.id, p.title, p.start_year AS "startYear", p.end_year AS "endYear", p.state,
             (SELECT count(*)::int FROM axes a WHERE a.plan_id = p.id) AS axis_count,
             (SELECT count(*)::int FROM actions x WHERE x.plan_id = p.id) AS action_count
        FROM plans p
       ORDER BY CASE p.state WHEN 'active' THEN 0 WHEN 'draft' THEN 1 ELSE 2 END, p.start_year DESC`);
    return rows.map((p) => ({
      id: p.id,
      title: p.title,
      startYear: p.startYear,
      endYear: p.endYear,
      state: p.state,
      axisCount: p.axis_count,
      actionCount: p.action_count,
    }));
  }

  async get(id: number): Promise<PlanDetail> {
    const plan = await this.db.getRepository(PlanEntity).findOneBy({ id });
    if (!plan) throw notFound('Projet stratégique');
    const [axes, objectiveCounts, axisCounts, cycle] = await Promise.all([
      this.db.getRepository(AxisEntity).find({
        where: { planId: id },
        relations: { objectives: true, sponsor: true },
        order: { number: 'ASC', objectives: { number: 'ASC' } },
      }),
      this.db.query(`SELECT objective_id AS id, count(*)::int AS count FROM actions WHERE plan_id = $1 GROUP BY 1`, [id]),
      this.db.query(`SELECT axis_id AS id, count(*)::int AS count FROM actions WHERE plan_id = $1 GROUP BY 1`, [id]),
      this.currentCycle(id),
    ]);
    const byObjective = toMap(objectiveCounts as CountRow[]);
    const byAxis = toMap(axisCounts as CountRow[]);
    const axisPayloads: AxisPayload[] = axes.map((axis) => ({
      id: axis.id,
      planId: axis.planId,
      number: axis.number,
      title: axis.title,
      description: axis.description,
      sponsor: axis.sponsor ? { id: axis.sponsor.id, name: axis.sponsor.name } : null,
      actionCount: byAxis.get(axis.id) ?? 0,
      objectives: (axis.objectives ?? []).map((o) => ({
        id: o.id,
        axisId: o.axisId,
        number: o.number,
        code: o.code,
        title: o.title,
        description: o.description,
        actionCount: byObjective.get(o.id) ?? 0,
      })),
    }));
    return {
      id: plan.id,
      title: plan.title,
      description: plan.description,
      startYear: plan.startYear,
      endYear: plan.endYear,
      state: plan.state,
      axisCount: axisPayloads.length,
      actionCount: axisPayloads.reduce((sum, a) => sum + a.actionCount, 0),
      axes: axisPayloads,
      currentCycle: cycle,
    };
  }

  /** The open reporting cycle, else the latest one. */
  private async currentCycle(planId: number): Promise<CyclePayload | null> {
    const cycle = await this.db
      .getRepository(ReportingCycleEntity)
      .createQueryBuilder('c')
      .where('c.plan_id = :planId', { planId })
      .orderBy(`CASE c.state WHEN 'open' THEN 0 ELSE 1 END`)
      .addOrderBy('c.opens_on', 'DESC')
      .getOne();
    return cycle ? toCyclePayload(cycle) : null;
  }
}

function toMap(rows: CountRow[]): Map<number, number> {
  return new Map(rows.map((r) => [Number(r.id), Number(r.count)]));
}
