/**
 * Payloads of the tracking loop (DESIGN §5): actions, status updates, roll-ups, changes, signals.
 */
import type { Health, HealthReason } from '../rollup/health';
import type { Signal, SignalKind } from '../signals/signal-kind';
import type { Status } from '../status/status';
import type {
  ActionSummary,
  CyclePayload,
  IsoDate,
  IsoDateTime,
  MilestonePayload,
  PlanState,
  StatusUpdatePayload,
} from './payloads';

/** A row of `GET /api/actions` and `GET /api/users/me/actions`. */
export interface ActionListItem extends ActionSummary {
  axisNumber: number;
  objectiveCode: string;
  /** The status shown: `late` when overdue, whatever was declared. */
  effectiveStatus: Status;
  expectedProgress: number | null;
  scheduleGap: number | null;
  /** The kinds of the action's signals. */
  signals: SignalKind[];
}

/** What an action's page shows of an indicator attached to it. */
export interface IndicatorSummary {
  id: number;
  name: string;
  unit: string;
  baselineValue: number;
  targetValue: number;
  targetDate: IsoDate;
  latestValue: number | null;
  latestPeriod: IsoDate | null;
  achievement: { overall: number | null; year: number | null };
}

/** `GET /api/actions/:id`. */
export interface ActionDetail extends ActionListItem {
  axis: { id: number; number: number; title: string };
  objective: { id: number; code: string; title: string };
  milestones: MilestonePayload[];
  indicators: IndicatorSummary[];
  /** Signals with their French sentence. */
  signalDetails: Signal[];
  /** The open reporting cycle of the plan, if any. */
  openCycle: CyclePayload | null;
  /** Set when updates are refused: the plan is archived, or the axis was validated for the open cycle. */
  lockedReason: string | null;
  /** The plan's state: once `archived`, nothing under it can be written (comments and deployments neither). */
  planState: PlanState;
  /** The latest status update, with its narrative, next steps and blockers. */
  latestUpdate: StatusUpdatePayload | null;
}

/** `POST /api/actions/:id/updates` body. */
export interface StatusUpdateRequest {
  status: Status;
  progress: number;
  /** Required when the status gets worse. */
  narrative?: string;
  nextSteps?: string;
  blockers?: string;
  /** The action's version the author saw. */
  version: number;
}

/**
 * What a status update changes of its action, as the API computed it after the write: the page
 * merges it into the detail it shows (its milestones, indicators and the rest do not change).
 */
export type ActionUpdatedState = Pick<
  ActionDetail,
  'id' | 'version' | 'status' | 'progress' | 'lastUpdateAt' | 'effectiveStatus' | 'expectedProgress' | 'scheduleGap' | 'signals' | 'signalDetails'
>;

/** `POST /api/actions/:id/updates` answer (201): the update, and the action's new state (not the whole detail). */
export interface StatusUpdateResponse {
  action: ActionUpdatedState;
  update: StatusUpdatePayload;
}

/** `PATCH /api/actions/:id` body (with `If-Match: <version>` or `version`). */
export interface ActionPatchRequest {
  title?: string;
  description?: string | null;
  startDate?: IsoDate | null;
  dueDate?: IsoDate | null;
  weight?: number;
  ownerId?: number | null;
  version?: number;
}

export interface MilestoneRequest {
  title: string;
  plannedDate: IsoDate;
  actualDate?: IsoDate | null;
  done?: boolean;
}

/** The body of a 409 on a stale version: the action as it is now. */
export interface ConflictError {
  statusCode: 409;
  error: string;
  message: string;
  current: ActionDetail;
}

/** The explanation of one node given whole (the regional roll-up's, inline). */
export interface RollupExplainPayload {
  counted: { actionId: number; code: string; weight: number; progress: number }[];
  excluded: { actionId: number; code: string; reason: string }[];
}

