import type { PlanState } from '../api/payloads';

/** What the default rule reads of a plan. */
export interface PlanForDefault {
  id: number;
  state: PlanState;
  startYear: number;
}

/** The states in the order the default plan is looked for: a plan in progress, else one being prepared, else a past one. */
export const DEFAULT_PLAN_STATE_ORDER: readonly PlanState[] = ['active', 'draft', 'archived'];

/**
 * Plans in the order the default rule reads them: by state (active, draft, archived), then the
 * latest start year first, then the latest created (highest id) when two plans start the same
 * year — two plans may be active at once, while one ends and the next starts.
 */
export function compareForDefault(a: PlanForDefault, b: PlanForDefault): number {
  return (
    DEFAULT_PLAN_STATE_ORDER.indexOf(a.state) - DEFAULT_PLAN_STATE_ORDER.indexOf(b.state) ||
    b.startYear - a.startYear ||
    b.id - a.id
  );
}

/**
 * The plan a page shows when none is asked for (the home page, indicators, regions): the active
 * plan with the latest start year, else the latest draft, else the latest archived; null if none.
 */
export function defaultPlan<P extends PlanForDefault>(plans: readonly P[]): P | null {
  return plans.reduce<P | null>((best, plan) => (best === null || compareForDefault(plan, best) < 0 ? plan : best), null);
}
