import { Routes } from '@angular/router';

/** The public pages of the account links: no session needed (their visitors have none yet). */
export const accountLinksRoutes: Routes = [
  {
    path: 'invitation/:token',
    title: $localize`Choisir mon mot de passe`,
    loadComponent: () =>
      import('./invitation-page.component').then(
        (m) => m.InvitationPageComponent,
      ),
  },
  {
    path: 'mot-de-passe-oublie',
    title: $localize`Mot de passe oublié`,
    loadComponent: () =>
      import('./password-reset-page.component').then(
        (m) => m.PasswordResetPageComponent,
      ),
  },
];
