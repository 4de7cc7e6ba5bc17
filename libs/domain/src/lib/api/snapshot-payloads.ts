/**
 * Payloads of a cycle's validation and its frozen state (DESIGN §5):
 * `POST /api/cycles/:id/axes/:axisId/validate`, `DELETE /api/cycles/:id/axes/:axisId/validation`,
 * `GET /api/cycles/:id/validations`, `GET /api/cycles/:id/snapshot`, `GET /api/plans/:id/snapshots`,
 * `POST /api/cycles/:id/reminders`.
 */
import type { CyclePayload, IsoDate, IsoDateTime } from './payloads';
import type { AxisRollup, RollupNodePayload } from './tracking-payloads';
import type { Signal } from '../signals/signal-kind';
import type { Status } from '../status/status';

/** Why an expected update is missing, given by the director who validates without it. */
export interface ValidationJustification {
  actionId: number;
  text: string;
}

/** `POST /api/cycles/:id/axes/:axisId/validate`. */
export interface ValidateAxisRequest {
  comment?: string;
  /** One for each action of the axis still expected in the cycle; refused (400) when one is missing. */
  justifications?: ValidationJustification[];
}

/** `DELETE /api/cycles/:id/axes/:axisId/validation`. */
export interface ReopenAxisRequest {
  reason: string;
}

/** One validation of an axis for a cycle; kept when reopened, with who reopened it and why. */
export interface AxisValidationPayload {
  id: number;
  cycleId: number;
  axisId: number;
  axisNumber: number;
  axisTitle: string;
  validatedAt: IsoDateTime;
  validatedBy: { id: number; name: string };
  comment: string | null;
  /** With the action's code and title as frozen, for display. */
  justifications: (ValidationJustification & { code: string; title: string })[];
  /** Null while the validation stands (the axis is locked for the cycle). */
  reopened: { at: IsoDateTime; by: { id: number; name: string }; reason: string } | null;
}

/** `GET /api/cycles/:id/validations`: every validation of the cycle, newest first, reopened ones included. */
export interface CycleValidations {
  cycle: CyclePayload;
  validations: AxisValidationPayload[];
}

/** One action as it stood when its axis was frozen. */
export interface FrozenAction {
  id: number;
  code: string;
  title: string;
  axisId: number;
  objectiveId: number;
  unitCode: string;
  owner: { id: number; name: string } | null;
  weight: number;
  /** As declared by the latest update. */
  status: Status;
  /** As counted in the roll-ups (overdue shows as late). */
  effectiveStatus: Status;
  progress: number;
  expectedProgress: number | null;
  /** The narrative of the latest update, null when the action had none. */
  narrative: string | null;
  lastUpdateAt: IsoDateTime | null;
  signals: Signal[];
}

/** An axis frozen by its validation or, if never validated, by the cycle's closing. */
export interface AxisSnapshot {
  axisId: number;
  number: number;
  title: string;
  frozenAt: IsoDateTime;
  /** The reference date of the figures (the day of freezing, Europe/Paris). */
  asOf: IsoDate;
  /** The validation that froze it; null when the closing of the cycle froze it. */
  validationId: number | null;
  /** The axis's roll-up with its objectives, as the roll-up route gave them then. */
  rollup: AxisRollup;
  actions: FrozenAction[];
}

/** `GET /api/cycles/:id/snapshot`: the cycle's frozen state; immutable once written. */
export interface CycleSnapshot {
  cycle: CyclePayload;
  /** The axes frozen so far (by a standing validation, or all of them once the cycle is closed), by number. */
  axes: AxisSnapshot[];
  /** The plan's roll-up frozen when the cycle closed; null while it is not closed. */
  plan: { frozenAt: IsoDateTime; asOf: IsoDate; rollup: RollupNodePayload } | null;
}

/** One point of `GET /api/plans/:id/snapshots`: the frozen progress of each axis for one cycle. */
export interface CycleProgressPoint {
  cycleId: number;
  label: string;
  closesOn: IsoDate;
  /** Null while the cycle is not closed. */
  planProgress: number | null;
  axes: { axisId: number; number: number; progress: number | null; validated: boolean }[];
}

/** `GET /api/plans/:id/snapshots`: the cycles with at least one frozen axis, oldest first. */
export interface PlanProgressHistory {
  planId: number;
  cycles: CycleProgressPoint[];
}

/** `POST /api/cycles/:id/reminders`: what was sent now. */
/** The 409 of `POST /api/cycles/:id/reminders` sent too soon: when they last went, when they may go again. */
export interface ReminderCooldown {
  lastSentAt: IsoDateTime;
  nextAllowedAt: IsoDateTime;
}

export interface RemindersSent {
  cycleId: number;
  /** One message per owner with missing updates who has not turned reminders off. */
  sent: number;
  /** Owners left out because they turned reminders off. */
  optedOut: number;
  recipients: { id: number; name: string; actions: number }[];
}
