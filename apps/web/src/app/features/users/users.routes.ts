import { Routes } from '@angular/router';

/**
 * User management (admin), mounted by the administration space as its child `utilisateurs`
 * (`/administration/utilisateurs`); that space's guard keeps non-admins out.
 */
export const usersRoutes: Routes = [
  {
    path: '',
    title: $localize`Utilisateurs`,
    loadComponent: () =>
      import('./users-page.component').then((m) => m.UsersPageComponent),
  },
  {
    path: 'nouveau',
    title: $localize`Ajouter un utilisateur`,
    loadComponent: () =>
      import('./user-create-page.component').then(
        (m) => m.UserCreatePageComponent,
      ),
  },
  {
    path: 'messages',
    title: $localize`Messages envoyés`,
    loadComponent: () =>
      import('./outbox-page.component').then((m) => m.OutboxPageComponent),
  },
  {
    path: ':id',
    title: $localize`Utilisateur`,
    loadComponent: () =>
      import('./user-page.component').then((m) => m.UserPageComponent),
  },
];
