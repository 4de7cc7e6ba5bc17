import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { can, spread, statusChangeErrors, type ActionDeployments, type DeploymentPayload, type PlanState } from '@boussole/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { RequestUser } from '../auth/request-user';
import { toActor } from '../auth/request-user';
import { AppError, forbidden, invalid, notFound } from '../common/errors/app-error';
import { requiredVersion } from '../common/if-match';
import { assertAxisOpen } from '../cycles/axis-lock';
import { EventsService } from '../events/events.service';
import { assertPlanWritable } from '../plans/plan-writable';
import { DEPLOYMENT_SELECT, DeploymentRow, toDeploymentPayloads } from './deployment-row';
import type { DeploymentPatchDto } from './dto/deployment-patch.dto';

/** The 18 deployments of a regional action, and their updates by the liaisons and the owning unit. */
@Injectable()
export class DeploymentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly events: EventsService,
  ) {}

  async ofAction(actionId: number, manager: EntityManager | DataSource = this.db): Promise<ActionDeployments> {
    const [action] = await manager.query(`SELECT regional FROM actions WHERE id = $1`, [actionId]);
    if (!action) throw notFound('Action');
    const rows: DeploymentRow[] = await manager.query(`${DEPLOYMENT_SELECT} WHERE d.action_id = $1 ORDER BY d.region_code`, [actionId]);
    const deployments = toDeploymentPayloads(rows);
    return { actionId, deployments, spread: spread(deployments) };
  }

  async patch(user: RequestUser, actionId: number, regionCode: string, ifMatch: string | undefined, dto: DeploymentPatchDto): Promise<DeploymentPayload> {
    const version = requiredVersion(ifMatch, dto.version, 'du déploiement');
    await this.db.transaction(async (manager) => {
      const [row]: (DeploymentRow & { unit_code: string; plan_id: number; axis_id: number; plan_state: PlanState })[] = await manager.query(
        `SELECT d.*, un.code AS unit_code, a.plan_id, a.axis_id, p.state AS plan_state
           FROM regional_deployments d JOIN actions a ON a.id = d.action_id JOIN units un ON un.id = a.unit_id JOIN plans p ON p.id = a.plan_id
          WHERE d.action_id = $1 AND d.region_code = $2 FOR UPDATE OF d`,
        [actionId, regionCode],
      );
      if (!row) throw notFound('Déploiement régional');
      const decision = can(toActor(user), 'deployment.update', { unitCode: row.unit_code, regionCode });
      if (!decision.allowed) throw forbidden(decision.reason);
      assertPlanWritable(row.plan_state);
      await assertAxisOpen(manager, row.axis_id);
      if (row.version !== version) {
        const current = (await this.ofAction(actionId, manager)).deployments.find((d) => d.regionCode === regionCode);
        throw new AppError('conflict', `Ce déploiement a été modifié entre-temps (version ${row.version}, vous aviez la version ${version}).`, { current });
      }
      const status = dto.status ?? row.status;
      const progress = dto.progress ?? (status === 'done' ? 100 : row.progress);
      const narrative = dto.narrative === undefined ? row.narrative : dto.narrative?.trim() || null;
      // A worse météo needs a narrative sent with it, not the one already there; the web form runs the same rule.
      const faults = statusChangeErrors({ previous: row.status, status, progress, narrative: dto.narrative }, 'deployment');
      const [fault] = Object.values(faults);
      if (fault) throw invalid(fault, faults);
      await manager.query(
        `UPDATE regional_deployments SET status = $3, progress = $4, narrative = $5, version = version + 1, updated_at = now(), updated_by = $6
          WHERE action_id = $1 AND region_code = $2`,
        [actionId, regionCode, status, progress, narrative, user.id],
      );
      await this.audit.record(manager, {
        actorId: user.id,
        verb: 'deployment.update',
        entityType: 'deployment',
        entityId: `${actionId}:${regionCode}`,
        before: { status: row.status, progress: row.progress, narrative: row.narrative, version: row.version },
        after: { status, progress, narrative, version: row.version + 1 },
      });
      await this.events.publish(manager, { type: 'deployment.updated', planId: row.plan_id, actionId });
    });
    const after = await this.ofAction(actionId);
    return after.deployments.find((d) => d.regionCode === regionCode) as DeploymentPayload;
  }
}
