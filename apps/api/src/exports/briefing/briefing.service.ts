import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  countSignals,
  isWorseStatus,
  type AxisValidationPayload,
  type CyclePayload,
  type FrozenAction,
  type IndicatorListItem,
  type IsoDate,
  type Status,
} from '@boussole/domain';
import { DataSource } from 'typeorm';
import { invalid, notFound } from '../../common/errors/app-error';
import { FileWorkGate } from '../../common/file-work/file-work-gate';
import { isIdText } from '../../common/pipes/id.pipe';
import { CycleSnapshotReadService } from '../../cycles/snapshots/cycle-snapshot-read.service';
import { frozenActions } from '../../cycles/snapshots/freeze-axis';
import { validationsOfCycle } from '../../cycles/validation-payload';
import { INDICATOR_SELECT, IndicatorRow, toIndicatorListItem } from '../../indicators/indicator-facts';
import { RegionRollupService } from '../../regions/region-rollup.service';
import { ChangesService } from '../../rollups/changes.service';
import { parseDateParam, planClock, todayIso } from '../../rollups/plan-clock';
import { computeRollup } from '../../rollups/rollup.service';
import { BRIEFING_LIST_LIMIT, BriefingAction, BriefingAxis, BriefingComment, BriefingData } from './briefing-data';

type Before = Map<number, { status: Status; progress: number }>;

/**
 * The indicators' query with their national measurements only: the briefing's figures are
 * national, and the large plan's regional series are eighteen times as long. (Should the shared
 * query change shape, the replace finds nothing and all the measurements come, to the same figures.)
 */
const NATIONAL_INDICATOR_SELECT = INDICATOR_SELECT.replace(
  'FROM measurements m WHERE m.indicator_id = i.id)',
  'FROM measurements m WHERE m.indicator_id = i.id AND m.region_code IS NULL)',
);

/** The end of a calendar day (UTC), the bound of "at or before that day" in SQL. */
const DAY_END = `(($2::date + 1)::timestamp AT TIME ZONE 'UTC')`;

/**
 * Gathers the CODIR briefing's figures from the computations the dashboard and the cycle pages
 * use: the roll-up, the cycle's frozen snapshot, "what changed since a cycle", the regional
 * roll-up and the indicators' achievement. Nothing is recomputed here by other rules.
 */
