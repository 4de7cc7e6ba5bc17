import { Routes } from '@angular/router';
import { AccountPageComponent } from './account-page.component';

/** `/mon-compte`: everyone's own account. */
export const accountRoutes: Routes = [
  { path: '', title: 'Mon compte', component: AccountPageComponent },
];
