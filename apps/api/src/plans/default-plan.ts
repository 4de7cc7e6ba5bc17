import { DEFAULT_PLAN_STATE_ORDER, defaultPlan, type PlanForDefault } from '@boussole/domain';
import { DataSource, EntityManager } from 'typeorm';

/**
 * The plans list's ORDER BY, written from the domain's default rule (state order, latest start
 * year, latest created): its first row is `defaultPlan` of the list (held together by
 * default-plan.spec). `p` is the plans table's alias.
 */
export const DEFAULT_PLAN_ORDER_SQL = `array_position(ARRAY[${DEFAULT_PLAN_STATE_ORDER.map((s) => `'${s}'`).join(', ')}]::text[], p.state), p.start_year DESC, p.id DESC`;

/** The plan a request without `?plan=` is about (DESIGN: the active plan, else the latest draft, else the latest archived). */
export async function defaultPlanId(db: DataSource | EntityManager): Promise<number | undefined> {
  // A handful of plans: the rule is the domain's, not rewritten in SQL.
  const plans: PlanForDefault[] = await db.query(`SELECT id, state, start_year AS "startYear" FROM plans`);
  return defaultPlan(plans)?.id;
}
