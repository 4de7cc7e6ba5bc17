/**
 * The JSON payloads of the API (DESIGN §5), shared by the API that sends them and the web app that
 * reads them. Dates are `YYYY-MM-DD`, times ISO 8601 in UTC.
 */
import type { Language } from '../i18n/language';
import type { Role } from '../roles/role';
import type { Status } from '../status/status';

export type IsoDate = string;
export type IsoDateTime = string;

/** The error shape of every non-2xx answer, in French. */
export interface ApiError {
  statusCode: number;
  error: string;
  message: string;
  /** For validation errors: the message of each faulty field. */
  fields?: Record<string, string>;
}

export interface UserSummary {
  id: number;
  name: string;
}

export interface UnitPayload {
  id: number;
  code: string;
  name: string;
}

export interface CurrentUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  unit: UnitPayload | null;
  regionCode: string | null;
  /**
   * Whether the user gets the reporting cycles' e-mails (reminders, closing summaries), chosen in
   * "Mon compte". The API always sends it; optional in the type so that older fixtures still
   * describe a user (absent means on, the default).
   */
  reminders?: boolean;
  /**
   * The interface language the user chose in the header, remembered for their next sessions;
   * `null` while they have never chosen (the browser's choice then stands, and is saved).
   */
  language?: Language | null;
}

export interface LoginRequest {
  email: string;
  password: string;
}

export interface LoginResponse {
  user: CurrentUser;
  /** The session token; also usable as `Authorization: Bearer <token>` by scripts. */
  token: string;
}

export interface RegionPayload {
  code: string;
  name: string;
  overseas: boolean;
}

/** In their only order: a plan moves forward, never back. */
export const PLAN_STATES = ['draft', 'active', 'archived'] as const;

export type PlanState = (typeof PLAN_STATES)[number];

export const PLAN_STATE_LABELS: Readonly<Record<PlanState, string>> = {
  draft: 'Brouillon',
  active: 'En cours',
  archived: 'Archivé',
};

export interface PlanSummary {
  id: number;
  title: string;
  startYear: number;
  endYear: number;
  state: PlanState;
  axisCount: number;
  actionCount: number;
  /** Optimistic concurrency: send it back with an edit (`If-Match` or `version`). */
  version: number;
}

export interface ObjectivePayload {
  id: number;
  axisId: number;
  number: number;
  code: string;
  title: string;
  description: string | null;
  actionCount: number;
  version: number;
}

export interface AxisPayload {
  id: number;
  planId: number;
  number: number;
  title: string;
  description: string | null;
  sponsor: UserSummary | null;
  actionCount: number;
  objectives: ObjectivePayload[];
  version: number;
}

/** In their only order: a cycle moves forward, never back. */
export const CYCLE_STATES = ['planned', 'open', 'closed'] as const;

export type CycleState = (typeof CYCLE_STATES)[number];

export const CYCLE_STATE_LABELS: Readonly<Record<CycleState, string>> = {
  planned: 'Planifiée',
  open: 'Ouverte',
  closed: 'Close',
};

export interface CyclePayload {
  id: number;
  planId: number;
  label: string;
  opensOn: IsoDate;
  closesOn: IsoDate;
  state: CycleState;
  version: number;
}

export interface PlanDetail extends PlanSummary {
  description: string | null;
  axes: AxisPayload[];
  currentCycle: CyclePayload | null;
}

export interface MilestonePayload {
  id: number;
  actionId: number;
  title: string;
  plannedDate: IsoDate;
  actualDate: IsoDate | null;
  done: boolean;
}

export interface ActionSummary {
  id: number;
  code: string;
  title: string;
  description: string | null;
  planId: number;
  axisId: number;
  objectiveId: number;
  unit: { code: string; name: string };
  owner: UserSummary | null;
  startDate: IsoDate | null;
  dueDate: IsoDate | null;
  weight: number;
  regional: boolean;
  status: Status;
  progress: number;
  lastUpdateAt: IsoDateTime | null;
  version: number;
  /** 0-based place inside its objective (the order of the plan's tree). */
  position: number;
}

export interface StatusUpdatePayload {
  id: number;
  actionId: number;
  status: Status;
  progress: number;
  narrative: string;
  nextSteps: string | null;
  blockers: string | null;
  author: UserSummary;
  createdAt: IsoDateTime;
  cycleId: number | null;
}

export type CommentKind = 'general' | 'result' | 'blocker' | 'support_request' | 'good_practice';

export const COMMENT_KINDS: readonly CommentKind[] = [
  'general',
  'result',
  'blocker',
  'support_request',
  'good_practice',
];

export const COMMENT_KIND_LABELS: Readonly<Record<CommentKind, string>> = {
  general: 'Commentaire',
  result: 'Résultat',
  blocker: 'Point de blocage',
  support_request: 'Besoin d’appui DGOS',
  good_practice: 'Bonne pratique',
};

export type Periodicity = 'month' | 'quarter' | 'year';

export const PERIODICITY_LABELS: Readonly<Record<Periodicity, string>> = {
  month: 'Mensuelle',
  quarter: 'Trimestrielle',
  year: 'Annuelle',
};

/** `GET /api/health`, liveness: 200 while the process runs; `database` says whether it answers. */
export interface HealthResponse {
  status: 'ok';
  database: 'ok' | 'error';
  /** `demo`: the demo accounts exist and the sign-in page lists them. */
  mode: 'demo' | 'production';
  /** Whether ProConnect sign-in is configured: the sign-in page then shows its button. */
  proconnect: boolean;
  version: string;
  time: IsoDateTime;
}

/** `GET /api/health/ready`, readiness: 200 when ready, else 503 with why (in French for people). */
export type ReadinessResponse =
  | { status: 'ready' }
  | { status: 'unavailable'; reason: 'draining' | 'database' | 'listen'; message: string };
