/**
 * Payloads of the regional roll-out, indicators and comments (DESIGN §5).
 */
import type { Signal } from '../signals/signal-kind';
import type { Status } from '../status/status';
import type { CommentKind, IsoDate, IsoDateTime, Periodicity, UserSummary } from './payloads';

/** One regional action's roll-out in one region. */
export interface DeploymentPayload {
  actionId: number;
  regionCode: string;
  regionName: string;
  status: Status;
  progress: number;
  narrative: string | null;
  version: number;
  updatedAt: IsoDateTime;
  updatedBy: UserSummary | null;
  /** More than 15 points below the median of the regions (DESIGN §3). */
  laggard: boolean;
  commentCount: number;
}

export interface DeploymentSpreadPayload {
  counts: Record<Status, number>;
  median: number | null;
  min: number | null;
  max: number | null;
}

/** `GET /api/actions/:id/regions`. */
export interface ActionDeployments {
  actionId: number;
  deployments: DeploymentPayload[];
  spread: DeploymentSpreadPayload;
}

/** `PATCH /api/actions/:id/regions/:code` body (with `If-Match` or `version`). */
export interface DeploymentPatchRequest {
  status?: Status;
  progress?: number;
  narrative?: string | null;
  version?: number;
}

/** One report on a region's deployment: the values its author saved, and when. */
export interface DeploymentReport {
  status: Status;
  progress: number;
  narrative: string | null;
  /** The deployment's version this report made. */
  version: number;
  author: UserSummary | null;
  /** Null for the state found before the first recorded report (loaded with the data, not reported). */
  reportedAt: IsoDateTime | null;
}

/** `GET /api/actions/:id/regions/:code/history`: the region's reports on one deployment, newest first. */
export interface DeploymentHistory {
  actionId: number;
  regionCode: string;
  reports: DeploymentReport[];
}

/** A region among the others, for the map and the table of `GET /api/regions?plan=`. */
export interface RegionSummary {
  code: string;
  name: string;
  overseas: boolean;
  planId: number;
  /** The regions ranked: the rank is out of this many. */
  regionCount: number;
  /** Weighted progress of its deployments; null without any. */
  progress: number | null;
  /** 1 = most advanced; null without progress. */
  rank: number | null;
  deploymentCount: number;
  laggingCount: number;
  counts: Record<Status, number>;
}

export interface RegionDeployment extends DeploymentPayload {
  actionCode: string;
  actionTitle: string;
  weight: number;
  /** The median progress of the 18 regions for this action. */
  medianProgress: number | null;
}

/** `GET /api/regions/:code/rollup?plan=`. */
export interface RegionRollup extends RegionSummary {
  /** How the progress is computed: the deployments counted with their weights. */
  explain: { counted: { actionId: number; code: string; weight: number; progress: number }[]; excluded: { actionId: number; code: string; reason: string }[] };
  deployments: RegionDeployment[];
  lagging: RegionDeployment[];
}

/** A comment; plain text, never HTML (DESIGN §2). */
export interface CommentPayload {
  id: number;
  actionId: number;
  regionCode: string | null;
  kind: CommentKind;
  text: string;
  author: UserSummary & { role: string; regionCode: string | null; unitCode: string | null };
  createdAt: IsoDateTime;
  editedAt: IsoDateTime | null;
  parentId: number | null;
  /** A deleted comment keeps its place in the thread (its replies stay), without its text. */
  deleted: boolean;
}

export interface CommentRequest {
  kind: CommentKind;
  text: string;
  parentId?: number | null;
}

export interface CommentPatchRequest {
  kind?: CommentKind;
  text?: string;
}

export interface MeasurementPayload {
  id: number;
  period: IsoDate;
  value: number;
  regionCode: string | null;
  createdAt: IsoDateTime;
  author: UserSummary | null;
}

export interface MeasurementRequest {
  /** Any day inside the period; stored as the period's first day. */
  period: IsoDate;
  value: number;
  /** Absent or null: national. */
  regionCode?: string | null;
}

export interface IndicatorAttachment {
  kind: 'plan' | 'axis' | 'objective' | 'action';
  id: number;
  /** E.g. "Axe 1", "Objectif 1.2", "Action 1.2.3". */
  label: string;
  title: string;
}

/** `GET /api/indicators?plan=` rows. */
export interface IndicatorListItem {
  id: number;
  planId: number;
  name: string;
  unit: string;
  baselineValue: number;
  baselineDate: IsoDate;
  targetValue: number;
  targetDate: IsoDate;
  intermediateTargets: { date: IsoDate; value: number }[];
  periodicity: Periodicity;
  regional: boolean;
  source: string | null;
  definition: string | null;
  attachedTo: IndicatorAttachment;
  latest: { period: IsoDate; value: number } | null;
  achievement: { overall: number | null; year: number | null };
  /** The day the next measurement is due; past it, the indicator is stale. */
  nextDue: IsoDate;
  signals: Signal[];
  version: number;
}

export interface RegionalAchievement {
  regionCode: string;
  latest: { period: IsoDate; value: number } | null;
  achievement: { overall: number | null; year: number | null };
}

/** `GET /api/indicators/:id`. */
export interface IndicatorDetail extends IndicatorListItem {
  measurements: { period: IsoDate; value: number; regionCode: string | null }[];
  /** The linear trajectory from baseline to target, for the chart and the off-track check. */
  trajectory: { date: IsoDate; value: number }[];
  /** Achievement expected on the trajectory at the latest measurement. */
  expectedAchievement: number | null;
  regions: RegionalAchievement[];
}
