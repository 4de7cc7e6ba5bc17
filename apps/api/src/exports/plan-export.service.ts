import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  HEALTH_LABELS,
  scheduleGap,
  SIGNAL_LABELS,
  STATUS_LABELS,
  type FrozenAction,
  type Health,
  type RollupNodePayload,
} from '@boussole/domain';
import { DataSource } from 'typeorm';
import { CycleSnapshotReadService } from '../cycles/snapshots/cycle-snapshot-read.service';
import { frozenActions } from '../cycles/snapshots/freeze-axis';
import { computeRollup } from '../rollups/rollup.service';
import { deploymentRows, indicatorRows, updateRows, type AxisCut } from './export-history';
import { resolveScope, type ExportQuery, type ExportScope } from './export-scope';

/** One cell's value before it is typed for xlsx or CSV: dates as `YYYY-MM-DD`, instants as `Date`, percentages in points. */
export type ExportValue = string | number | boolean | Date | null;
export type ExportRow = Record<string, ExportValue>;

/** The plan's workbook as rows, keyed by the columns of workbook-layout.ts. */
export interface PlanExport {
  scope: ExportScope;
  sheets: Record<'Axes' | 'Objectifs' | 'Actions' | 'Points d’avancement' | 'Déploiements' | 'Indicateurs' | 'Mesures', ExportRow[]>;
}

type NodeFigures = Pick<RollupNodePayload, 'id' | 'title' | 'progress' | 'expectedProgress' | 'health' | 'actionCount'>;
interface AxisFigures extends NodeFigures {
  number: number;
  objectives: (NodeFigures & { code: string })[];
}

