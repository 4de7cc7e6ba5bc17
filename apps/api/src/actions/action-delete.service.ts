import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { RequestUser } from '../auth/request-user';
import { AppError } from '../common/errors/app-error';
import { requiredVersion } from '../common/if-match';
import { EventsService } from '../events/events.service';
import { countOf, listFr } from '../plans/structure-rules';
import { ActionDetailService } from './action-detail.service';
import { assertVersion, lockActionForWrite } from './action-lock';
import { actionHistory, placeInObjective } from './action-rules';

/**
 * `DELETE /api/actions/:id` (admin): only an action without history (DESIGN §2) goes, with its
 * milestones and untouched deployments; one with history is abandoned instead, or its plan archived.
 */
@Injectable()
export class ActionDeleteService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly details: ActionDetailService,
    private readonly audit: AuditService,
    private readonly events: EventsService,
  ) {}

  async remove(user: RequestUser, id: number, ifMatch: string | undefined, bodyVersion: number | undefined): Promise<void> {
    const version = requiredVersion(ifMatch, bodyVersion, 'de l’action');
    await this.db.transaction(async (manager) => {
      const action = await lockActionForWrite(manager, id, user);
      await assertVersion(version, action, () => this.details.get(id, manager));
      const history = await actionHistory(manager, id);
      if (history.length) {
        throw new AppError(
          'conflict',
          `L’action ${action.code} a un historique (${listFr(history)}) : elle ne peut pas être supprimée. Abandonnez-la plutôt (un point d’avancement « Abandonnée »), ou archivez le projet stratégique.`,
        );
      }
      const [{ n: indicators }] = await manager.query(`SELECT count(*)::int AS n FROM indicators WHERE action_id = $1`, [id]);
      if (indicators > 0) {
        throw new AppError(
          'conflict',
          `L’action ${action.code} porte encore ${countOf(indicators, 'indicateur')} : ${indicators > 1 ? 'supprimez-les ou rattachez-les' : 'supprimez-le ou rattachez-le'} ailleurs d’abord.`,
        );
      }
      await manager.query(`DELETE FROM actions WHERE id = $1`, [id]);
      await placeInObjective(manager, action.objective_id, null, null);
      await this.audit.record(manager, {
        actorId: user.id,
        verb: 'action.delete',
        entityType: 'action',
        entityId: id,
        before: {
          objectiveId: action.objective_id, code: action.code, title: action.title, description: action.description, unitCode: action.unit_code,
          ownerId: action.owner_id, startDate: action.start_date, dueDate: action.due_date, weight: action.weight, regional: action.regional,
        },
      });
      await this.events.publish(manager, { type: 'structure.changed', planId: action.plan_id, record: `action:${id}` });
    });
  }
}
