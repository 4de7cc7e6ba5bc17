import { Route } from '@angular/router';
import { authGuard } from './core/auth/auth.guard';
import { defaultPlanActionsGuard } from './features/actions-list/default-plan-actions.guard';
import { accountLinksRoutes } from './features/auth/account-links.routes';
import { legalRoutes } from './features/legal/legal.routes';

export const appRoutes: Route[] = [
  {
    path: 'connexion',
    loadChildren: () =>
      import('./features/auth/auth.routes').then((m) => m.authRoutes),
  },
  ...accountLinksRoutes,
  ...legalRoutes,
  {
    path: '',
    canActivate: [authGuard],
    loadChildren: () =>
      import('./features/plans/plans.routes').then((m) => m.plansRoutes),
  },
  {
    path: 'plans/:planId/axes/:axisId',
    canActivate: [authGuard],
    loadChildren: () =>
      import('./features/axis/axis.routes').then((m) => m.axisRoutes),
  },
  {
    path: 'plans/:planId/actions',
    canActivate: [authGuard],
    loadChildren: () =>
      import('./features/actions-list/actions-list.routes').then(
        (m) => m.actionsListRoutes,
      ),
  },
  {
    // The header's "Actions": the default plan's list.
    path: 'actions',
    pathMatch: 'full',
    canActivate: [authGuard, defaultPlanActionsGuard],
    children: [],
  },
  {
    path: 'actions',
    canActivate: [authGuard],
    loadChildren: () =>
      import('./features/action/action.routes').then((m) => m.actionRoutes),
  },
  {
    path: 'mes-actions',
    canActivate: [authGuard],
    loadChildren: () =>
      import('./features/my-actions/my-actions.routes').then(
        (m) => m.myActionsRoutes,
      ),
  },
  {
    path: 'ma-region',
    canActivate: [authGuard],
    loadChildren: () =>
      import('./features/my-region/my-region.routes').then(
        (m) => m.myRegionRoutes,
      ),
  },
  {
    path: 'regions',
    canActivate: [authGuard],
    loadChildren: () =>
      import('./features/regions/regions.routes').then((m) => m.regionsRoutes),
  },
  {
    path: 'indicateurs',
    canActivate: [authGuard],
    loadChildren: () =>
      import('./features/indicators/indicators.routes').then(
        (m) => m.indicatorsRoutes,
      ),
  },
  {
    path: 'campagnes',
    canActivate: [authGuard],
    loadChildren: () =>
      import('./features/cycles/cycles.routes').then((m) => m.cyclesRoutes),
  },
  {
    path: 'mon-compte',
    canActivate: [authGuard],
    loadChildren: () =>
      import('./features/account/account.routes').then((m) => m.accountRoutes),
  },
  {
    // Admins only: the space's own guard (the shared policy's `plan.manage`) turns others away.
    path: 'administration',
    canActivate: [authGuard],
    loadChildren: () =>
      import('./features/admin/admin.routes').then((m) => m.adminRoutes),
  },
  {
    path: '**',
    title: $localize`Page non trouvée`,
    loadComponent: () =>
      import('./features/not-found/not-found-page.component').then(
        (m) => m.NotFoundPageComponent,
      ),
  },
];
