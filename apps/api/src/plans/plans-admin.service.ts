import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PLAN_STATE_LABELS, PLAN_STATES, type PlanDetail } from '@boussole/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { RequestUser } from '../auth/request-user';
import { AppError, invalid } from '../common/errors/app-error';
import { requiredVersion } from '../common/if-match';
import { EventsService } from '../events/events.service';
import type { CreatePlanDto, PatchPlanDto } from './dto/plan.dto';
import { PlanEntity } from './plan.entity';
import { lockPlanForWrite } from './plan-writable';
import { PlansService } from './plans.service';
import { assertRecordVersion } from './record-version';
import { changedFields } from './changed-fields';

const EDITABLE = ['title', 'description', 'startYear', 'endYear', 'state'] as const;

/**
 * `POST /api/plans` (a draft) and `PATCH /api/plans/:id`. The state only moves forward
 * (draft → active → archived, a draft may be archived without running). Two plans may be active
 * at once, so that the next plan can start while the last one's final cycle closes.
 */
@Injectable()
export class PlansAdminService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly plans: PlansService,
    private readonly audit: AuditService,
    private readonly events: EventsService,
  ) {}

  async create(user: RequestUser, dto: CreatePlanDto): Promise<PlanDetail> {
    assertYears(dto.startYear, dto.endYear);
    const id = await this.db.transaction(async (manager) => {
      await assertTitleFree(manager, dto.title, null);
      const plan = await manager.getRepository(PlanEntity).save({
        title: dto.title,
        description: dto.description ?? null,
        startYear: dto.startYear,
        endYear: dto.endYear,
        state: 'draft',
      });
      await this.audit.record(manager, {
        actorId: user.id,
        verb: 'plan.create',
        entityType: 'plan',
        entityId: plan.id,
        after: { title: plan.title, description: plan.description, startYear: plan.startYear, endYear: plan.endYear, state: plan.state },
      });
      await this.events.publish(manager, { type: 'plan.changed', planId: plan.id, record: `plan:${plan.id}` });
      return plan.id;
    });
    return this.plans.get(id);
  }

  async patch(user: RequestUser, id: number, ifMatch: string | undefined, dto: PatchPlanDto): Promise<PlanDetail> {
    const version = requiredVersion(ifMatch, dto.version, 'du projet stratégique');
    await this.db.transaction(async (manager) => {
      const plan = await lockPlanForWrite(manager, id);
      await assertRecordVersion(version, plan, { text: 'Ce projet stratégique' }, () => this.plans.get(id, manager));
      const { changes, before, after } = changedFields(EDITABLE, plan, dto);
      if (changes.length === 0) return;
      assertYears(dto.startYear ?? plan.startYear, dto.endYear ?? plan.endYear);
      if (dto.state !== undefined && PLAN_STATES.indexOf(dto.state) < PLAN_STATES.indexOf(plan.state)) {
        throw new AppError(
          'conflict',
          `Un projet stratégique ne revient pas en arrière : « ${PLAN_STATE_LABELS[plan.state]} » ne redevient pas « ${PLAN_STATE_LABELS[dto.state]} ».`,
        );
      }
      if (dto.title !== undefined) await assertTitleFree(manager, dto.title, id);
      await manager.getRepository(PlanEntity).update(id, { ...(after as Partial<PlanEntity>), version: () => 'version + 1', updatedAt: () => 'now()' });
      await this.audit.record(manager, { actorId: user.id, verb: 'plan.update', entityType: 'plan', entityId: id, before, after });
      await this.events.publish(manager, { type: 'plan.changed', planId: id, record: `plan:${id}` });
    });
    return this.plans.get(id);
  }
}

function assertYears(startYear: number, endYear: number): void {
  if (endYear < startYear) {
    throw invalid('L’année de fin ne peut pas précéder l’année de début.', { endYear: 'L’année de fin ne peut pas précéder l’année de début.' });
  }
}

async function assertTitleFree(manager: EntityManager, title: string, exceptId: number | null): Promise<void> {
  const [taken] = await manager.query(`SELECT 1 FROM plans WHERE title = $1 AND id IS DISTINCT FROM $2`, [title, exceptId]);
  if (taken) {
    throw new AppError('conflict', 'Un projet stratégique porte déjà ce titre.', { fields: { title: 'Un projet stratégique porte déjà ce titre.' } });
  }
}
