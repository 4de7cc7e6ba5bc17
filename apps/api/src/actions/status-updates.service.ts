import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { statusChangeErrors, validatedAxisReason, type ActionUpdatedState, type StatusUpdatePayload, type StatusUpdateResponse } from '@boussole/domain';
import { DataSource } from 'typeorm';
import type { RequestUser } from '../auth/request-user';
import { AppError, invalid, notFound } from '../common/errors/app-error';
import { todayIso } from '../rollups/plan-clock';
import { standingValidationSql } from '../cycles/axis-lock';
import { EVENTS_CHANNEL } from '../events/events.service';
import { ActionDetailService } from './action-detail.service';
import { assertVersion } from './action-lock';
import { actionStanding } from './action-row';
import { lockActionForUpdate } from './status-update-lock';
import type { StatusUpdateDto } from './dto/status-update.dto';
import { STATUS_UPDATE_SELECT, StatusUpdateRow, toStatusUpdatePayload } from './status-update-payload';

/** Status updates ("points d'avancement"): immutable, validated, linked to the open cycle, audited. */
@Injectable()
export class StatusUpdatesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly details: ActionDetailService,
  ) {}

  async history(actionId: number): Promise<StatusUpdatePayload[]> {
    const [exists] = await this.db.query(`SELECT 1 FROM actions WHERE id = $1`, [actionId]);
    if (!exists) throw notFound('Action');
    const rows: StatusUpdateRow[] = await this.db.query(
      `${STATUS_UPDATE_SELECT} WHERE u.action_id = $1 ORDER BY u.created_at DESC, u.id DESC`,
      [actionId],
    );
    return rows.map(toStatusUpdatePayload);
  }

  async post(user: RequestUser, actionId: number, dto: StatusUpdateDto): Promise<StatusUpdateResponse> {
    const narrative = dto.narrative?.trim() ?? '';
    // Four round trips: BEGIN, the lock (with the facts of the answer), the write, COMMIT.
    return this.db.transaction(async (manager) => {
      const action = await lockActionForUpdate(manager, actionId, user);
      await assertVersion(dto.version, action, () => this.details.get(actionId, manager));
      // The web form runs the same rule: both refuse with the same words.
      const faults = statusChangeErrors({ previous: action.status, status: dto.status, progress: dto.progress, narrative }, 'action');
      const [fault] = Object.values(faults);
      if (fault) throw invalid(fault, faults);
      const nextSteps = dto.nextSteps?.trim() || null;
      const blockers = dto.blockers?.trim() || null;
      // The update, the action's new state, its audit event and the notification: one statement, one
      // round trip. It also asks whether the axis is validated for the open cycle: begun after the
      // action's row lock was granted, it sees a validation that made it wait (cycles/axis-lock.ts),
      // and then writes nothing.
      const [written]: {
        id: string | null; created_at: Date | null; version: number | null; last_update_at: Date | null;
        axis_number: number | null; cycle_label: string | null;
      }[] = await manager.query(
        `WITH locked AS (${standingValidationSql('$12::int')}
         ), ins AS (
           INSERT INTO status_updates (action_id, cycle_id, status, progress, narrative, next_steps, blockers, author_id)
           SELECT $1::int, $2::int, $3::text, $4::smallint, $5::text, $6::text, $7::text, $8::int
            WHERE NOT EXISTS (SELECT 1 FROM locked)
           RETURNING id, created_at
         ), upd AS (
           UPDATE actions SET status = $3, progress = $4, last_update_at = now(), version = version + 1, updated_at = now()
            WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM locked) RETURNING version, last_update_at
         ), audit AS (
           INSERT INTO audit_events (actor_id, verb, entity_type, entity_id, before, after)
           SELECT $8, 'status_update.create', 'action', $1::text, $9::jsonb, $10::jsonb || jsonb_build_object('statusUpdateId', ins.id) FROM ins
         )
         SELECT ins.id, ins.created_at, upd.version, upd.last_update_at, l.axis_number, l.cycle_label,
                CASE WHEN ins.id IS NOT NULL AND upd.version IS NOT NULL THEN pg_notify('${EVENTS_CHANNEL}', $11) END AS notified
           FROM (SELECT 1) one LEFT JOIN ins ON true LEFT JOIN upd ON true LEFT JOIN locked l ON true`,
        [actionId, action.cycle_id, dto.status, dto.progress, narrative, nextSteps, blockers, user.id,
          JSON.stringify({ status: action.status, progress: action.progress, version: action.version }),
          JSON.stringify({ status: dto.status, progress: dto.progress, version: action.version + 1 }),
          JSON.stringify({ type: 'action.updated', planId: action.plan_id, actionId }),
          action.axis_id],
      );
      if (written.cycle_label !== null && written.axis_number !== null) {
        throw new AppError('conflict', validatedAxisReason(written.axis_number, written.cycle_label));
      }
      if (written.id === null || written.created_at === null || written.version === null) {
        throw new Error(`status update of action ${actionId} not written`);
      }
      const update: StatusUpdatePayload = {
        id: Number(written.id),
        actionId,
        status: dto.status,
        progress: dto.progress,
        narrative,
        nextSteps,
        blockers,
        author: { id: user.id, name: user.name },
        createdAt: written.created_at.toISOString(),
        cycleId: action.cycle_id,
      };
      // The action's new state from what the lock read and the write returned: nothing read again.
      const standing = actionStanding(
        { ...action, status: dto.status, progress: dto.progress, last_update_at: written.last_update_at },
        action.milestones,
        todayIso(),
      );
      const state: ActionUpdatedState = { id: actionId, version: written.version, ...standing };
      return { action: state, update };
    });
  }
}
