import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { formatDateTimeFr, justificationErrors, justificationField, type AxisValidationPayload, type CycleValidations } from '@boussole/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { RequestUser } from '../auth/request-user';
import { AppError, invalid, notFound } from '../common/errors/app-error';
import { EventsService } from '../events/events.service';
import { lockPlanForWrite } from '../plans/plan-writable';
import { listFr } from '../plans/structure-rules';
import { lockAxisForValidation } from './axis-lock';
import { toCyclePayload } from './cycle-payload';
import type { ReopenAxisDto, ValidateAxisDto } from './dto/validation.dto';
import { missingUpdates, type MissingUpdate } from './expected-updates';
import { ReportingCycleEntity } from './reporting-cycle.entity';
import { CycleSnapshotService } from './snapshots/cycle-snapshot.service';
import { standingValidation, validationById, validationsOfCycle, type StoredJustification } from './validation-payload';

interface AxisRow {
  id: number;
  plan_id: number;
  number: number;
}

/**
 * The validation of an axis for an open cycle by a director or an admin (DESIGN §2, §4): it locks
 * the axis for the cycle (`axis-lock.ts`) and freezes its state; each expected update still
 * missing needs a justification, kept with it. An admin reopens it with a reason; the validation
 * stays, reopened, beside the next one. Both acts are audited on the cycle.
 */
