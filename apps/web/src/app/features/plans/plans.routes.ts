import { Routes } from '@angular/router';
import { startPageGuard } from '../../core/auth/start-page';
import { activePlanRedirectGuard } from './active-plan.guard';
import { PlanPageComponent } from './plan-page.component';
import { PlansPageComponent } from './plans-page.component';

export const plansRoutes: Routes = [
  {
    // Each role's start page (a project manager's actions, a liaison's region, the dashboard).
    path: '',
    pathMatch: 'full',
    canActivate: [startPageGuard],
    children: [],
  },
  {
    path: 'tableau-de-bord',
    pathMatch: 'full',
    canActivate: [activePlanRedirectGuard],
    children: [],
  },
  {
    path: 'plans',
    title: $localize`Projets stratégiques`,
    component: PlansPageComponent,
  },
  { path: 'plans/:id', title: $localize`Tableau de bord`, component: PlanPageComponent },
];
