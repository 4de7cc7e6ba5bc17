import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PlanChanges, Status } from '@boussole/domain';
import { DataSource } from 'typeorm';
import { parseDateParam, planClock, todayIso } from './plan-clock';

/**
 * "What changed since D" (DESIGN §3): the actions whose status or progress when day D began (their
 * latest update before it) differs from now, so that changes made on D itself are listed.
 */
@Injectable()
export class ChangesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async since(planId: number, sinceParam: string | undefined): Promise<PlanChanges> {
    const fallback = new Date(Date.now() - 30 * 86400000).toISOString().slice(0, 10);
    const since = parseDateParam('since', sinceParam ?? fallback, todayIso());
    await planClock(this.db, planId, since);
    const rows: {
      id: number; code: string; title: string; axis_id: number; objective_id: number; before_status: Status | null;
      before_progress: number | null; status: Status; progress: number; changed_at: Date | null; author_id: number | null;
      author_name: string | null;
    }[] = await this.db.query(
      `SELECT a.id, a.code, a.title, a.axis_id, a.objective_id, b.status AS before_status, b.progress AS before_progress,
              a.status, a.progress, l.created_at AS changed_at, l.author_id, au.name AS author_name
         FROM actions a
         LEFT JOIN LATERAL (
           SELECT u.status, u.progress FROM status_updates u
            WHERE u.action_id = a.id AND u.created_at < ($2::date::timestamp AT TIME ZONE 'UTC')
            ORDER BY u.created_at DESC, u.id DESC LIMIT 1) b ON true
         LEFT JOIN LATERAL (
           SELECT u.created_at, u.author_id FROM status_updates u
            WHERE u.action_id = a.id ORDER BY u.created_at DESC, u.id DESC LIMIT 1) l ON true
         LEFT JOIN users au ON au.id = l.author_id
        WHERE a.plan_id = $1
          AND (coalesce(b.status, 'not_started') <> a.status OR coalesce(b.progress, 0) <> a.progress)
        ORDER BY l.created_at DESC NULLS LAST, string_to_array(a.code, '.')::int[]`,
      [planId, since],
    );
    return {
      since,
      changes: rows.map((r) => ({
        actionId: r.id,
        code: r.code,
        title: r.title,
        axisId: r.axis_id,
        objectiveId: r.objective_id,
        before: r.before_status === null ? null : { status: r.before_status, progress: r.before_progress ?? 0 },
        after: { status: r.status, progress: r.progress },
        changedAt: r.changed_at ? r.changed_at.toISOString() : null,
        author: r.author_id ? { id: r.author_id, name: r.author_name ?? '' } : null,
      })),
    };
  }
}
