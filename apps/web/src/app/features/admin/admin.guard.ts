import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { can, type Actor, type CurrentUser } from '@boussole/domain';
import { AuthService } from '../../core/auth/auth.service';

export const ACCESS_DENIED_PATH = '/administration/acces-reserve';

/** The signed-in user as the shared policy sees them. */
export function actorOf(user: CurrentUser | null): Actor | null {
  return user
    ? {
        id: user.id,
        role: user.role,
        unitCode: user.unit?.code ?? null,
        regionCode: user.regionCode,
      }
    : null;
}

/**
 * The administration is for those the shared policy lets manage the plan (`plan.manage`, the
 * admins); the others see the "accès réservé" page. The API refuses them anyway.
 */
export const adminGuard: CanActivateFn = async () => {
  const router = inject(Router);
  const user = await inject(AuthService).ensureLoaded();
  return can(actorOf(user), 'plan.manage').allowed
    ? true
    : router.parseUrl(ACCESS_DENIED_PATH);
};
