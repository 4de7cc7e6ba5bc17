import { Routes } from '@angular/router';

/** `/campagnes`: the current reporting cycle; `/campagnes/:cycleId`: one cycle's page. */
export const cyclesRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: $localize`Campagne en cours`,
    loadComponent: () =>
      import('./current-cycle-page.component').then(
        (m) => m.CurrentCyclePageComponent,
      ),
  },
  {
    path: ':cycleId',
    // The page sets "Campagne T4 2026" once it knows the label.
    title: $localize`Campagne de suivi`,
    loadComponent: () =>
      import('./cycle-page.component').then((m) => m.CyclePageComponent),
  },
];
