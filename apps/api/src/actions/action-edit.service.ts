import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { can, type ActionDetail } from '@boussole/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { RequestUser } from '../auth/request-user';
import { toActor } from '../auth/request-user';
import { forbidden } from '../common/errors/app-error';
import { requiredVersion } from '../common/if-match';
import { lockAxisOpen } from '../cycles/axis-lock';
import { EventsService } from '../events/events.service';
import { ADMIN_FIELDS, isEmpty, planActionChanges } from './action-changes';
import { ActionDetailService } from './action-detail.service';
import { assertVersion, lockActionForWrite } from './action-lock';
import { createDeployments, placeInObjective, removeDeployments } from './action-rules';
import type { ActionPatchDto } from './dto/action-patch.dto';

/**
 * `PATCH /api/actions/:id`: optimistic concurrency on the action's version (If-Match). A project
 * manager edits the fields of their unit's actions; an admin also moves the action to another
 * objective of the plan (same id, history, comments, milestones and deployments), reorders it,
 * changes its unit, code or regional roll-out.
 */
@Injectable()
export class ActionEditService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly details: ActionDetailService,
    private readonly audit: AuditService,
    private readonly events: EventsService,
  ) {}

  async patch(user: RequestUser, id: number, ifMatch: string | undefined, dto: ActionPatchDto): Promise<ActionDetail> {
    if (ADMIN_FIELDS.some((f) => dto[f] !== undefined)) {
      const decision = can(toActor(user), 'plan.manage');
      if (!decision.allowed) throw forbidden(decision.reason);
    }
    const version = requiredVersion(ifMatch, dto.version, 'de l’action');
    await this.db.transaction((manager) => this.patchIn(manager, user, id, version, dto));
    return this.details.get(id);
  }

  /** The edit inside the caller's transaction; `version` null: the caller read the action in this transaction. */
  async patchIn(manager: EntityManager, user: RequestUser, id: number, version: number | null, dto: ActionPatchDto): Promise<void> {
    const action = await lockActionForWrite(manager, id, user);
    if (version !== null) await assertVersion(version, action, () => this.details.get(id, manager));
    const changes = await planActionChanges(manager, action, dto);
    if (isEmpty(changes)) return;
    // Moved to another axis: the one it leaves was checked with its lock, the one it joins now.
    if (changes.target && changes.target.axis_id !== action.axis_id) await lockAxisOpen(manager, changes.target.axis_id);
    if (changes.regional === 'off') await removeDeployments(manager, id, action.code);
    const columns = Object.keys(changes.columns);
    if (columns.length) {
      await manager.query(
        `UPDATE actions SET ${columns.map((c, i) => `${c} = $${i + 2}`).join(', ')}, version = version + 1, updated_at = now() WHERE id = $1`,
        [id, ...Object.values(changes.columns)],
      );
    } else {
      await manager.query(`UPDATE actions SET version = version + 1, updated_at = now() WHERE id = $1`, [id]);
    }
    if (changes.regional === 'on') await createDeployments(manager, id);
    const reordered = changes.target !== null || changes.position !== null;
    if (reordered) {
      await placeInObjective(manager, changes.target?.id ?? action.objective_id, id, changes.position);
      if (changes.target) await placeInObjective(manager, action.objective_id, null, null);
      const [placed] = await manager.query(`SELECT position FROM actions WHERE id = $1`, [id]);
      changes.before['position'] = action.position;
      changes.after['position'] = placed.position;
    }
    await this.audit.record(manager, {
      actorId: user.id,
      verb: 'action.update',
      entityType: 'action',
      entityId: id,
      before: changes.before,
      after: changes.after,
    });
    await this.events.publish(manager, {
      type: 'action.edited',
      planId: action.plan_id,
      actionId: id,
    });
    if (reordered || changes.regional !== null || changes.columns['code'] !== undefined || changes.columns['unit_id'] !== undefined) {
      await this.events.publish(manager, {
        type: 'structure.changed',
        planId: action.plan_id,
        record: `action:${id}`,
      });
    }
  }
}
