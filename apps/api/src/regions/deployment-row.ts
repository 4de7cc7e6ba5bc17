import { REGIONS, regionalLaggards, type DeploymentPayload, type Status } from '@boussole/domain';

export interface DeploymentRow {
  action_id: number;
  region_code: string;
  status: Status;
  progress: number;
  narrative: string | null;
  version: number;
  updated_at: Date;
  updated_by: number | null;
  updated_by_name: string | null;
  comment_count: number;
  action_code: string;
  action_title: string;
  weight: number;
}

export const DEPLOYMENT_SELECT = `
  SELECT d.action_id, d.region_code, d.status, d.progress, d.narrative, d.version, d.updated_at, d.updated_by,
         ub.name AS updated_by_name, a.code AS action_code, a.title AS action_title, a.weight::float8 AS weight,
         (SELECT count(*)::int FROM comments c WHERE c.action_id = d.action_id AND c.region_code = d.region_code AND c.deleted_at IS NULL) AS comment_count
    FROM regional_deployments d JOIN actions a ON a.id = d.action_id LEFT JOIN users ub ON ub.id = d.updated_by`;

const NAMES = new Map(REGIONS.map((r) => [r.code, r.name]));

/** The deployments of one action, each told whether it lags the regions' median (DESIGN §3). */
export function toDeploymentPayloads(rows: DeploymentRow[]): DeploymentPayload[] {
  const laggards = new Set(regionalLaggards(rows.map((r) => ({ regionCode: r.region_code, progress: r.progress, status: r.status }))));
  return rows.map((r) => ({
    actionId: r.action_id,
    regionCode: r.region_code,
    regionName: NAMES.get(r.region_code) ?? r.region_code,
    status: r.status,
    progress: r.progress,
    narrative: r.narrative,
    version: r.version,
    updatedAt: r.updated_at.toISOString(),
    updatedBy: r.updated_by ? { id: r.updated_by, name: r.updated_by_name ?? '' } : null,
    laggard: laggards.has(r.region_code),
    commentCount: r.comment_count,
  }));
}
