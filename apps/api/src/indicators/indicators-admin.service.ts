import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { IndicatorDetail } from '@boussole/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { RequestUser } from '../auth/request-user';
import { AppError, notFound } from '../common/errors/app-error';
import { requiredVersion } from '../common/if-match';
import { assertIndicatorOpen, attachmentAxis, lockAxisOpen } from '../cycles/axis-lock';
import { EventsService } from '../events/events.service';
import { changedFields } from '../plans/changed-fields';
import { lockPlanForWrite } from '../plans/plan-writable';
import { assertRecordVersion } from '../plans/record-version';
import { countOf } from '../plans/structure-rules';
import type { CreateIndicatorDto, PatchIndicatorDto } from './dto/indicator.dto';
import { IndicatorEntity } from './indicator.entity';
import { attachmentColumns, attachmentOf, checkedTargets, measurementCounts, type AttachmentColumns } from './indicator-rules';
import { IndicatorsService } from './indicators.service';

const EDITABLE = [
  'attachedTo',
  'name',
  'unit',
  'baselineValue',
  'baselineDate',
  'targetValue',
  'targetDate',
  'intermediateTargets',
  'periodicity',
  'regional',
  'source',
  'definition',
] as const;

/** Indicators (admin): create, edit and delete those without measurements, each audited and announced. */
@Injectable()
export class IndicatorsAdminService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly indicators: IndicatorsService,
    private readonly audit: AuditService,
    private readonly events: EventsService,
  ) {}

  async create(user: RequestUser, dto: CreateIndicatorDto): Promise<IndicatorDetail> {
    const intermediateTargets = checkedTargets(dto.baselineDate, dto.targetDate, dto.intermediateTargets ?? []);
    const id = await this.db.transaction((manager) => this.createIn(manager, user, dto, intermediateTargets));
    return this.indicators.get(id);
  }

  /** The creation inside the caller's transaction (the import applies many in one); returns the new id. */
  async createIn(
    manager: EntityManager,
    user: RequestUser,
    dto: CreateIndicatorDto,
    intermediateTargets = checkedTargets(dto.baselineDate, dto.targetDate, dto.intermediateTargets ?? []),
  ): Promise<number> {
    await lockPlanForWrite(manager, dto.planId, 'planId');
    const attachment = await attachmentColumns(manager, dto.planId, dto.attachedTo);
    await lockAttachmentOpen(manager, attachment);
    const indicator = await manager.getRepository(IndicatorEntity).save({
      planId: dto.planId,
      ...attachment,
      name: dto.name,
      unit: dto.unit,
      baselineValue: dto.baselineValue,
      baselineDate: dto.baselineDate,
      targetValue: dto.targetValue,
      targetDate: dto.targetDate,
      intermediateTargets,
      periodicity: dto.periodicity,
      regional: dto.regional ?? false,
      source: dto.source ?? null,
      definition: dto.definition ?? null,
    });
    await this.audit.record(manager, {
      actorId: user.id,
      verb: 'indicator.create',
      entityType: 'indicator',
      entityId: indicator.id,
      after: snapshot(indicator),
    });
    await this.events.publish(manager, {
      type: 'indicator.changed',
      planId: dto.planId,
      record: `indicator:${indicator.id}`,
    });
    return indicator.id;
  }

  async patch(user: RequestUser, id: number, ifMatch: string | undefined, dto: PatchIndicatorDto): Promise<IndicatorDetail> {
    const version = requiredVersion(ifMatch, dto.version, 'de l’indicateur');
    await this.db.transaction((manager) => this.patchIn(manager, user, id, version, dto));
    return this.indicators.get(id);
  }

  /** The edit inside the caller's transaction; `version` null: the caller read the indicator in this transaction. */
  async patchIn(manager: EntityManager, user: RequestUser, id: number, version: number | null, dto: PatchIndicatorDto): Promise<void> {
    const indicator = await this.lock(manager, id);
    if (version !== null) await assertRecordVersion(version, indicator, { text: 'Cet indicateur' }, () => this.indicators.get(id, manager));
    const current = snapshot(indicator);
    const wanted = {
      ...dto,
      attachedTo: dto.attachedTo && {
        kind: dto.attachedTo.kind,
        id: dto.attachedTo.kind === 'plan' ? indicator.planId : dto.attachedTo.id,
      },
    };
    const { changes, before, after } = changedFields(EDITABLE, current, wanted);
    if (changes.length === 0) return;
    const intermediateTargets = checkedTargets(
      dto.baselineDate ?? indicator.baselineDate,
      dto.targetDate ?? indicator.targetDate,
      dto.intermediateTargets ?? indicator.intermediateTargets,
    );
    if (changes.includes('intermediateTargets')) after.intermediateTargets = intermediateTargets;
    const counts = await measurementCounts(manager, id);
    if (changes.includes('periodicity') && counts.all > 0) {
      throw new AppError('conflict', `Cet indicateur a déjà ${countOf(counts.all, 'mesure')} : sa périodicité ne peut plus changer.`);
    }
    if (dto.regional === false && counts.regional > 0) {
      throw new AppError(
        'conflict',
        `Cet indicateur a déjà ${countOf(counts.regional, 'mesure régionale', 'mesures régionales')} : il ne peut plus cesser d’être mesuré par région.`,
      );
    }
    const { attachedTo: _attachedTo, ...fields } = after as Record<string, unknown>;
    const attachment = dto.attachedTo && changes.includes('attachedTo') ? await attachmentColumns(manager, indicator.planId, dto.attachedTo) : null;
    if (attachment) await lockAttachmentOpen(manager, attachment);
    await manager.getRepository(IndicatorEntity).update(id, {
      ...(fields as Partial<IndicatorEntity>),
      ...(attachment ?? {}),
      version: () => 'version + 1',
    });
    await this.audit.record(manager, {
      actorId: user.id,
      verb: 'indicator.update',
      entityType: 'indicator',
      entityId: id,
      before,
      after,
    });
    await this.events.publish(manager, {
      type: 'indicator.changed',
      planId: indicator.planId,
      record: `indicator:${id}`,
    });
  }

  async remove(user: RequestUser, id: number, ifMatch: string | undefined, bodyVersion: number | undefined): Promise<void> {
    const version = requiredVersion(ifMatch, bodyVersion, 'de l’indicateur');
    await this.db.transaction(async (manager) => {
      const indicator = await this.lock(manager, id);
      await assertRecordVersion(version, indicator, { text: 'Cet indicateur' }, () => this.indicators.get(id, manager));
      const counts = await measurementCounts(manager, id);
      if (counts.all > 0) {
        throw new AppError(
          'conflict',
          `Cet indicateur a déjà ${countOf(counts.all, 'mesure')} : il a un historique et ne peut pas être supprimé. Archivez plutôt le projet stratégique.`,
        );
      }
      await manager.getRepository(IndicatorEntity).delete(id);
      await this.audit.record(manager, {
        actorId: user.id,
        verb: 'indicator.delete',
        entityType: 'indicator',
        entityId: id,
        before: snapshot(indicator),
      });
      await this.events.publish(manager, {
        type: 'indicator.changed',
        planId: indicator.planId,
        record: `indicator:${id}`,
      });
    });
  }

  /** The plan first (writable, and its administration writes queue up), then the indicator, refused under a validated axis. */
  private async lock(manager: EntityManager, id: number): Promise<IndicatorEntity> {
    const found = await manager.getRepository(IndicatorEntity).findOneBy({ id });
    if (!found) throw notFound('Indicateur');
    await lockPlanForWrite(manager, found.planId);
    const indicator = await manager.getRepository(IndicatorEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!indicator) throw notFound('Indicateur');
    await assertIndicatorOpen(manager, id);
    return indicator;
  }
}

/** An indicator comes under the node's axis (if any): refused when that axis is validated for the open cycle. */
async function lockAttachmentOpen(manager: EntityManager, attachment: AttachmentColumns): Promise<void> {
  const axisId = await attachmentAxis(manager, attachment);
  if (axisId !== null) await lockAxisOpen(manager, axisId);
}

/** The indicator's fields as the API names them, for the audit and the comparison of an edit. */
function snapshot(i: IndicatorEntity): Record<(typeof EDITABLE)[number], unknown> {
  return {
    attachedTo: attachmentOf(i),
    name: i.name,
    unit: i.unit,
    baselineValue: i.baselineValue,
    baselineDate: i.baselineDate,
    targetValue: i.targetValue,
    targetDate: i.targetDate,
    intermediateTargets: i.intermediateTargets,
    periodicity: i.periodicity,
    regional: i.regional,
    source: i.source,
    definition: i.definition,
  };
}
