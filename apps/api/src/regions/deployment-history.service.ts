import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DeploymentHistory, DeploymentReport, Status } from '@boussole/domain';
import { DataSource } from 'typeorm';
import { notFound } from '../common/errors/app-error';

interface ReportValues {
  status: Status;
  progress: number;
  narrative: string | null;
  version: number;
}

interface EventRow {
  before: ReportValues | null;
  after: ReportValues;
  created_at: Date;
  actor_id: number | null;
  actor_name: string | null;
}

/**
 * A deployment's past reports. A deployment keeps only its latest values: each report is the
 * audit event its update wrote (DESIGN §2, never rewritten), so the history is read from there.
 */
@Injectable()
export class DeploymentHistoryService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async history(actionId: number, regionCode: string): Promise<DeploymentHistory> {
    const [row] = await this.db.query(
      `SELECT d.status, d.progress, d.narrative, d.version, d.updated_at, d.updated_by, u.name AS updated_by_name
         FROM regional_deployments d LEFT JOIN users u ON u.id = d.updated_by
        WHERE d.action_id = $1 AND d.region_code = $2`,
      [actionId, regionCode],
    );
    if (!row) throw notFound('Déploiement régional');
    const events: EventRow[] = await this.db.query(
      `SELECT e.before, e.after, e.created_at, e.actor_id, u.name AS actor_name
         FROM audit_events e LEFT JOIN users u ON u.id = e.actor_id
        WHERE e.entity_type = 'deployment' AND e.entity_id = $1 AND e.verb = 'deployment.update'
        ORDER BY e.created_at DESC, e.id DESC`,
      [`${actionId}:${regionCode}`],
    );
    const reports: DeploymentReport[] = events.map((e) => ({
      ...values(e.after),
      author: e.actor_id === null ? null : { id: e.actor_id, name: e.actor_name ?? '' },
      reportedAt: e.created_at.toISOString(),
    }));
    const oldest = events.at(-1);
    if (!oldest) {
      // Never updated through the API: its values are the one report there is (loaded or imported).
      reports.push({
        ...values(row),
        author: row.updated_by === null ? null : { id: row.updated_by, name: row.updated_by_name ?? '' },
        reportedAt: row.updated_at.toISOString(),
      });
    } else if (oldest.before) {
      // What the deployment held before its first recorded report: its author and time were not kept.
      reports.push({ ...values(oldest.before), author: null, reportedAt: null });
    }
    return { actionId, regionCode, reports };
  }
}

function values(v: ReportValues): ReportValues {
  return { status: v.status, progress: v.progress, narrative: v.narrative ?? null, version: v.version };
}
