import { Routes } from '@angular/router';
import { AccountPageComponent } from './account-page.component';

/** `/mon-compte`: everyone's own account. */
export const accountRoutes: Routes = [
  { path: '', title: $localize`Mon compte`, component: AccountPageComponent },
];
