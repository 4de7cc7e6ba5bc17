import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CYCLE_STATE_LABELS, CYCLE_STATES, formatDateFr, type CyclePayload } from '@boussole/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { RequestUser } from '../auth/request-user';
import { AppError, invalid, notFound } from '../common/errors/app-error';
import { requiredVersion } from '../common/if-match';
import { EventsService } from '../events/events.service';
import { changedFields } from '../plans/changed-fields';
import { lockPlanForWrite } from '../plans/plan-writable';
import { assertRecordVersion } from '../plans/record-version';
import type { CreateCycleDto, PatchCycleDto } from './dto/cycle.dto';
import { toCyclePayload } from './cycle-payload';
import { ReportingCycleEntity } from './reporting-cycle.entity';
import { RemindersService } from './reminders/reminders.service';
import { CycleSnapshotService } from './snapshots/cycle-snapshot.service';

const EDITABLE = ['label', 'opensOn', 'closesOn', 'state'] as const;

/**
 * Reporting cycles of a plan: listed by everyone; created, edited while not closed, opened (one
 * at a time per plan) and closed by an admin. Their dates never overlap another cycle's.
 */
@Injectable()
export class CyclesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly events: EventsService,
    private readonly snapshots: CycleSnapshotService,
    private readonly reminders: RemindersService,
  ) {}

  async list(planId: number): Promise<CyclePayload[]> {
    const cycles = await this.db.getRepository(ReportingCycleEntity).find({ where: { planId }, order: { opensOn: 'ASC' } });
    return cycles.map(toCyclePayload);
  }

  async create(user: RequestUser, dto: CreateCycleDto): Promise<CyclePayload> {
    return this.db.transaction(async (manager) => {
      // The plan's row queues its cycles' writes: the overlap and label checks stay true until commit.
      await lockPlanForWrite(manager, dto.planId, 'planId');
      await assertFree(manager, { planId: dto.planId, label: dto.label, opensOn: dto.opensOn, closesOn: dto.closesOn }, null);
      const cycle = await manager.getRepository(ReportingCycleEntity).save({ planId: dto.planId, label: dto.label, opensOn: dto.opensOn, closesOn: dto.closesOn, state: 'planned' });
      await this.audit.record(manager, {
        actorId: user.id,
        verb: 'cycle.create',
        entityType: 'cycle',
        entityId: cycle.id,
        after: { planId: cycle.planId, label: cycle.label, opensOn: cycle.opensOn, closesOn: cycle.closesOn, state: cycle.state },
      });
      await this.events.publish(manager, { type: 'cycle.changed', planId: dto.planId, record: `cycle:${cycle.id}` });
      return toCyclePayload(cycle);
    });
  }

  async patch(user: RequestUser, id: number, ifMatch: string | undefined, dto: PatchCycleDto): Promise<CyclePayload> {
    const version = requiredVersion(ifMatch, dto.version, 'de la campagne');
    return this.db.transaction(async (manager) => {
      const cycle = await this.lock(manager, id);
      await assertRecordVersion(version, cycle, { text: 'Cette campagne', feminine: true }, async () => toCyclePayload(cycle));
      const { changes, before, after } = changedFields(EDITABLE, cycle, dto);
      if (changes.length === 0) return toCyclePayload(cycle);
      if (cycle.state === 'closed') throw new AppError('conflict', `La campagne ${cycle.label} est close : elle ne se modifie plus.`);
      if (dto.state !== undefined && CYCLE_STATES.indexOf(dto.state) < CYCLE_STATES.indexOf(cycle.state)) {
        throw new AppError('conflict', `Une campagne ne revient pas en arrière : « ${CYCLE_STATE_LABELS[cycle.state]} » ne redevient pas « ${CYCLE_STATE_LABELS[dto.state]} ».`);
      }
      const next = { planId: cycle.planId, label: dto.label ?? cycle.label, opensOn: dto.opensOn ?? cycle.opensOn, closesOn: dto.closesOn ?? cycle.closesOn };
      await assertFree(manager, next, id);
      if (dto.state === 'open' && cycle.state !== 'open') await assertNoneOpen(manager, cycle.planId);
      // Closing freezes the axes no validation froze, and the plan, in the same transaction; before
      // the state changes, so that freshness is still measured from this cycle's opening.
      if (dto.state === 'closed') await this.snapshots.freezeClosing(manager, id);
      // The directors' summary of its completeness, written with the closing (sent once it commits).
      if (dto.state === 'closed' && cycle.state === 'open') await this.reminders.sendClosingSummary(manager, id, user);
      await manager.getRepository(ReportingCycleEntity).update(id, { ...(after as Partial<ReportingCycleEntity>), version: () => 'version + 1' });
      await this.audit.record(manager, { actorId: user.id, verb: 'cycle.update', entityType: 'cycle', entityId: id, before, after });
      await this.events.publish(manager, { type: 'cycle.changed', planId: cycle.planId, record: `cycle:${id}` });
      return toCyclePayload(await manager.getRepository(ReportingCycleEntity).findOneByOrFail({ id }));
    });
  }

  /** The plan first (writable, and its cycles' writes queue up), then the cycle. */
  private async lock(manager: EntityManager, id: number): Promise<ReportingCycleEntity> {
    const found = await manager.getRepository(ReportingCycleEntity).findOneBy({ id });
    if (!found) throw notFound('Campagne de suivi');
    await lockPlanForWrite(manager, found.planId);
    const cycle = await manager.getRepository(ReportingCycleEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!cycle) throw notFound('Campagne de suivi');
    return cycle;
  }
}

/** Closing on or after opening, a label of its own, and no day shared with another cycle of the plan. */
async function assertFree(
  manager: EntityManager,
  cycle: { planId: number; label: string; opensOn: string; closesOn: string },
  exceptId: number | null,
): Promise<void> {
  if (cycle.closesOn < cycle.opensOn) {
    throw invalid('La date de clôture ne peut pas précéder la date d’ouverture.', { closesOn: 'La date de clôture ne peut pas précéder la date d’ouverture.' });
  }
  const [sameLabel] = await manager.query(`SELECT 1 FROM reporting_cycles WHERE plan_id = $1 AND label = $2 AND id IS DISTINCT FROM $3`, [cycle.planId, cycle.label, exceptId]);
  if (sameLabel) throw invalid(`Une campagne « ${cycle.label} » existe déjà pour ce projet stratégique.`, { label: 'Libellé déjà utilisé dans ce projet.' });
  const [overlap]: { label: string; opens_on: string; closes_on: string }[] = await manager.query(
    `SELECT label, opens_on, closes_on FROM reporting_cycles
      WHERE plan_id = $1 AND id IS DISTINCT FROM $4 AND opens_on <= $3 AND closes_on >= $2 ORDER BY opens_on LIMIT 1`,
    [cycle.planId, cycle.opensOn, cycle.closesOn, exceptId],
  );
  if (overlap) {
    const message = `Ces dates chevauchent la campagne ${overlap.label} (du ${formatDateFr(overlap.opens_on)} au ${formatDateFr(overlap.closes_on)}).`;
    throw invalid(message, { opensOn: message, closesOn: message });
  }
}

async function assertNoneOpen(manager: EntityManager, planId: number): Promise<void> {
  const [open] = await manager.query(`SELECT label FROM reporting_cycles WHERE plan_id = $1 AND state = 'open'`, [planId]);
  if (open) throw new AppError('conflict', `La campagne ${open.label} est déjà ouverte : clôturez-la avant d’en ouvrir une autre.`);
}
