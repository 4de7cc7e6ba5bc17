import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { STATUS_SEVERITY, type StatusUpdatePayload, type StatusUpdateResponse } from '@boussole/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { RequestUser } from '../auth/request-user';
import { AppError, invalid, notFound } from '../common/errors/app-error';
import { EventsService } from '../events/events.service';
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
    private readonly audit: AuditService,
    private readonly events: EventsService,
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
      if (dto.status === 'done' && dto.progress !== 100) {
        throw invalid('Une action terminée est avancée à 100 %.', { progress: 'Une action terminée est avancée à 100 %.' });
      }
      if (STATUS_SEVERITY[dto.status] > STATUS_SEVERITY[action.status] && narrative === '') {
        throw invalid('Expliquez pourquoi la météo se dégrade : le point d’avancement est obligatoire.', {
          narrative: 'Expliquez pourquoi la météo se dégrade.',
        });
      }
      const [cycle]: { id: number; label: string; validated: boolean; axis_number: number }[] = await manager.query(
        `SELECT c.id, c.label, ax.number AS axis_number,
                EXISTS (SELECT 1 FROM axis_validations v WHERE v.cycle_id = c.id AND v.axis_id = $2) AS validated
           FROM reporting_cycles c JOIN axes ax ON ax.id = $2
          WHERE c.plan_id = $1 AND c.state = 'open'`,
        [action.plan_id, action.axis_id],
      );
      if (cycle?.validated) {
        throw new AppError(
          'conflict',
          `L’axe ${cycle.axis_number} a été validé pour la campagne ${cycle.label} : ses actions ne peuvent plus être mises à jour pour cette campagne.`,
        );
      }
      const [inserted]: { id: string }[] = await manager.query(
        `INSERT INTO status_updates (action_id, cycle_id, status, progress, narrative, next_steps, blockers, author_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [actionId, cycle?.id ?? null, dto.status, dto.progress, narrative, dto.nextSteps?.trim() || null,
          dto.blockers?.trim() || null, user.id],
      );
      await manager.query(
        `UPDATE actions SET status = $2, progress = $3, last_update_at = now(), version = version + 1, updated_at = now()
          WHERE id = $1`,
        [actionId, dto.status, dto.progress],
      );
      await this.audit.record(manager, {
        actorId: user.id,
        verb: 'status_update.create',
        entityType: 'action',
        entityId: actionId,
        before: { status: action.status, progress: action.progress, version: action.version },
        after: { status: dto.status, progress: dto.progress, version: action.version + 1, statusUpdateId: Number(inserted.id) },
      });
      await this.events.publish(manager, { type: 'action.updated', planId: action.plan_id, actionId });
      const [row]: StatusUpdateRow[] = await manager.query(`${STATUS_UPDATE_SELECT} WHERE u.id = $1`, [inserted.id]);
      return toStatusUpdatePayload(row);
    });
    return { action: await this.details.get(actionId), update: result };
  }
}
