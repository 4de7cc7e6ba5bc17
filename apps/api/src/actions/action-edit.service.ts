import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ActionDetail } from '@boussole/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { RequestUser } from '../auth/request-user';
import { invalid } from '../common/errors/app-error';
import { requiredVersion } from '../common/if-match';
import { EventsService } from '../events/events.service';
import { ActionDetailService } from './action-detail.service';
import { assertVersion, lockActionForWrite } from './action-lock';
import type { ActionPatchDto } from './dto/action-patch.dto';

const EDITABLE = ['title', 'description', 'startDate', 'dueDate', 'weight', 'ownerId'] as const;
const COLUMN: Record<(typeof EDITABLE)[number], string> = {
  title: 'title',
  description: 'description',
  startDate: 'start_date',
  dueDate: 'due_date',
  weight: 'weight',
  ownerId: 'owner_id',
};

/** `PATCH /api/actions/:id`: optimistic concurrency on the action's version (If-Match). */
@Injectable()
export class ActionEditService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly details: ActionDetailService,
    private readonly audit: AuditService,
    private readonly events: EventsService,
  ) {}

  async patch(user: RequestUser, id: number, ifMatch: string | undefined, dto: ActionPatchDto): Promise<ActionDetail> {
    const version = requiredVersion(ifMatch, dto.version, 'de l’action');
    await this.db.transaction(async (manager) => {
      const action = await lockActionForWrite(manager, id, user);
      await assertVersion(version, action, () => this.details.get(id, manager));
      const before: Record<string, unknown> = {
        title: action.title, description: action.description, startDate: action.start_date, dueDate: action.due_date,
        weight: action.weight, ownerId: action.owner_id,
      };
      const changes = EDITABLE.filter((field) => dto[field] !== undefined && dto[field] !== before[field]);
      const start = dto.startDate !== undefined ? dto.startDate : action.start_date;
      const due = dto.dueDate !== undefined ? dto.dueDate : action.due_date;
      if (start && due && due < start) {
        throw invalid('L’échéance ne peut pas précéder la date de début.', { dueDate: 'L’échéance ne peut pas précéder la date de début.' });
      }
      if (dto.ownerId) {
        const [owner] = await manager.query(`SELECT 1 FROM users WHERE id = $1 AND active`, [dto.ownerId]);
        if (!owner) throw invalid('Ce responsable n’existe pas.', { ownerId: 'Utilisateur inconnu.' });
      }
      if (changes.length === 0) return;
      const sets = changes.map((field, i) => `${COLUMN[field]} = $${i + 2}`);
      await manager.query(
        `UPDATE actions SET ${sets.join(', ')}, version = version + 1, updated_at = now() WHERE id = $1`,
        [id, ...changes.map((field) => (field === 'title' ? dto.title?.trim() : dto[field]))],
      );
      await this.audit.record(manager, {
        actorId: user.id,
        verb: 'action.update',
        entityType: 'action',
        entityId: id,
        before: Object.fromEntries(changes.map((f) => [f, before[f]])),
        after: Object.fromEntries(changes.map((f) => [f, dto[f]])),
      });
      await this.events.publish(manager, { type: 'action.edited', planId: action.plan_id, actionId: id });
    });
    return this.details.get(id);
  }
}
