import { Routes } from '@angular/router';
import { AccessDeniedPageComponent } from './access-denied-page.component';
import { adminGuard } from './admin.guard';

/** The administration space (`/administration`), for admins only (DESIGN §4 `plan.manage`). */
export const adminRoutes: Routes = [
  {
    path: 'acces-reserve',
    title: $localize`Accès réservé`,
    component: AccessDeniedPageComponent,
  },
  {
    path: '',
    canActivateChild: [adminGuard],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: $localize`Administration`,
        loadComponent: () =>
          import('./home/admin-home-page.component').then(
            (m) => m.AdminHomePageComponent,
          ),
      },
      {
        path: 'plans/:planId/structure',
        title: $localize`Structure du projet`,
        loadComponent: () =>
          import('./structure/structure-page.component').then(
            (m) => m.StructurePageComponent,
          ),
      },
      {
        path: 'plans/:planId/import',
        title: $localize`Importer depuis un tableur`,
        loadComponent: () =>
          import('./import/import-page.component').then(
            (m) => m.ImportPageComponent,
          ),
      },
      {
        path: 'imports/:importId',
        title: $localize`Compte rendu d’import`,
        loadComponent: () =>
          import('./import/import-report-page.component').then(
            (m) => m.ImportReportPageComponent,
          ),
      },
      {
        path: 'plans/:planId/campagnes',
        title: $localize`Campagnes de suivi`,
        loadComponent: () =>
          import('./cycles/cycles-page.component').then(
            (m) => m.CyclesPageComponent,
          ),
      },
      {
        path: 'journal',
        title: $localize`Journal des modifications`,
        loadComponent: () =>
          import('./audit/audit-page.component').then(
            (m) => m.AuditPageComponent,
          ),
      },
      {
        path: 'utilisateurs',
        loadChildren: () =>
          import('../users/users.routes').then((m) => m.usersRoutes),
      },
    ],
  },
];
