import { Routes } from '@angular/router';
import { activePlanRedirectGuard } from './active-plan.guard';
import { PlanPageComponent } from './plan-page.component';
import { PlansPageComponent } from './plans-page.component';

export const plansRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    canActivate: [activePlanRedirectGuard],
    children: [],
  },
  {
    path: 'plans',
    title: 'Projets stratégiques',
    component: PlansPageComponent,
  },
  { path: 'plans/:id', title: 'Tableau de bord', component: PlanPageComponent },
];