@Injectable()
export class BriefingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly snapshots: CycleSnapshotReadService,
    private readonly changes: ChangesService,
    private readonly regions: RegionRollupService,
    private readonly files: FileWorkGate,
  ) {}

  /**
   * The briefing's data, one briefing at a time with the other large files (file-work-gate.ts).
   * Its page layout is drawn in one synchronous stretch once this resolves, so it needs no turn.
   */
  gather(planId: number, params: { cycle?: string; asOf?: string }): Promise<BriefingData> {
    return this.files.run(() => this.gatherNow(planId, params));
  }

  private async gatherNow(planId: number, params: { cycle?: string; asOf?: string }): Promise<BriefingData> {
    const today = todayIso();
    const clock = await planClock(this.db, planId, today);
    const ofCycle = params.cycle !== undefined && params.cycle !== '';
    if (ofCycle && params.asOf !== undefined && params.asOf !== '') {
      const message = 'Choisissez soit une campagne (« cycle »), soit une date (« asOf »), pas les deux.';
      throw invalid(message, { cycle: message, asOf: message });
    }
    const cycle = ofCycle ? await this.cycleOf(planId, params.cycle as string) : null;
    // A closed cycle's figures are those of its closing (all its axes are frozen then).
    const asOf: IsoDate = cycle
      ? cycle.state === 'closed' && cycle.closesOn < today ? cycle.closesOn : today
      : parseDateParam('asOf', params.asOf, today);
    // The lists that do not depend on the roll-up run meanwhile (caught here, awaited below).
    const lists = Promise.all([this.indicators(planId, asOf), this.regions.summaries(planId), this.supportRequests(planId, asOf)]);
    lists.catch(() => undefined);
    const live = await computeRollup(this.db, planId, asOf);
    const snapshot = cycle ? await this.snapshots.cycleSnapshot(cycle.id) : null;
    const shownCycle = cycle ?? live.cycle;
    const validations = shownCycle ? (await validationsOfCycle(this.db, shownCycle.id)).filter((v) => v.reopened === null) : [];

    const unfrozen = live.axes.filter((a) => !snapshot?.axes.some((s) => s.axisId === a.id)).map((a) => a.id);
    const liveActions = await frozenActions(this.db.manager, planId, unfrozen, asOf, live.cycle?.opensOn ?? null);
    const previousCycle = await this.previousCycle(planId, shownCycle, asOf);
    const before = previousCycle ? await this.stateAt(planId, previousCycle.id, !ofCycle && asOf === today) : new Map();

    const [indicators, regions, comments] = await lists;
    const axes: BriefingAxis[] = [];
    for (const axis of live.axes) {
      const frozen = snapshot?.axes.find((s) => s.axisId === axis.id);
      const actions = frozen?.actions ?? liveActions.filter((a) => a.axisId === axis.id);
      const watch = watchList(actions, before);
      const axisComments = comments.filter((c) => c.axisId === axis.id);
      axes.push({
        rollup: frozen?.rollup ?? axis,
        frozen: frozen !== undefined,
        validation: validations.find((v: AxisValidationPayload) => v.axisId === axis.id) ?? null,
        watch: watch.slice(0, BRIEFING_LIST_LIMIT),
        watchCount: watch.length,
        supportRequests: axisComments.map(({ axisId: _a, total: _t, ...c }) => c),
        supportRequestCount: axisComments[0]?.total ?? 0,
        offTrackIndicators: indicators.filter((i) => i.axisId === axis.id && i.item.signals.some((s) => s.kind === 'indicator_off_track')).map((i) => i.item),
      });
    }
    await this.addBlockers(axes.flatMap((a) => a.watch), asOf);

    const plan = snapshot?.plan?.rollup ?? live.plan;
    const items = indicators.map((i) => i.item);
    const derived = countSignals([...items.flatMap((i) => i.signals), ...regions.flatMap((r) => Array.from({ length: r.laggingCount }, () => ({ kind: 'regional_laggard' as const })))]);
    return {
      planId,
      planTitle: clock.planTitle,
      asOf: snapshot?.plan?.asOf ?? asOf,
      cycle: shownCycle,
      ofCycle,
      previousCycle,
      plan,
      signalCounts: { ...plan.signals, regional_laggard: derived.regional_laggard, indicator_stale: derived.indicator_stale, indicator_off_track: derived.indicator_off_track },
      axes,
      regions,
      indicators: items,
      generatedAt: new Date().toISOString(),
    };
  }

  private async cycleOf(planId: number, text: string): Promise<CyclePayload> {
    if (!isIdText(text)) {
      throw invalid('La campagne « cycle » doit être un identifiant de campagne (entier positif).', { cycle: 'Entier positif attendu.' });
    }
    const [row]: { id: number; plan_id: number; label: string; opens_on: string; closes_on: string; state: CyclePayload['state']; version: number }[] =
      await this.db.query(`SELECT id, plan_id, label, opens_on, closes_on, state, version FROM reporting_cycles WHERE id = $1`, [Number(text)]);
    if (!row) throw notFound('Campagne de suivi');
    if (row.plan_id !== planId) {
      throw invalid(`La campagne ${row.label} n’appartient pas à ce projet stratégique.`, { cycle: 'Campagne d’un autre projet.' });
    }
    return { id: row.id, planId: row.plan_id, label: row.label, opensOn: row.opens_on, closesOn: row.closes_on, state: row.state, version: row.version };
  }

  /** The latest cycle before the shown one (or before `asOf`) that froze at least one axis. */
  private async previousCycle(planId: number, cycle: CyclePayload | null, asOf: IsoDate): Promise<{ id: number; label: string } | null> {
    const [row]: { id: number; label: string }[] = await this.db.query(
      `SELECT c.id, c.label FROM reporting_cycles c
        WHERE c.plan_id = $1 AND c.opens_on < $2::date AND c.id <> coalesce($3::int, 0)
          AND EXISTS (SELECT 1 FROM cycle_snapshots s WHERE s.cycle_id = c.id AND s.axis_id IS NOT NULL)
        ORDER BY c.opens_on DESC LIMIT 1`,
      [planId, cycle?.opensOn ?? asOf, cycle?.id ?? null],
    );
    return row ?? null;
  }

  /**
   * Each action's state as the previous cycle froze it: today, through "what changed since that
   * cycle" (the changed actions are the only ones that can be worse); another day, its snapshot.
   */
  private async stateAt(planId: number, cycleId: number, today: boolean): Promise<Before> {
    if (today) {
      const { changes } = await this.changes.sinceCycle(planId, cycleId);
      return new Map(changes.flatMap((c) => (c.before ? [[c.actionId, c.before] as const] : [])));
    }
    const { axes } = await this.snapshots.cycleSnapshot(cycleId);
    return new Map(axes.flatMap((a) => a.actions.map((x) => [x.id, { status: x.status, progress: x.progress }] as const)));
  }

  private async addBlockers(list: BriefingAction[], asOf: IsoDate): Promise<void> {
    if (list.length === 0) return;
    const rows: { action_id: number; blockers: string | null }[] = await this.db.query(
      `SELECT DISTINCT ON (u.action_id) u.action_id, u.blockers FROM status_updates u
        WHERE u.action_id = ANY($1) AND u.created_at < ${DAY_END}
        ORDER BY u.action_id, u.created_at DESC, u.id DESC`,
      [list.map((w) => w.action.id), asOf],
    );
    const byId = new Map(rows.map((r) => [r.action_id, r.blockers]));
    for (const w of list) w.blockers = byId.get(w.action.id) ?? null;
  }

  /** The "besoin d'appui DGOS" comments written up to `asOf`, newest first, at most the limit per axis. */
  private async supportRequests(planId: number, asOf: IsoDate): Promise<(BriefingComment & { axisId: number; total: number })[]> {
    const rows: { axis_id: number; code: string; region_code: string | null; author: string; created_at: Date; text: string; total: number }[] = await this.db.query(
      `SELECT * FROM (
         SELECT a.axis_id, a.code, c.region_code, u.name AS author, c.created_at, c.text,
                count(*) OVER (PARTITION BY a.axis_id)::int AS total,
                row_number() OVER (PARTITION BY a.axis_id ORDER BY c.created_at DESC, c.id DESC) AS rank
           FROM comments c JOIN actions a ON a.id = c.action_id JOIN users u ON u.id = c.author_id
          WHERE a.plan_id = $1 AND c.kind = 'support_request' AND c.deleted_at IS NULL AND c.created_at < ${DAY_END}) r
        WHERE r.rank <= ${BRIEFING_LIST_LIMIT} ORDER BY r.axis_id, r.rank`,
      [planId, asOf],
    );
    // The count rides on each row, so that the page can say how many were left out.
    return rows.map((r) => ({ axisId: r.axis_id, total: r.total, actionCode: r.code, regionCode: r.region_code, author: r.author, createdAt: r.created_at.toISOString(), text: r.text }));
  }

  private async indicators(planId: number, asOf: IsoDate): Promise<{ axisId: number | null; item: IndicatorListItem }[]> {
    const [rows, axes] = await Promise.all([
      this.db.query(`${NATIONAL_INDICATOR_SELECT} WHERE i.plan_id = $1 ORDER BY i.id`, [planId]) as Promise<IndicatorRow[]>,
      this.db.query(
        `SELECT i.id, coalesce(i.axis_id, ob.axis_id, ac.axis_id) AS axis_id FROM indicators i
           LEFT JOIN objectives ob ON ob.id = i.objective_id LEFT JOIN actions ac ON ac.id = i.action_id WHERE i.plan_id = $1`,
        [planId],
      ) as Promise<{ id: number; axis_id: number | null }[]>,
    ]);
    const axisOf = new Map(axes.map((a) => [a.id, a.axis_id]));
    return rows.map((r) => ({ axisId: axisOf.get(r.id) ?? null, item: toIndicatorListItem(r, asOf) }));
  }
}

/** Late actions (as counted) and those worse than at the previous cycle, the late first, then by schedule gap. */
function watchList(actions: FrozenAction[], before: Before): BriefingAction[] {
  const list: BriefingAction[] = [];
  for (const action of actions) {
    const was = before.get(action.id);
    const worse = was !== undefined && (isWorseStatus(action.status, was.status) || action.progress < was.progress);
    const late = action.effectiveStatus === 'late';
    if (late || worse) list.push({ action, late, worseThan: worse && was ? was : null, blockers: null });
  }
  const gap = (a: FrozenAction) => (a.expectedProgress === null ? 0 : a.progress - a.expectedProgress);
  return list.sort((a, b) => Number(b.late) - Number(a.late) || gap(a.action) - gap(b.action));
}

