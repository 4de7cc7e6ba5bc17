import { Routes } from '@angular/router';
import { AccessDeniedPageComponent } from './access-denied-page.component';
import { adminGuard } from './admin.guard';

/** The administration space (`/administration`), for admins only (DESIGN §4 `plan.manage`). */
export const adminRoutes: Routes = [
  {
    path: 'acces-reserve',
    title: 'Accès réservé',
    component: AccessDeniedPageComponent,
  },
  {
    path: '',
    canActivateChild: [adminGuard],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'Administration',
        loadComponent: () =>
          import('./home/admin-home-page.component').then(
            (m) => m.AdminHomePageComponent,
          ),
      },
      {
        path: 'plans/:planId/structure',
        title: 'Structure du projet',
        loadComponent: () =>
          import('./structure/structure-page.component').then(
            (m) => m.StructurePageComponent,
          ),
      },
      {
        path: 'plans/:planId/import',
        title: 'Importer depuis un tableur',
        loadComponent: () =>
          import('./import/import-page.component').then(
            (m) => m.ImportPageComponent,
          ),
      },
      {
        path: 'imports/:importId',
        title: 'Compte rendu d’import',
        loadComponent: () =>
          import('./import/import-report-page.component').then(
            (m) => m.ImportReportPageComponent,
          ),
      },
      {
        path: 'plans/:planId/campagnes',
        title: 'Campagnes de suivi',
        loadComponent: () =>
          import('./cycles/cycles-page.component').then(
            (m) => m.CyclesPageComponent,
          ),
      },
      {
        path: 'journal',
        title: 'Journal des modifications',
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