/** What the exports contain, computed by the roll-up and the frozen snapshots' own code, never a copy of it. */
@Injectable()
export class PlanExportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly snapshots: CycleSnapshotReadService,
  ) {}

  scope(planId: number, query: ExportQuery): Promise<ExportScope> {
    return resolveScope(this.db, planId, query);
  }

  /** The axes, objectives and actions: the cycle's frozen figures, or the roll-up's as of the day. */
  async structure(scope: ExportScope): Promise<{ axes: AxisFigures[]; actions: FrozenAction[]; cuts: AxisCut[] }> {
    if (scope.cycle) {
      const snapshot = await this.snapshots.cycleSnapshot(scope.cycle.id);
      return {
        axes: snapshot.axes.map((a) => ({ ...a.rollup, number: a.number })),
        actions: snapshot.axes.flatMap((a) => a.actions),
        cuts: snapshot.axes.map((a) => ({ axisId: a.axisId, until: new Date(a.frozenAt) })),
      };
    }
    const rollup = await computeRollup(this.db, scope.planId, scope.asOf);
    const axisIds = rollup.axes.map((a) => a.id);
    const actions = await frozenActions(this.db.manager, scope.planId, axisIds, scope.asOf, rollup.cycle?.opensOn ?? null);
    // The end of the reference day (UTC), as the roll-up's "as of" reads the updates.
    const until = new Date(Date.parse(`${scope.asOf}T00:00:00Z`) + 86_400_000 - 1);
    return { axes: rollup.axes, actions, cuts: axisIds.map((axisId) => ({ axisId, until })) };
  }

  /** The Actions sheet alone (the actions' CSV). */
  async actions(scope: ExportScope): Promise<ExportRow[]> {
    const [{ actions }, texts] = await Promise.all([this.structure(scope), this.texts(scope.planId)]);
    return actions.map((a) => actionRow(a, texts.actions.get(a.id)));
  }

  /** The Déploiements sheet alone (the deployments' CSV): those of the axes the scope holds. */
  async deployments(scope: ExportScope): Promise<ExportRow[]> {
    const axisIds: number[] = scope.cycle
      ? (await this.snapshots.cycleSnapshot(scope.cycle.id)).axes.map((a) => a.axisId)
      : (await this.db.query(`SELECT id FROM axes WHERE plan_id = $1`, [scope.planId])).map((a: { id: number }) => a.id);
    return deploymentRows(this.db, scope.planId, axisIds);
  }

  async load(scope: ExportScope): Promise<PlanExport> {
    // The indicators (the longest read: all the measurements) and the texts do not wait for the
    // structure; only the updates and deployments need its axes. One Promise.all holds them all,
    // so a refusal of any of them is the load's and none is left unhandled.
    const structure = this.structure(scope);
    const [{ axes, actions }, texts, [updates, deployments], indicators] = await Promise.all([
      structure,
      this.texts(scope.planId),
      structure.then(({ cuts }) =>
        Promise.all([updateRows(this.db, scope.planId, cuts), deploymentRows(this.db, scope.planId, cuts.map((c) => c.axisId))]),
      ),
      indicatorRows(this.db, scope.planId, scope.asOf),
    ]);
    return {
      scope,
      sheets: {
        Axes: axes.map((a) => ({
          id: a.id,
          number: a.number,
          title: a.title,
          description: texts.axes.get(a.id) ?? null,
          ...figures(a),
          actionCount: a.actionCount,
        })),
        Objectifs: axes.flatMap((a) =>
          a.objectives.map((o) => ({
            id: o.id,
            axisNumber: a.number,
            code: o.code,
            title: o.title,
            description: texts.objectives.get(o.id) ?? null,
            ...figures(o),
          })),
        ),
        Actions: actions.map((a) => actionRow(a, texts.actions.get(a.id))),
        'Points d’avancement': updates,
        Déploiements: deployments,
        Indicateurs: indicators.indicators,
        Mesures: indicators.measurements,
      },
    };
  }

  /** What the roll-ups and snapshots leave out: descriptions, dates, owners' e-mails. */
  private async texts(planId: number) {
    const [axes, objectives, actions]: [
      { id: number; description: string | null }[],
      { id: number; description: string | null }[],
      ActionText[],
    ] = await Promise.all([
      this.db.query(`SELECT id, description FROM axes WHERE plan_id = $1`, [planId]),
      this.db.query(`SELECT o.id, o.description FROM objectives o JOIN axes a ON a.id = o.axis_id WHERE a.plan_id = $1`, [planId]),
      this.db.query(
        `SELECT a.id, a.description, ob.code AS objective_code, a.start_date, a.due_date, a.regional, ow.email AS owner_email
           FROM actions a JOIN objectives ob ON ob.id = a.objective_id LEFT JOIN users ow ON ow.id = a.owner_id
          WHERE a.plan_id = $1`,
        [planId],
      ),
    ]);
    return {
      axes: new Map(axes.map((r) => [r.id, r.description])),
      objectives: new Map(objectives.map((r) => [r.id, r.description])),
      actions: new Map(actions.map((r) => [r.id, r])),
    };
  }
}

interface ActionText {
  id: number;
  description: string | null;
  objective_code: string;
  start_date: string | null;
  due_date: string | null;
  regional: boolean;
  owner_email: string | null;
}

function figures(node: NodeFigures): ExportRow {
  return {
    progress: node.progress,
    expectedProgress: node.expectedProgress,
    health: node.health ? HEALTH_LABELS[node.health as Health] : null,
  };
}

function actionRow(a: FrozenAction, text: ActionText | undefined): ExportRow {
  return {
    id: a.id,
    objectiveCode: text?.objective_code ?? a.code.split('.').slice(0, 2).join('.'),
    code: a.code,
    title: a.title,
    description: text?.description ?? null,
    unitCode: a.unitCode,
    ownerEmail: text?.owner_email ?? null,
    ownerName: a.owner?.name ?? null,
    startDate: text?.start_date ?? null,
    dueDate: text?.due_date ?? null,
    weight: a.weight,
    regional: text?.regional ?? false,
    status: STATUS_LABELS[a.status],
    effectiveStatus: STATUS_LABELS[a.effectiveStatus],
    progress: a.progress,
    expectedProgress: a.expectedProgress,
    scheduleGap: scheduleGap(a.progress, a.expectedProgress),
    signals: a.signals.map((s) => SIGNAL_LABELS[s.kind]).join(', ') || null,
    lastUpdateAt: a.lastUpdateAt ? new Date(a.lastUpdateAt) : null,
    narrative: a.narrative,
  };
}
