import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { defaultPlan } from '@boussole/domain';
import { firstValueFrom } from 'rxjs';
import { PlansApi } from './plans.api';

/** `/tableau-de-bord` (and `/` for the roles that start there): the default plan's dashboard (the domain's rule), `/plans/:id`. */
export const activePlanRedirectGuard: CanActivateFn = async () => {
  const router = inject(Router);
  const api = inject(PlansApi);
  try {
    const plan = defaultPlan(await firstValueFrom(api.list()));
    return router.createUrlTree(plan ? ['/plans', plan.id] : ['/plans']);
  } catch {
    // The plans page shows the error.
    return router.createUrlTree(['/plans']);
  }
};
