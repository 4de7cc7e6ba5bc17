import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ActionDetail } from '@boussole/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { RequestUser } from '../auth/request-user';
import { invalid } from '../common/errors/app-error';
import { lockAxisOpen } from '../cycles/axis-lock';
import { EventsService } from '../events/events.service';
import { lockPlanForWrite } from '../plans/plan-writable';
import { ActionDetailService } from './action-detail.service';
import { ActionEntity } from './action.entity';
import { actionCount, assertCodeFree, assertOwner, createDeployments, nextCode, objectiveRef, unitIdOf } from './action-rules';
import type { CreateActionDto } from './dto/action-create.dto';

/** `POST /api/actions` (admin): a new action at the end of its objective, its 18 deployments if regional. */
@Injectable()
export class ActionCreateService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly details: ActionDetailService,
    private readonly audit: AuditService,
    private readonly events: EventsService,
  ) {}

  async create(user: RequestUser, dto: CreateActionDto): Promise<ActionDetail> {
    const id = await this.db.transaction((manager) => this.createIn(manager, user, dto));
    return this.details.get(id);
  }

  /** The creation inside the caller's transaction (the import applies many in one); returns the new id. */
  async createIn(manager: EntityManager, user: RequestUser, dto: CreateActionDto): Promise<number> {
    if (dto.startDate && dto.dueDate && dto.dueDate < dto.startDate) {
      throw invalid('L’échéance ne peut pas précéder la date de début.', {
        dueDate: 'L’échéance ne peut pas précéder la date de début.',
      });
    }
    const objective = await objectiveRef(manager, dto.objectiveId);
    // The plan's row queues the writes of its structure: two creations never take the same code.
    await lockPlanForWrite(manager, objective.plan_id);
    await lockAxisOpen(manager, objective.axis_id);
    const unitId = await unitIdOf(manager, dto.unitCode);
    await assertOwner(manager, dto.ownerId, dto.unitCode);
    const code = dto.code ?? (await nextCode(manager, objective.plan_id, objective.code));
    await assertCodeFree(manager, objective.plan_id, code, null);
    const action = await manager.getRepository(ActionEntity).save({
      planId: objective.plan_id,
      axisId: objective.axis_id,
      objectiveId: objective.id,
      code,
      title: dto.title,
      description: dto.description ?? null,
      unitId,
      ownerId: dto.ownerId ?? null,
      startDate: dto.startDate ?? null,
      dueDate: dto.dueDate ?? null,
      weight: dto.weight ?? 1,
      regional: dto.regional ?? false,
      position: await actionCount(manager, objective.id, 0),
    });
    if (action.regional) await createDeployments(manager, action.id);
    await this.audit.record(manager, {
      actorId: user.id,
      verb: 'action.create',
      entityType: 'action',
      entityId: action.id,
      after: {
        objectiveId: objective.id,
        code,
        title: action.title,
        description: action.description,
        unitCode: dto.unitCode,
        ownerId: action.ownerId,
        startDate: action.startDate,
        dueDate: action.dueDate,
        weight: action.weight,
        regional: action.regional,
        position: action.position,
      },
    });
    await this.events.publish(manager, {
      type: 'structure.changed',
      planId: objective.plan_id,
      record: `action:${action.id}`,
    });
    return action.id;
  }
}
