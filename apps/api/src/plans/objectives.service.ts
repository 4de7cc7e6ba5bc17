import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ObjectivePayload } from '@boussole/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { RequestUser } from '../auth/request-user';
import { notFound } from '../common/errors/app-error';
import { requiredVersion } from '../common/if-match';
import { EventsService } from '../events/events.service';
import { AxisEntity } from './axis.entity';
import { changedFields } from './changed-fields';
import type { CreateObjectiveDto, PatchObjectiveDto } from './dto/objective.dto';
import { closeGap, makeRoomAt, moveToPlace, OBJECTIVE_LEVEL, syncObjectiveCodes } from './numbering';
import { ObjectiveEntity } from './objective.entity';
import { lockPlanForWrite } from './plan-writable';
import { PlansService } from './plans.service';
import { assertRecordVersion } from './record-version';
import { countOf, refuseNonEmpty } from './structure-rules';

const EDITABLE = ['title', 'description', 'number'] as const;

/** Objectives of an axis (admin): create at a place, edit, move inside the axis (codes follow), delete when empty. */
@Injectable()
export class ObjectivesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly plans: PlansService,
    private readonly audit: AuditService,
    private readonly events: EventsService,
  ) {}

  async create(user: RequestUser, axisId: number, dto: CreateObjectiveDto): Promise<ObjectivePayload> {
    const id = await this.db.transaction((manager) => this.createIn(manager, user, axisId, dto));
    return this.plans.objective(id);
  }

  /** The creation inside the caller's transaction (the import applies many in one); returns the new id. */
  async createIn(manager: EntityManager, user: RequestUser, axisId: number, dto: CreateObjectiveDto): Promise<number> {
    const axis = await manager.getRepository(AxisEntity).findOneBy({ id: axisId });
    if (!axis) throw notFound('Axe');
    await lockPlanForWrite(manager, axis.planId);
    const number = await makeRoomAt(manager, OBJECTIVE_LEVEL, axisId, dto.number);
    const objective = await manager.getRepository(ObjectiveEntity).save({
      axisId,
      number,
      code: `${axis.number}.${number}`,
      title: dto.title,
      description: dto.description ?? null,
    });
    await syncObjectiveCodes(manager, axis.planId);
    await this.audit.record(manager, {
      actorId: user.id,
      verb: 'objective.create',
      entityType: 'objective',
      entityId: objective.id,
      after: {
        axisId,
        number,
        code: objective.code,
        title: objective.title,
        description: objective.description,
      },
    });
    await this.events.publish(manager, {
      type: 'structure.changed',
      planId: axis.planId,
      record: `objective:${objective.id}`,
    });
    return objective.id;
  }

  async patch(user: RequestUser, id: number, ifMatch: string | undefined, dto: PatchObjectiveDto): Promise<ObjectivePayload> {
    const version = requiredVersion(ifMatch, dto.version, 'de l’objectif');
    await this.db.transaction((manager) => this.patchIn(manager, user, id, version, dto));
    return this.plans.objective(id);
  }

  /** The edit inside the caller's transaction; `version` null: the caller read the objective in this transaction. */
  async patchIn(manager: EntityManager, user: RequestUser, id: number, version: number | null, dto: PatchObjectiveDto): Promise<void> {
    const { objective, axis } = await this.lock(manager, id);
    if (version !== null) await assertRecordVersion(version, objective, { text: 'Cet objectif' }, () => this.plans.objective(id, manager));
    const { changes, before, after } = changedFields(EDITABLE, objective, dto);
    if (changes.length === 0) return;
    const moved = dto.number !== undefined && dto.number !== objective.number;
    if (moved) {
      await moveToPlace(manager, OBJECTIVE_LEVEL, axis.id, id, objective.number, dto.number as number);
      Object.assign(before, { code: objective.code });
      Object.assign(after, { code: `${axis.number}.${dto.number}` });
    }
    await manager.getRepository(ObjectiveEntity).update(id, {
      ...(after as Partial<ObjectiveEntity>),
      version: () => 'version + 1',
    });
    if (moved) await syncObjectiveCodes(manager, axis.planId);
    await this.audit.record(manager, {
      actorId: user.id,
      verb: 'objective.update',
      entityType: 'objective',
      entityId: id,
      before,
      after,
    });
    await this.events.publish(manager, {
      type: 'structure.changed',
      planId: axis.planId,
      record: `objective:${id}`,
    });
  }

  async remove(user: RequestUser, id: number, ifMatch: string | undefined, bodyVersion: number | undefined): Promise<void> {
    const version = requiredVersion(ifMatch, bodyVersion, 'de l’objectif');
    await this.db.transaction(async (manager) => {
      const { objective, axis } = await this.lock(manager, id);
      await assertRecordVersion(version, objective, { text: 'Cet objectif' }, () => this.plans.objective(id, manager));
      const [held]: { actions: number; indicators: number }[] = await manager.query(
        `SELECT (SELECT count(*)::int FROM actions WHERE objective_id = $1) AS actions,
                (SELECT count(*)::int FROM indicators WHERE objective_id = $1) AS indicators`,
        [id],
      );
      const children = [...(held.actions ? [countOf(held.actions, 'action')] : []), ...(held.indicators ? [countOf(held.indicators, 'indicateur')] : [])];
      if (children.length) {
        refuseNonEmpty(
          `L’objectif ${objective.code}`,
          children,
          'déplacez-les ou supprimez-les d’abord (une action qui a un historique s’abandonne), un objectif ne se supprime que vide.',
        );
      }
      await manager.getRepository(ObjectiveEntity).delete(id);
      await closeGap(manager, OBJECTIVE_LEVEL, axis.id, objective.number);
      await syncObjectiveCodes(manager, axis.planId);
      await this.audit.record(manager, {
        actorId: user.id,
        verb: 'objective.delete',
        entityType: 'objective',
        entityId: id,
        before: {
          axisId: axis.id,
          number: objective.number,
          code: objective.code,
          title: objective.title,
          description: objective.description,
        },
      });
      await this.events.publish(manager, {
        type: 'structure.changed',
        planId: axis.planId,
        record: `objective:${id}`,
      });
    });
  }

  /** The plan first (writable, and its structure writes queue up), then the objective. */
  private async lock(manager: EntityManager, id: number): Promise<{ objective: ObjectiveEntity; axis: AxisEntity }> {
    const found = await manager.getRepository(ObjectiveEntity).findOne({ where: { id }, relations: { axis: true } });
    if (!found?.axis) throw notFound('Objectif');
    await lockPlanForWrite(manager, found.axis.planId);
    const objective = await manager.getRepository(ObjectiveEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!objective) throw notFound('Objectif');
    return { objective, axis: found.axis };
  }
}
