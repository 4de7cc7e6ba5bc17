import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import type { Role } from '@boussole/domain';
import { AuthService } from './auth.service';

/** The dashboard of the default plan, whoever asks (the header's "Tableau de bord"). */
export const DASHBOARD_PATH = '/tableau-de-bord';

/**
 * Where each role starts (DESIGN §1): a project manager on what is due ("Mes actions"), an ARS
 * liaison on her region's deployments ("Ma région"), the others on the dashboard.
 */
export function startPath(role: Role): string {
  switch (role) {
    case 'project_manager':
      return '/mes-actions';
    case 'ars_liaison':
      return '/ma-region';
    default:
      return DASHBOARD_PATH;
  }
}

/** The home page (`/`, where signing in leads when no page was asked for): the user's start page. */
export const startPageGuard: CanActivateFn = async () => {
  const router = inject(Router);
  const user = await inject(AuthService).ensureLoaded();
  return router.parseUrl(user ? startPath(user.role) : DASHBOARD_PATH);
};
