import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ActionChange, PlanChanges, Status } from '@boussole/domain';
import { DataSource } from 'typeorm';
import { invalid, notFound } from '../common/errors/app-error';
import { isIdText } from '../common/pipes/id.pipe';
import { frozenStateSql } from '../cycles/snapshots/frozen-state.sql';
import { parseDateParam, planClock, todayIso } from './plan-clock';

interface ChangeRow {
  id: number;
  code: string;
  title: string;
  axis_id: number;
  objective_id: number;
  before_status: Status | null;
  before_progress: number | null;
  status: Status;
  progress: number;
  changed_at: Date | null;
  author_id: number | null;
  author_name: string | null;
}

/** Each action's latest update (`l`) and its author (`au`), for "when and by whom". */
const LATEST_UPDATE_JOINS = `
  LEFT JOIN LATERAL (
    SELECT u.created_at, u.author_id FROM status_updates u
     WHERE u.action_id = a.id ORDER BY u.created_at DESC, u.id DESC LIMIT 1) l ON true
  LEFT JOIN users au ON au.id = l.author_id`;

const ORDER = `ORDER BY l.created_at DESC NULLS LAST, string_to_array(a.code, '.')::int[]`;

/**
 * "What changed since D" (DESIGN §3): the actions whose status or progress when day D began (their
 * latest update before it) differs from now, so that changes made on D itself are listed. Since a
 * cycle, "before" is what the cycle froze, not a recomputation: a history written later under
 * the frozen day does not change the answer.
 */
@Injectable()
export class ChangesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** `?since=` or `?sinceCycle=`, not both. */
  async changes(planId: number, since: string | undefined, sinceCycle: string | undefined): Promise<PlanChanges> {
    if (sinceCycle === undefined || sinceCycle === '') return this.since(planId, since);
    if (since !== undefined && since !== '') {
      const message = 'Comparez soit depuis une date (« since »), soit depuis une campagne (« sinceCycle »), pas les deux.';
      throw invalid(message, { since: message, sinceCycle: message });
    }
    if (!isIdText(sinceCycle)) {
      throw invalid(`La campagne « sinceCycle » doit être un identifiant de campagne (entier positif).`, { sinceCycle: 'Entier positif attendu.' });
    }
    return this.sinceCycle(planId, Number(sinceCycle));
  }

  async since(planId: number, sinceParam: string | undefined): Promise<PlanChanges> {
    const fallback = new Date(Date.now() - 30 * 86400000).toISOString().slice(0, 10);
    const since = parseDateParam('since', sinceParam ?? fallback, todayIso());
    await planClock(this.db, planId, since);
    const rows: ChangeRow[] = await this.db.query(
      `SELECT a.id, a.code, a.title, a.axis_id, a.objective_id, b.status AS before_status, b.progress AS before_progress,
              a.status, a.progress, l.created_at AS changed_at, l.author_id, au.name AS author_name
         FROM actions a
         LEFT JOIN LATERAL (
           SELECT u.status, u.progress FROM status_updates u
            WHERE u.action_id = a.id AND u.created_at < ($2::date::timestamp AT TIME ZONE 'UTC')
            ORDER BY u.created_at DESC, u.id DESC LIMIT 1) b ON true
         ${LATEST_UPDATE_JOINS}
        WHERE a.plan_id = $1
          AND (coalesce(b.status, 'not_started') <> a.status OR coalesce(b.progress, 0) <> a.progress)
        ${ORDER}`,
      [planId, since],
    );
    return { since, changes: rows.map(toChange) };
  }

  /**
   * Today against the cycle's frozen axes: each frozen action's status and progress as kept, and
   * `before` null for an action the frozen axes did not hold yet. Axes the cycle has not frozen
   * (an open cycle with some axes validated) are left out: there is nothing to compare them with.
   */
  async sinceCycle(planId: number, cycleId: number): Promise<PlanChanges> {
    await planClock(this.db, planId, todayIso());
    const [cycle]: { plan_id: number; label: string }[] = await this.db.query(`SELECT plan_id, label FROM reporting_cycles WHERE id = $1`, [cycleId]);
    if (!cycle) throw notFound('Campagne de suivi');
    if (cycle.plan_id !== planId) {
      throw invalid(`La campagne ${cycle.label} n’appartient pas à ce projet stratégique.`, { sinceCycle: 'Campagne d’un autre projet.' });
    }
    const frozen = `SELECT * FROM (${frozenStateSql('s.cycle_id = $1 AND s.axis_id IS NOT NULL')}) f`;
    // The latest freeze dates the comparison: for a closed cycle, its closing.
    const [latest]: { frozen_at: Date; as_of: string }[] = await this.db.query(`${frozen} ORDER BY frozen_at DESC LIMIT 1`, [cycleId]);
    if (!latest) {
      throw invalid(`La campagne ${cycle.label} n’a encore aucun axe validé.`, { sinceCycle: 'Aucun axe figé dans cette campagne.' });
    }
    const rows: ChangeRow[] = await this.db.query(
      `WITH picked AS (${frozen}),
            kept AS (
              SELECT (e->>'id')::int AS action_id, e->>'status' AS status, (e->>'progress')::int AS progress
                FROM picked p
                JOIN cycle_snapshots s ON s.id = p.id
               CROSS JOIN LATERAL jsonb_array_elements(s.content->'actions') e)
       SELECT a.id, a.code, a.title, a.axis_id, a.objective_id, b.status AS before_status, b.progress AS before_progress,
              a.status, a.progress, l.created_at AS changed_at, l.author_id, au.name AS author_name
         FROM actions a
         LEFT JOIN kept b ON b.action_id = a.id
         ${LATEST_UPDATE_JOINS}
        WHERE a.plan_id = $2
          AND (b.action_id IS NOT NULL OR a.axis_id IN (SELECT axis_id FROM picked))
          AND (b.action_id IS NULL OR b.status <> a.status OR b.progress <> a.progress)
        ${ORDER}`,
      [cycleId, planId],
    );
    return {
      since: latest.as_of,
      sinceCycle: { id: cycleId, label: cycle.label, frozenAt: latest.frozen_at.toISOString() },
      changes: rows.map(toChange),
    };
  }
}

function toChange(r: ChangeRow): ActionChange {
  return {
    actionId: r.id,
    code: r.code,
    title: r.title,
    axisId: r.axis_id,
    objectiveId: r.objective_id,
    before: r.before_status === null ? null : { status: r.before_status, progress: r.before_progress ?? 0 },
    after: { status: r.status, progress: r.progress },
    changedAt: r.changed_at ? r.changed_at.toISOString() : null,
    author: r.author_id ? { id: r.author_id, name: r.author_name ?? '' } : null,
  };
}
