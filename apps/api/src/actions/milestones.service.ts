import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MilestonePayload } from '@boussole/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { RequestUser } from '../auth/request-user';
import { invalid, notFound } from '../common/errors/app-error';
import { EventsService } from '../events/events.service';
import { todayIso } from '../rollups/plan-clock';
import { lockActionForWrite } from './action-lock';
import type { CreateMilestoneDto, UpdateMilestoneDto } from './dto/milestone.dto';

interface MilestoneRow {
  id: number;
  action_id: number;
  title: string;
  planned_date: string;
  actual_date: string | null;
  done: boolean;
}

const SELECT = `SELECT id, action_id, title, planned_date, actual_date, done FROM milestones`;

/** An action's milestones ("jalons"); writes need the right to update the action, and are audited. */
@Injectable()
export class MilestonesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly events: EventsService,
  ) {}

  async list(actionId: number): Promise<MilestonePayload[]> {
    const [exists] = await this.db.query(`SELECT 1 FROM actions WHERE id = $1`, [actionId]);
    if (!exists) throw notFound('Action');
    const rows: MilestoneRow[] = await this.db.query(`${SELECT} WHERE action_id = $1 ORDER BY planned_date, position, id`, [actionId]);
    return rows.map(toPayload);
  }

  create(user: RequestUser, actionId: number, dto: CreateMilestoneDto): Promise<MilestonePayload> {
    return this.db.transaction(async (manager) => {
      const action = await lockActionForWrite(manager, actionId, user);
      const { done, actualDate } = completion(dto.done ?? false, dto.actualDate ?? null);
      const [row]: MilestoneRow[] = await manager.query(
        `INSERT INTO milestones (action_id, title, planned_date, actual_date, done, position)
         VALUES ($1, $2, $3, $4, $5, (SELECT coalesce(max(position), -1) + 1 FROM milestones WHERE action_id = $1))
         RETURNING id, action_id, title, planned_date, actual_date, done`,
        [actionId, dto.title.trim(), dto.plannedDate, actualDate, done],
      );
      await this.record(manager, user, 'milestone.create', row, null, action.plan_id);
      return toPayload(row);
    });
  }

  update(user: RequestUser, actionId: number, milestoneId: number, dto: UpdateMilestoneDto): Promise<MilestonePayload> {
    return this.db.transaction(async (manager) => {
      const action = await lockActionForWrite(manager, actionId, user);
      const before = await this.find(manager, actionId, milestoneId);
      const { done, actualDate } = completion(
        dto.done ?? before.done,
        dto.actualDate !== undefined ? dto.actualDate : dto.done === false ? null : before.actual_date,
      );
      // TypeORM answers an UPDATE … RETURNING with [rows, affected count].
      const [[row]]: [MilestoneRow[], number] = await manager.query(
        `UPDATE milestones SET title = $2, planned_date = $3, actual_date = $4, done = $5 WHERE id = $1
         RETURNING id, action_id, title, planned_date, actual_date, done`,
        [milestoneId, dto.title?.trim() ?? before.title, dto.plannedDate ?? before.planned_date, actualDate, done],
      );
      await this.record(manager, user, 'milestone.update', row, before, action.plan_id);
      return toPayload(row);
    });
  }

  async remove(user: RequestUser, actionId: number, milestoneId: number): Promise<void> {
    await this.db.transaction(async (manager) => {
      const action = await lockActionForWrite(manager, actionId, user);
      const before = await this.find(manager, actionId, milestoneId);
      await manager.query(`DELETE FROM milestones WHERE id = $1`, [milestoneId]);
      await this.record(manager, user, 'milestone.delete', null, before, action.plan_id);
    });
  }

  private async find(manager: EntityManager, actionId: number, milestoneId: number): Promise<MilestoneRow> {
    const [row]: MilestoneRow[] = await manager.query(`${SELECT} WHERE id = $1 AND action_id = $2`, [milestoneId, actionId]);
    if (!row) throw notFound('Jalon');
    return row;
  }

  private async record(manager: EntityManager, user: RequestUser, verb: string, after: MilestoneRow | null, before: MilestoneRow | null, planId: number) {
    const row = (after ?? before) as MilestoneRow;
    await this.audit.record(manager, {
      actorId: user.id,
      verb,
      entityType: 'milestone',
      entityId: row.id,
      before: before ? toPayload(before) : undefined,
      after: after ? toPayload(after) : undefined,
    });
    await this.events.publish(manager, { type: 'milestone.changed', planId, actionId: row.action_id });
  }
}

/** A done milestone has its actual date (today unless given); an undone one has none. */
function completion(done: boolean, actualDate: string | null): { done: boolean; actualDate: string | null } {
  if (!done) {
    if (actualDate) throw invalid('Un jalon non atteint n’a pas de date réelle.', { actualDate: 'Cochez « atteint » ou retirez la date réelle.' });
    return { done, actualDate: null };
  }
  const date = actualDate ?? todayIso();
  if (date > todayIso()) throw invalid('La date réelle d’un jalon atteint ne peut pas être dans le futur.', { actualDate: 'Date future.' });
  return { done, actualDate: date };
}

function toPayload(row: MilestoneRow): MilestonePayload {
  return { id: row.id, actionId: row.action_id, title: row.title, plannedDate: row.planned_date, actualDate: row.actual_date, done: row.done };
}
