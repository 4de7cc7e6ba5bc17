import { Routes } from '@angular/router';

/** The pages every State service links to from its footer; public, no session needed. */
export const legalRoutes: Routes = [
  {
    path: 'accessibilite',
    title: $localize`Déclaration d’accessibilité`,
    loadComponent: () =>
      import('./accessibility-page.component').then(
        (m) => m.AccessibilityPageComponent,
      ),
  },
  {
    path: 'mentions-legales',
    title: $localize`Mentions légales`,
    loadComponent: () =>
      import('./legal-notice-page.component').then(
        (m) => m.LegalNoticePageComponent,
      ),
  },
  {
    path: 'donnees-personnelles',
    title: $localize`Données personnelles`,
    loadComponent: () =>
      import('./personal-data-page.component').then(
        (m) => m.PersonalDataPageComponent,
      ),
  },
];
