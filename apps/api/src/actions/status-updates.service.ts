import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  can,
  statusChangeErrors,
  validatedAxisReason,
  type ActionUpdatedState,
  type StatusChange,
  type StatusUpdatePayload,
  type StatusUpdateResponse,
} from '@boussole/domain';
import { DataSource } from 'typeorm';
import { toActor, type RequestUser } from '../auth/request-user';
import { AppError, forbidden, invalid, notFound } from '../common/errors/app-error';
import { assertPlanWritable } from '../plans/plan-writable';
import { todayIso } from '../rollups/plan-clock';
import { ActionDetailService } from './action-detail.service';
import { assertVersion } from './action-lock';
import { actionStanding } from './action-row';
import { actionUpdateUnits, allowedPrevious, writeStatusUpdate, type StatusUpdateOutcome } from './status-update-lock';
import type { StatusUpdateDto } from './dto/status-update.dto';
import { STATUS_UPDATE_SELECT, StatusUpdateRow, toStatusUpdatePayload } from './status-update-payload';

/** Status updates ("points d'avancement"): immutable, validated, linked to the open cycle, audited. */
@Injectable()
export class StatusUpdatesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly details: ActionDetailService,
  ) {}

  async history(actionId: number): Promise<StatusUpdatePayload[]> {
    const rows: StatusUpdateRow[] = await this.db.query(
      `${STATUS_UPDATE_SELECT} WHERE u.action_id = $1 ORDER BY u.created_at DESC, u.id DESC`,
      [actionId],
    );
    // Only an empty history asks whether the action exists: one round trip for the others.
    if (rows.length === 0) {
      const [exists] = await this.db.query(`SELECT 1 FROM actions WHERE id = $1`, [actionId]);
      if (!exists) throw notFound('Action');
    }
    return rows.map(toStatusUpdatePayload);
  }

  async post(user: RequestUser, actionId: number, dto: StatusUpdateDto): Promise<StatusUpdateResponse> {
    const narrative = dto.narrative?.trim() ?? '';
    const nextSteps = dto.nextSteps?.trim() || null;
    const blockers = dto.blockers?.trim() || null;
    const change = { status: dto.status, progress: dto.progress, narrative };
    // One round trip: the shared rules decided here, for any unit and any previous météo, what the
    // SQL function then only compares once it holds the row's lock.
    const outcome = await writeStatusUpdate(this.db, {
      actionId,
      version: dto.version,
      ...change,
      nextSteps,
      blockers,
      authorId: user.id,
      units: actionUpdateUnits(toActor(user)),
      previous: allowedPrevious(change),
    });
    if (!outcome) throw notFound('Action');
    if (!outcome.written || outcome.updateId === undefined || outcome.createdAt === undefined || outcome.version === undefined) {
      return this.refuse(user, actionId, dto.version, change, outcome);
    }
    const action = outcome.action;
    const update: StatusUpdatePayload = {
      id: outcome.updateId,
      actionId,
      status: dto.status,
      progress: dto.progress,
      narrative,
      nextSteps,
      blockers,
      author: { id: user.id, name: user.name },
      createdAt: new Date(outcome.createdAt).toISOString(),
      cycleId: action.cycle_id,
    };
    // The action's new state from what the lock read and the write returned: nothing read again.
    const lastUpdateAt = outcome.lastUpdateAt ? new Date(outcome.lastUpdateAt) : null;
    const standing = actionStanding({ ...action, status: dto.status, progress: dto.progress, last_update_at: lastUpdateAt }, action.milestones, todayIso());
    const state: ActionUpdatedState = { id: actionId, version: outcome.version, ...standing };
    return { action: state, update };
  }

  /**
   * Nothing was written: the refusal the checks give, in the order they always came (right, archived
   * plan, version, météo rule, validated axis), from the facts the write found.
   */
  private async refuse(
    user: RequestUser,
    actionId: number,
    version: number,
    change: Omit<StatusChange, 'previous'>,
    outcome: StatusUpdateOutcome,
  ): Promise<never> {
    const action = outcome.action;
    const decision = can(toActor(user), 'action.update', { unitCode: action.unit_code });
    if (!decision.allowed) throw forbidden(decision.reason);
    assertPlanWritable(action.plan_state);
    await assertVersion(version, action, () => this.details.get(actionId));
    // The web form runs the same rule: both refuse with the same words.
    const faults = statusChangeErrors({ ...change, previous: action.status }, 'action');
    const [fault] = Object.values(faults);
    if (fault) throw invalid(fault, faults);
    if (outcome.validated) throw new AppError('conflict', validatedAxisReason(outcome.validated.axisNumber, outcome.validated.cycleLabel));
    throw new Error(`status update of action ${actionId} refused by its SQL function while the shared rules allow it`);
  }
}