/**
 * `GET /api/plans/:id/rollup/explain?node=&asOf=&page=&pageSize=`: one page of a node's "Comment
 * est-ce calculé ?". The node's actions are one list, the counted ones first then the excluded
 * ones, each in code order (1.2.10 after 1.2.9); the page cuts that list and its rows are split
 * into `counted` and `excluded`. `X-Total-Count` is `countedTotal + excludedTotal`.
 */
export interface RollupExplainPage {
  /** `plan`, `axis:<id>` or `objective:<id>`, as asked, normalised. */
  node: string;
  asOf: IsoDate;
  counted: RollupExplainPayload['counted'];
  excluded: RollupExplainPayload['excluded'];
  countedTotal: number;
  excludedTotal: number;
  page: number;
  pageSize: number;
}

export interface RollupNodePayload {
  id: number;
  title: string;
  progress: number | null;
  expectedProgress: number | null;
  health: Health | null;
  /**
   * Which rule of DESIGN §3 decided the health, with the shares and the gap it read (a code and
   * three numbers: the answer's size stays independent of the number of actions); `null` with the
   * health. `healthExplanation` says it in French.
   */
  healthReason: HealthReason | null;
  /** Number and weight of actions in each (effective) status. */
  counts: Record<Status, { count: number; weight: number }>;
  signals: Record<SignalKind, number>;
  actionCount: number;
}

export interface ObjectiveRollup extends RollupNodePayload {
  code: string;
}

export interface AxisRollup extends RollupNodePayload {
  number: number;
  objectives: ObjectiveRollup[];
}

/**
 * `GET /api/plans/:id/rollup?asOf=`: figures only, so its size does not grow with the actions;
 * each node's explanation comes on demand (`RollupExplainPage`).
 */
export interface PlanRollup {
  /** The date the figures are as of. */
  asOf: IsoDate;
  /** The reporting cycle open at that date, if any (freshness is measured from its opening). */
  cycle: CyclePayload | null;
  plan: RollupNodePayload;
  axes: AxisRollup[];
}

/** One action whose status or progress differs between `since` and now. */
export interface ActionChange {
  actionId: number;
  code: string;
  title: string;
  axisId: number;
  objectiveId: number;
  before: { status: Status; progress: number } | null;
  after: { status: Status; progress: number };
  /** Time of the latest update since `since`. */
  changedAt: IsoDateTime | null;
  author: { id: number; name: string } | null;
}

/** `GET /api/plans/:id/changes?since=` or `?sinceCycle=`. */
export interface PlanChanges {
  /** The day compared with (for `sinceCycle`, the day the cycle's state was frozen). */
  since: IsoDate;
  /** With `sinceCycle`: the cycle whose frozen snapshot `before` comes from. */
  sinceCycle?: { id: number; label: string; frozenAt: IsoDateTime } | null;
  changes: ActionChange[];
}

/** A signal with the record it is about (DESIGN §5). */
export interface PlanSignal extends Signal {
  actionId: number | null;
  actionCode: string | null;
  actionTitle: string | null;
  regionCode: string | null;
  indicatorId: number | null;
  indicatorName: string | null;
}

/** `GET /api/plans/:id/signals`. */
export interface PlanSignals {
  asOf: IsoDate;
  counts: Record<SignalKind, number>;
  signals: PlanSignal[];
}

/** Sort keys of `GET /api/actions?sort=` (prefix `-` for descending). */
export const ACTION_SORTS = ['code', 'title', 'dueDate', 'progress', 'status', 'lastUpdateAt', 'scheduleGap', 'weight', 'position'] as const;
export type ActionSort = (typeof ACTION_SORTS)[number];

/**
 * The signals an action can carry, the filter `GET /api/actions?signal=` accepts (each one listed
 * must hold). Indicator signals are about indicators, not actions, so they are not in it.
 */
export const ACTION_LIST_SIGNALS = ['overdue', 'stale', 'schedule_gap', 'status_check', 'regional_laggard'] as const satisfies readonly SignalKind[];
export type ActionListSignal = (typeof ACTION_LIST_SIGNALS)[number];
