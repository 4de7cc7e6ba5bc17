/**
 * The payloads of administration (DESIGN §5, admin only): the plan's structure, indicators and
 * reporting cycles. Every edit and every deletion carries the record's `version` (`If-Match`, or
 * `version` in the body): without it 428, with a stale one 409 and the record as it is now in
 * `current`. Any write to an archived plan, or to anything under it, is a 409.
 *
 * Answers: plans → `PlanDetail`, axes → `AxisPayload`, objectives → `ObjectivePayload`, actions →
 * `ActionDetail`, indicators → `IndicatorDetail`, cycles → `CyclePayload`; deletions → 204.
 */
import type { IsoDate } from './payloads';
import type { PlanState, Periodicity, CycleState } from './payloads';

export interface PlanCreateRequest {
  title: string;
  description?: string | null;
  startYear: number;
  endYear: number;
}

/**
 * `PATCH /api/plans/:id`; `state` moves forward only: draft → active → archived (a draft may be
 * archived directly). Several plans may be active at once.
 */
export interface PlanPatchRequest extends Partial<PlanCreateRequest> {
  state?: PlanState;
  version?: number;
}

export interface AxisCreateRequest {
  title: string;
  description?: string | null;
  sponsorId?: number | null;
  /** Its place in the plan (1 = first); the end when left out. */
  number?: number;
}

/** `number` moves the axis: the axes between shift by one, objective codes follow. */
export interface AxisPatchRequest extends Partial<AxisCreateRequest> {
  version?: number;
}

export interface ObjectiveCreateRequest {
  title: string;
  description?: string | null;
  /** Its place in the axis (1 = first); the end when left out. */
  number?: number;
}

/** `number` moves the objective inside its axis: its code and its siblings' follow. */
export interface ObjectivePatchRequest extends Partial<ObjectiveCreateRequest> {
  version?: number;
}

/** `POST /api/actions`. */
export interface ActionCreateRequest {
  objectiveId: number;
  /** `1.2.3`; made from the objective's code and the next free number when left out. */
  code?: string;
  title: string;
  description?: string | null;
  unitCode: string;
  ownerId?: number | null;
  startDate?: IsoDate | null;
  dueDate?: IsoDate | null;
  /** 0 < weight ≤ 100, default 1. */
  weight?: number;
  /** Turned on, the 18 deployments are created (not started). */
  regional?: boolean;
}

/**
 * `PATCH /api/actions/:id` as an admin sends it: also moves (`objectiveId`, an objective of the same
 * plan; the action keeps its id, code, history, comments, milestones and deployments, and goes to
 * the end unless `position` says where) and reorders (`position`). A project manager sending any
 * of `objectiveId, position, unitCode, regional, code` gets 403. `regional: false` is a 409 once a
 * deployment has been reported on or commented.
 */
export interface ActionAdminPatchRequest extends Partial<ActionCreateRequest> {
  /** 0-based place inside its objective. */
  position?: number;
  version?: number;
}

export interface IntermediateTarget {
  date: IsoDate;
  value: number;
}

/** What an indicator is attached to: the plan itself, or one axis, objective or action of it. */
export type IndicatorAttachmentKind = 'plan' | 'axis' | 'objective' | 'action';

/** `POST /api/indicators`. */
export interface IndicatorCreateRequest {
  planId: number;
  attachedTo: { kind: IndicatorAttachmentKind; id?: number | null };
  name: string;
  unit: string;
  baselineValue: number;
  baselineDate: IsoDate;
  targetValue: number;
  targetDate: IsoDate;
  intermediateTargets?: IntermediateTarget[];
  periodicity: Periodicity;
  regional?: boolean;
  source?: string | null;
  definition?: string | null;
}

export interface IndicatorPatchRequest extends Partial<Omit<IndicatorCreateRequest, 'planId'>> {
  version?: number;
}

/** `POST /api/cycles`. */
export interface CycleCreateRequest {
  planId: number;
  label: string;
  opensOn: IsoDate;
  closesOn: IsoDate;
}

/**
 * `PATCH /api/cycles/:id`: label and dates while not closed; `state` planned → open → closed, one
 * open cycle per plan (409). Dates never overlap another cycle of the plan (400, fields `opensOn`
 * and `closesOn`).
 */
export interface CyclePatchRequest {
  label?: string;
  opensOn?: IsoDate;
  closesOn?: IsoDate;
  state?: CycleState;
  version?: number;
}

/** `DELETE /api/axes/:id`, `/objectives/:id`, `/actions/:id`, `/indicators/:id`: the version deleted, unless sent as `If-Match`. */
export interface DeleteRequest {
  version?: number;
}
