import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AxisSnapshot, CycleProgressPoint, CycleSnapshot, IsoDate, PlanProgressHistory } from '@boussole/domain';
import { DataSource } from 'typeorm';
import { notFound } from '../../common/errors/app-error';
import { toCyclePayload } from '../cycle-payload';
import { ReportingCycleEntity } from '../reporting-cycle.entity';
import type { AxisSnapshotContent, PlanSnapshotContent } from './freeze-axis';
import { frozenStateSql } from './frozen-state.sql';

interface FrozenRow {
  axis_id: number | null;
  validation_id: number | null;
  frozen_at: Date;
  as_of: IsoDate;
  content: AxisSnapshotContent | PlanSnapshotContent;
}

/** Reads what a cycle froze: `GET /api/cycles/:id/snapshot` and `GET /api/plans/:id/snapshots`. */
@Injectable()
export class CycleSnapshotReadService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async cycleSnapshot(cycleId: number): Promise<CycleSnapshot> {
    const cycle = await this.db.getRepository(ReportingCycleEntity).findOneBy({ id: cycleId });
    if (!cycle) throw notFound('Campagne de suivi');
    const rows: FrozenRow[] = await this.db.query(
      `SELECT f.axis_id, f.validation_id, f.frozen_at, f.as_of, s.content
         FROM (${frozenStateSql('s.cycle_id = $1')}) f
         JOIN cycle_snapshots s ON s.id = f.id
        ORDER BY (s.content->>'number')::int NULLS FIRST`,
      [cycleId],
    );
    const axes: AxisSnapshot[] = [];
    let plan: CycleSnapshot['plan'] = null;
    for (const row of rows) {
      const at = { frozenAt: row.frozen_at.toISOString(), asOf: row.as_of };
      if (row.axis_id === null) {
        plan = { ...at, rollup: (row.content as PlanSnapshotContent).rollup };
        continue;
      }
      const content = row.content as AxisSnapshotContent;
      axes.push({ axisId: row.axis_id, number: content.number, title: content.title, ...at, validationId: row.validation_id, rollup: content.rollup, actions: content.actions });
    }
    return { cycle: toCyclePayload(cycle), axes, plan };
  }

  /** Each axis's frozen progress per cycle, read from the snapshots without their actions. */
  async planHistory(planId: number): Promise<PlanProgressHistory> {
    const [plan] = await this.db.query(`SELECT 1 FROM plans WHERE id = $1`, [planId]);
    if (!plan) throw notFound('Projet stratégique');
    const rows: {
      cycle_id: number; label: string; closes_on: IsoDate; axis_id: number | null; number: number | null; progress: number | null; validated: boolean;
    }[] = await this.db.query(
      `SELECT c.id AS cycle_id, c.label, c.closes_on, f.axis_id, (s.content->>'number')::int AS number,
              (s.content #>> '{rollup,progress}')::float8 AS progress, f.validation_id IS NOT NULL AS validated
         FROM (${frozenStateSql('c.plan_id = $1')}) f
         JOIN cycle_snapshots s ON s.id = f.id
         JOIN reporting_cycles c ON c.id = f.cycle_id
        ORDER BY c.opens_on, c.id, (s.content->>'number')::int NULLS FIRST`,
      [planId],
    );
    const cycles: CycleProgressPoint[] = [];
    for (const row of rows) {
      let point = cycles.at(-1);
      if (point?.cycleId !== row.cycle_id) {
        point = { cycleId: row.cycle_id, label: row.label, closesOn: row.closes_on, planProgress: null, axes: [] };
        cycles.push(point);
      }
      if (row.axis_id === null) point.planProgress = row.progress;
      else point.axes.push({ axisId: row.axis_id, number: row.number ?? 0, progress: row.progress, validated: row.validated });
    }
    // A cycle is a point of the series once one of its axes is frozen.
    return { planId, cycles: cycles.filter((c) => c.axes.length > 0) };
  }
}
