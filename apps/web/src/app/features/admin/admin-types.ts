/**
 * What the administration screens read. Each record carries the `version` that every edit sends
 * back (DESIGN §5: 428 without it, 409 with the record as it is now when stale).
 */
import type {
  ActionListItem,
  AxisPayload,
  CyclePayload,
  IndicatorListItem,
  ObjectivePayload,
  PlanDetail,
  PlanSummary,
} from '@boussole/domain';

export type AdminPlanSummary = PlanSummary;
export type AdminObjective = ObjectivePayload;
export type AdminAxis = AxisPayload;
export type AdminPlan = PlanDetail;
export type AdminAction = ActionListItem;
export type AdminIndicator = IndicatorListItem;
export type AdminCycle = CyclePayload;
