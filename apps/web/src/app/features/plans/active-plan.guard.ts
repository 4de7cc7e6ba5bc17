import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import type { PlanSummary } from '@boussole/domain';
import { firstValueFrom } from 'rxjs';
import { PlansApi } from './plans.api';

/** The plan the home page opens: the first active one, else the first one; null if none. */
export function homePlan(plans: readonly PlanSummary[]): PlanSummary | null {
  return plans.find((plan) => plan.state === 'active') ?? plans[0] ?? null;
}

/** The home page (`/`) is the dashboard of the active plan: redirect to `/plans/:id`. */
export const activePlanRedirectGuard: CanActivateFn = async () => {
  const router = inject(Router);
  const api = inject(PlansApi);
  try {
    const plan = homePlan(await firstValueFrom(api.list()));
    return router.createUrlTree(plan ? ['/plans', plan.id] : ['/plans']);
  } catch {
    // The plans page shows the error.
    return router.createUrlTree(['/plans']);
  }
};
