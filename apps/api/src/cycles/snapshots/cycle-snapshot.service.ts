import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { todayIso } from '../../rollups/plan-clock';
import { freezeSnapshots } from './freeze-axis';

/**
 * Freezes a cycle's state (DESIGN §2): an axis when it is validated, and when the cycle closes
 * every axis no standing validation froze, and the plan. Always in the caller's transaction, so
 * that the frozen figures are those of the state the validation or the closing commits with.
 */
@Injectable()
export class CycleSnapshotService {
  /** The axis as it stands now (the roll-up route's figures of today), kept under its validation. */
  async freezeAxis(manager: EntityManager, input: { cycleId: number; axisId: number; validationId: number }): Promise<void> {
    await freezeSnapshots(manager, input.cycleId, { axes: [{ axisId: input.axisId, validationId: input.validationId }], plan: false }, { asOf: todayIso() });
  }

  /**
   * At the closing, now: the axes of the cycle's plan with no standing validation, and the plan. A
   * standing validation's snapshot stays its axis's frozen state. (The demo's past cycles, all
   * validated, are frozen by `freezeSnapshots` as of their closing day.)
   */
  async freezeClosing(manager: EntityManager, cycleId: number): Promise<void> {
    const axes: { id: number }[] = await manager.query(
      `SELECT x.id FROM reporting_cycles c JOIN axes x ON x.plan_id = c.plan_id
        WHERE c.id = $1
          AND NOT EXISTS (SELECT 1 FROM axis_validations v WHERE v.cycle_id = c.id AND v.axis_id = x.id AND v.reopened_at IS NULL)
        ORDER BY x.number`,
      [cycleId],
    );
    await freezeSnapshots(manager, cycleId, { axes: axes.map((a) => ({ axisId: a.id, validationId: null })), plan: true }, { asOf: todayIso() });
  }
}