@Injectable()
export class AxisValidationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly events: EventsService,
    private readonly snapshots: CycleSnapshotService,
  ) {}

  async list(cycleId: number): Promise<CycleValidations> {
    return this.db.transaction('REPEATABLE READ', async (manager) => {
      const cycle = await manager.getRepository(ReportingCycleEntity).findOneBy({ id: cycleId });
      if (!cycle) throw notFound('Campagne de suivi');
      return { cycle: toCyclePayload(cycle), validations: await validationsOfCycle(manager, cycleId) };
    });
  }

  async validate(user: RequestUser, cycleId: number, axisId: number, dto: ValidateAxisDto): Promise<AxisValidationPayload> {
    return this.db.transaction(async (manager) => {
      const { cycle, axis } = await this.lockOpen(manager, cycleId, axisId, 'validate');
      const standing = await standingValidation(manager, cycleId, axisId);
      if (standing) {
        throw new AppError(
          'conflict',
          `L’axe ${axis.number} a déjà été validé pour la campagne ${cycle.label}, par ${standing.validatedBy.name} le ${formatDateTimeFr(standing.validatedAt)}.`,
        );
      }
      // Nothing changes the axis from here to the commit: the count and the frozen state agree.
      await lockAxisForValidation(manager, axisId);
      const missing = await missingUpdates(manager, cycleId, axisId);
      const justifications = await justified(manager, missing, dto.justifications ?? [], cycle.label);
      const comment = dto.comment ?? null;
      const [{ id }]: { id: number }[] = await manager.query(
        `INSERT INTO axis_validations (cycle_id, axis_id, validated_by, comment, justifications) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [cycleId, axisId, user.id, comment, JSON.stringify(justifications)],
      );
      await this.snapshots.freezeAxis(manager, { cycleId, axisId, validationId: id });
      await this.audit.record(manager, {
        actorId: user.id,
        verb: 'axis.validate',
        entityType: 'cycle',
        entityId: cycleId,
        after: { validationId: id, axisId, axisNumber: axis.number, comment, justifications },
      });
      await this.events.publish(manager, { type: 'cycle.changed', planId: cycle.planId, record: `cycle:${cycleId}` });
      return validationById(manager, id);
    });
  }

  async reopen(user: RequestUser, cycleId: number, axisId: number, dto: ReopenAxisDto): Promise<AxisValidationPayload> {
    return this.db.transaction(async (manager) => {
      const { cycle, axis } = await this.lockOpen(manager, cycleId, axisId, 'reopen');
      // The axis's row, as a validation takes it: writers that bring a record into the axis wait.
      await manager.query(`SELECT 1 FROM axes WHERE id = $1 FOR UPDATE`, [axisId]);
      const standing = await standingValidation(manager, cycleId, axisId);
      if (!standing) {
        throw new AppError('not_found', `L’axe ${axis.number} n’est pas validé pour la campagne ${cycle.label} : il n’y a rien à rouvrir.`);
      }
      // The only change the database lets through: who reopened it, when and why, once.
      await manager.query(`UPDATE axis_validations SET reopened_at = now(), reopened_by = $2, reopen_reason = $3 WHERE id = $1`, [
        standing.id,
        user.id,
        dto.reason,
      ]);
      await this.audit.record(manager, {
        actorId: user.id,
        verb: 'axis.reopen',
        entityType: 'cycle',
        entityId: cycleId,
        before: { validationId: standing.id, axisId, axisNumber: axis.number, validatedAt: standing.validatedAt, validatedBy: standing.validatedBy.id },
        after: { validationId: standing.id, axisId, axisNumber: axis.number, reason: dto.reason },
      });
      await this.events.publish(manager, { type: 'cycle.changed', planId: cycle.planId, record: `cycle:${cycleId}` });
      return validationById(manager, standing.id);
    });
  }

  /**
   * The plan's row first (writable; validations and reopenings of its axes, and the cycle's own
   * edits, queue up), then the cycle, shared: it stays open until the commit, while status
   * updates still reference it. The axis must be one of the cycle's plan.
   */
  private async lockOpen(
    manager: EntityManager,
    cycleId: number,
    axisId: number,
    act: 'validate' | 'reopen',
  ): Promise<{ cycle: ReportingCycleEntity; axis: AxisRow }> {
    const found = await manager.getRepository(ReportingCycleEntity).findOneBy({ id: cycleId });
    if (!found) throw notFound('Campagne de suivi');
    await lockPlanForWrite(manager, found.planId);
    const cycle = await manager.getRepository(ReportingCycleEntity).findOne({ where: { id: cycleId }, lock: { mode: 'pessimistic_read' } });
    if (!cycle) throw notFound('Campagne de suivi');
    const [axis]: AxisRow[] = await manager.query(`SELECT id, plan_id, number FROM axes WHERE id = $1`, [axisId]);
    if (!axis) throw notFound('Axe');
    if (axis.plan_id !== cycle.planId) {
      throw new AppError('not_found', `Cet axe n’appartient pas au projet stratégique de la campagne ${cycle.label}.`);
    }
    if (cycle.state === 'planned') {
      throw new AppError(
        'conflict',
        act === 'validate'
          ? `La campagne ${cycle.label} n’est pas encore ouverte : ses axes se valident pendant qu’elle est ouverte.`
          : `La campagne ${cycle.label} n’est pas encore ouverte : aucun de ses axes n’est validé.`,
      );
    }
    if (cycle.state === 'closed') {
      throw new AppError(
        'conflict',
        act === 'validate'
          ? `La campagne ${cycle.label} est close : ses axes ne se valident plus.`
          : `La campagne ${cycle.label} est close : ses validations restent telles qu’elles étaient à sa clôture.`,
      );
    }
    return { cycle, axis };
  }
}

/**
 * One non-empty justification for each missing update, and none for another action: else a 400
 * naming the actions, with a field per action (`justifications.<actionId>`, as the web form names
 * them). Returns them in the order of the missing actions, with their code and title.
 */
async function justified(
  manager: EntityManager,
  missing: MissingUpdate[],
  given: { actionId: number; text: string }[],
  cycleLabel: string,
): Promise<StoredJustification[]> {
  const texts = new Map<number, string>();
  const fields: Record<string, string> = {};
  for (const { actionId, text } of given) {
    if (texts.has(actionId)) fields[justificationField(actionId)] = 'Une seule justification par action.';
    texts.set(actionId, text.trim());
  }
  const expected = new Set(missing.map((m) => m.id));
  const extra = [...texts.keys()].filter((id) => !expected.has(id));
  if (extra.length) {
    const known: { id: number; code: string }[] = await manager.query(`SELECT id, code FROM actions WHERE id = ANY($1::int[])`, [extra]);
    const codes = extra.map((id) => known.find((a) => a.id === id)?.code ?? `n° ${id}`);
    for (const id of extra) {
      fields[justificationField(id)] = 'Cette action n’attend pas de justification : son point d’avancement est là, ou elle n’est pas attendue dans l’axe.';
    }
    throw invalid(
      `Seules les actions de l’axe encore sans point d’avancement pour la campagne ${cycleLabel} se justifient, pas ${plural(codes, 'l’action', 'les actions')} ${shortList(codes)}.`,
      fields,
    );
  }
  const faults = justificationErrors(missing, given);
  const unjustified = missing.filter((m) => !texts.get(m.id));
  if (unjustified.length) {
    const codes = unjustified.map((m) => m.code);
    throw invalid(
      codes.length > 1
        ? `Sans point d’avancement pour la campagne ${cycleLabel}, les actions ${shortList(codes)} demandent chacune une justification pour valider l’axe.`
        : `Sans point d’avancement pour la campagne ${cycleLabel}, l’action ${codes[0]} demande une justification pour valider l’axe.`,
      { ...fields, ...faults },
    );
  }
  Object.assign(fields, faults);
  if (Object.keys(fields).length) throw invalid(Object.values(fields)[0], fields);
  return missing.map((m) => ({ actionId: m.id, code: m.code, title: m.title, text: texts.get(m.id) as string }));
}

const plural = (items: string[], one: string, many: string) => (items.length > 1 ? many : one);

/** « 1.1.2, 1.3.4 et 2.1.1 », cut after ten: « …, 1.4.2 et 14 autres ». */
function shortList(codes: string[]): string {
  return codes.length <= 10 ? listFr(codes) : `${codes.slice(0, 10).join(', ')} et ${codes.length - 10} autres`;
}
