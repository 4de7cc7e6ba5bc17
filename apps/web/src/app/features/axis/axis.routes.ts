import { Routes } from '@angular/router';
import { AxisPageComponent } from './axis-page.component';

/** Mounted at `plans/:planId/axes/:axisId` (app.routes.ts). */
export const axisRoutes: Routes = [
  { path: '', title: $localize`Axe`, component: AxisPageComponent },
];
