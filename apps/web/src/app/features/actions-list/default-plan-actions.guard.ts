import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import { defaultPlan } from '@boussole/domain';
import { firstValueFrom } from 'rxjs';
import { PlansApi } from '../plans/plans.api';

/**
 * `/actions` (the header's "Actions") is the list of the default plan's actions, as `/` is its
 * dashboard: redirect to `/plans/:id/actions`, the query kept.
 */
export const defaultPlanActionsGuard: CanActivateFn = async (route) => {
  const router = inject(Router);
  const api = inject(PlansApi);
  try {
    const plan = defaultPlan(await firstValueFrom(api.list()));
    return router.createUrlTree(
      plan ? ['/plans', plan.id, 'actions'] : ['/plans'],
      {
        queryParams: route.queryParams,
      },
    );
  } catch {
    // The plans page shows the error.
    return router.createUrlTree(['/plans']);
  }
};
