import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AxisPayload } from '@boussole/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { RequestUser } from '../auth/request-user';
import { AppError, notFound } from '../common/errors/app-error';
import { requiredVersion } from '../common/if-match';
import { EventsService } from '../events/events.service';
import { AxisEntity } from './axis.entity';
import { changedFields } from './changed-fields';
import type { CreateAxisDto, PatchAxisDto } from './dto/axis.dto';
import { AXIS_LEVEL, closeGap, makeRoomAt, moveToPlace, syncObjectiveCodes } from './numbering';
import { lockPlanForWrite } from './plan-writable';
import { PlansService } from './plans.service';
import { assertRecordVersion } from './record-version';
import { assertSponsor, countOf, refuseNonEmpty } from './structure-rules';

const EDITABLE = ['title', 'description', 'sponsorId', 'number'] as const;

/** Axes of a plan (admin): create at a place, edit, move (siblings and objective codes follow), delete when empty. */
@Injectable()
export class AxesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly plans: PlansService,
    private readonly audit: AuditService,
    private readonly events: EventsService,
  ) {}

  async create(user: RequestUser, planId: number, dto: CreateAxisDto): Promise<AxisPayload> {
    const id = await this.db.transaction((manager) => this.createIn(manager, user, planId, dto));
    return this.plans.axis(id);
  }

  /** The creation inside the caller's transaction (the import applies many in one); returns the new id. */
  async createIn(manager: EntityManager, user: RequestUser, planId: number, dto: CreateAxisDto): Promise<number> {
    await lockPlanForWrite(manager, planId);
    const number = await makeRoomAt(manager, AXIS_LEVEL, planId, dto.number);
    await assertSponsor(manager, dto.sponsorId);
    const axis = await manager.getRepository(AxisEntity).save({
      planId,
      number,
      title: dto.title,
      description: dto.description ?? null,
      sponsorId: dto.sponsorId ?? null,
    });
    await syncObjectiveCodes(manager, planId);
    await this.audit.record(manager, {
      actorId: user.id,
      verb: 'axis.create',
      entityType: 'axis',
      entityId: axis.id,
      after: {
        planId,
        number,
        title: axis.title,
        description: axis.description,
        sponsorId: axis.sponsorId,
      },
    });
    await this.events.publish(manager, {
      type: 'structure.changed',
      planId,
      record: `axis:${axis.id}`,
    });
    return axis.id;
  }

  async patch(user: RequestUser, id: number, ifMatch: string | undefined, dto: PatchAxisDto): Promise<AxisPayload> {
    const version = requiredVersion(ifMatch, dto.version, 'de l’axe');
    await this.db.transaction((manager) => this.patchIn(manager, user, id, version, dto));
    return this.plans.axis(id);
  }

  /** The edit inside the caller's transaction; `version` null: the caller read the axis in this transaction. */
  async patchIn(manager: EntityManager, user: RequestUser, id: number, version: number | null, dto: PatchAxisDto): Promise<void> {
    const axis = await this.lock(manager, id);
    if (version !== null) await assertRecordVersion(version, axis, { text: 'Cet axe' }, () => this.plans.axis(id, manager));
    const { changes, before, after } = changedFields(EDITABLE, axis, dto);
    if (changes.length === 0) return;
    if (dto.sponsorId !== undefined) await assertSponsor(manager, dto.sponsorId);
    if (dto.number !== undefined) await moveToPlace(manager, AXIS_LEVEL, axis.planId, id, axis.number, dto.number);
    await manager.getRepository(AxisEntity).update(id, {
      ...(after as Partial<AxisEntity>),
      version: () => 'version + 1',
    });
    if (changes.includes('number')) await syncObjectiveCodes(manager, axis.planId);
    await this.audit.record(manager, {
      actorId: user.id,
      verb: 'axis.update',
      entityType: 'axis',
      entityId: id,
      before,
      after,
    });
    await this.events.publish(manager, {
      type: 'structure.changed',
      planId: axis.planId,
      record: `axis:${id}`,
    });
  }

  async remove(user: RequestUser, id: number, ifMatch: string | undefined, bodyVersion: number | undefined): Promise<void> {
    const version = requiredVersion(ifMatch, bodyVersion, 'de l’axe');
    await this.db.transaction(async (manager) => {
      const axis = await this.lock(manager, id);
      await assertRecordVersion(version, axis, { text: 'Cet axe' }, () => this.plans.axis(id, manager));
      const [held]: {
        objectives: number;
        indicators: number;
        validations: number;
      }[] = await manager.query(
        `SELECT (SELECT count(*)::int FROM objectives WHERE axis_id = $1) AS objectives,
                (SELECT count(*)::int FROM indicators WHERE axis_id = $1) AS indicators,
                (SELECT count(*)::int FROM axis_validations WHERE axis_id = $1) AS validations`,
        [id],
      );
      if (held.validations > 0) {
        throw new AppError(
          'conflict',
          'Cet axe a déjà été validé pour une campagne : il a un historique et ne peut pas être supprimé. Archivez plutôt le projet stratégique.',
        );
      }
      const children = [
        ...(held.objectives ? [countOf(held.objectives, 'objectif')] : []),
        ...(held.indicators ? [countOf(held.indicators, 'indicateur')] : []),
      ];
      if (children.length) refuseNonEmpty(`L’axe ${axis.number}`, children, 'supprimez-les ou déplacez-les d’abord, un axe ne se supprime que vide.');
      await manager.getRepository(AxisEntity).delete(id);
      await closeGap(manager, AXIS_LEVEL, axis.planId, axis.number);
      await syncObjectiveCodes(manager, axis.planId);
      await this.audit.record(manager, {
        actorId: user.id,
        verb: 'axis.delete',
        entityType: 'axis',
        entityId: id,
        before: {
          planId: axis.planId,
          number: axis.number,
          title: axis.title,
          description: axis.description,
          sponsorId: axis.sponsorId,
        },
      });
      await this.events.publish(manager, {
        type: 'structure.changed',
        planId: axis.planId,
        record: `axis:${id}`,
      });
    });
  }

  /** The plan first (writable, and its structure writes queue up), then the axis. */
  private async lock(manager: EntityManager, id: number): Promise<AxisEntity> {
    const found = await manager.getRepository(AxisEntity).findOneBy({ id });
    if (!found) throw notFound('Axe');
    await lockPlanForWrite(manager, found.planId);
    const axis = await manager.getRepository(AxisEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!axis) throw notFound('Axe');
    return axis;
  }
}
