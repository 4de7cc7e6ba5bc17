import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AxisPayload, CyclePayload, ObjectivePayload, PlanDetail, PlanSummary } from '@boussole/domain';
import { DataSource, EntityManager } from 'typeorm';
import { notFound } from '../common/errors/app-error';
import { ReportingCycleEntity } from '../cycles/reporting-cycle.entity';
import { toCyclePayload } from '../cycles/cycle-payload';
import { AxisEntity } from './axis.entity';
import { ObjectiveEntity } from './objective.entity';
import { PlanEntity } from './plan.entity';
import { DEFAULT_PLAN_ORDER_SQL } from './default-plan';

interface CountRow {
  id: number;
  count: number;
}

type Db = DataSource | EntityManager;

/** The plans and their structure as read by everyone; the admin services answer with the same payloads. */
@Injectable()
export class PlansService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(): Promise<PlanSummary[]> {
    const rows: (PlanEntity & { axis_count: number; action_count: number })[] = await this.db.query(`
      SELECT p.id, p.title, p.start_year AS "startYear", p.end_year AS "endYear", p.state, p.version,
             (SELECT count(*)::int FROM axes a WHERE a.plan_id = p.id) AS axis_count,
             (SELECT count(*)::int FROM actions x WHERE x.plan_id = p.id) AS action_count
        FROM plans p
       ORDER BY ${DEFAULT_PLAN_ORDER_SQL}`);
    return rows.map((p) => ({
      id: p.id,
      title: p.title,
      startYear: p.startYear,
      endYear: p.endYear,
      state: p.state,
      axisCount: p.axis_count,
      actionCount: p.action_count,
      version: p.version,
    }));
  }

  async get(id: number, db: Db = this.db): Promise<PlanDetail> {
    const plan = await db.getRepository(PlanEntity).findOneBy({ id });
    if (!plan) throw notFound('Projet stratégique');
    // One after the other: inside a transaction they share one connection.
    const axes = await this.axes(db, { planId: id });
    const cycle = await this.currentCycle(db, id);
    return {
      id: plan.id,
      title: plan.title,
      description: plan.description,
      startYear: plan.startYear,
      endYear: plan.endYear,
      state: plan.state,
      axisCount: axes.length,
      actionCount: axes.reduce((sum, a) => sum + a.actionCount, 0),
      version: plan.version,
      axes,
      currentCycle: cycle,
    };
  }

  async axis(id: number, db: Db = this.db): Promise<AxisPayload> {
    const [axis] = await this.axes(db, { id });
    if (!axis) throw notFound('Axe');
    return axis;
  }

  async objective(id: number, db: Db = this.db): Promise<ObjectivePayload> {
    const objective = await db.getRepository(ObjectiveEntity).findOneBy({ id });
    if (!objective) throw notFound('Objectif');
    const [row]: CountRow[] = await db.query(`SELECT $1::int AS id, count(*)::int AS count FROM actions WHERE objective_id = $1`, [id]);
    return toObjectivePayload(objective, row.count);
  }

  private async axes(db: Db, where: { planId: number } | { id: number }): Promise<AxisPayload[]> {
    const axes = await db.getRepository(AxisEntity).find({
      where,
      relations: { objectives: true, sponsor: true },
      order: { number: 'ASC', objectives: { number: 'ASC' } },
    });
    if (axes.length === 0) return [];
    const ids = axes.map((a) => a.id);
    const objectiveCounts: (CountRow & { axis_id: number })[] = await db.query(
      `SELECT objective_id AS id, axis_id, count(*)::int AS count FROM actions WHERE axis_id = ANY($1) GROUP BY 1, 2`,
      [ids],
    );
    const byObjective = toMap(objectiveCounts);
    const byAxis = new Map<number, number>();
    for (const row of objectiveCounts) byAxis.set(Number(row.axis_id), (byAxis.get(Number(row.axis_id)) ?? 0) + Number(row.count));
    return axes.map((axis) => ({
      id: axis.id,
      planId: axis.planId,
      number: axis.number,
      title: axis.title,
      description: axis.description,
      sponsor: axis.sponsor ? { id: axis.sponsor.id, name: axis.sponsor.name } : null,
      actionCount: byAxis.get(axis.id) ?? 0,
      version: axis.version,
      objectives: (axis.objectives ?? []).map((o) => toObjectivePayload(o, byObjective.get(o.id) ?? 0)),
    }));
  }

  /** The open reporting cycle, else the latest one. */
  private async currentCycle(db: Db, planId: number): Promise<CyclePayload | null> {
    const cycle = await db
      .getRepository(ReportingCycleEntity)
      .createQueryBuilder('c')
      .where('c.plan_id = :planId', { planId })
      .orderBy(`CASE c.state WHEN 'open' THEN 0 ELSE 1 END`)
      .addOrderBy('c.opens_on', 'DESC')
      .getOne();
    return cycle ? toCyclePayload(cycle) : null;
  }
}

function toObjectivePayload(o: ObjectiveEntity, actionCount: number): ObjectivePayload {
  return { id: o.id, axisId: o.axisId, number: o.number, code: o.code, title: o.title, description: o.description, actionCount, version: o.version };
}

function toMap(rows: CountRow[]): Map<number, number> {
  return new Map(rows.map((r) => [Number(r.id), Number(r.count)]));
}
