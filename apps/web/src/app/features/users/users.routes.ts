import { Routes } from '@angular/router';

/**
 * User management (admin), mounted by the administration space as its child `utilisateurs`
 * (`/administration/utilisateurs`); that space's guard keeps non-admins out.
 */
export const usersRoutes: Routes = [
  {
    path: '',
    title: 'Utilisateurs',
    loadComponent: () =>
      import('./users-page.component').then((m) => m.UsersPageComponent),
  },
];
