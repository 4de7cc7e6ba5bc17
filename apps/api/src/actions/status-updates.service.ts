import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { statusChangeErrors, type StatusUpdatePayload, type StatusUpdateResponse } from '@boussole/domain';
import { DataSource } from 'typeorm';
import type { RequestUser } from '../auth/request-user';
import { invalid, notFound } from '../common/errors/app-error';
import { EVENTS_CHANNEL } from '../events/events.service';
import { ActionDetailService } from './action-detail.service';
import { assertVersion, lockActionForWrite } from './action-lock';
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
    const result = await this.db.transaction(async (manager) => {
      const action = await lockActionForWrite(manager, actionId, user);
      await assertVersion(dto.version, action, () => this.details.get(actionId, manager));
      // The web form runs the same rule: both refuse with the same words.
      const faults = statusChangeErrors({ previous: action.status, status: dto.status, progress: dto.progress, narrative }, 'action');
      const [fault] = Object.values(faults);
      if (fault) throw invalid(fault, faults);
      const nextSteps = dto.nextSteps?.trim() || null;
      const blockers = dto.blockers?.trim() || null;
      // The update, the action's new state, its audit event and the notification: one statement, one round trip.
      const [written]: { id: string; created_at: Date }[] = await manager.query(
        `WITH ins AS (
           INSERT INTO status_updates (action_id, cycle_id, status, progress, narrative, next_steps, blockers, author_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id, created_at
         ), upd AS (
           UPDATE actions SET status = $3, progress = $4, last_update_at = now(), version = version + 1, updated_at = now()
            WHERE id = $1 RETURNING version
         ), audit AS (
           INSERT INTO audit_events (actor_id, verb, entity_type, entity_id, before, after)
           SELECT $8, 'status_update.create', 'action', $1::text, $9::jsonb, $10::jsonb || jsonb_build_object('statusUpdateId', ins.id) FROM ins
         )
         SELECT ins.id, ins.created_at, pg_notify('${EVENTS_CHANNEL}', $11) FROM ins, upd`,
        [actionId, action.cycle_id, dto.status, dto.progress, narrative, nextSteps, blockers, user.id,
          JSON.stringify({ status: action.status, progress: action.progress, version: action.version }),
          JSON.stringify({ status: dto.status, progress: dto.progress, version: action.version + 1 }),
          JSON.stringify({ type: 'action.updated', planId: action.plan_id, actionId })],
      );
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
      return update;
    });
    return { action: await this.details.get(actionId), update: result };
  }
}
