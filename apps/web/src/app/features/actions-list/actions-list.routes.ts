import { Routes } from '@angular/router';
import { ActionsListPageComponent } from './actions-list-page.component';

/** Mounted at `plans/:planId/actions` (app.routes.ts). */
export const actionsListRoutes: Routes = [
  { path: '', title: $localize`Actions`, component: ActionsListPageComponent },
];
