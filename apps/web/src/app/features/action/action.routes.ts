import { Routes } from '@angular/router';
import { ActionPageComponent } from './action-page.component';

/** Under `/actions`. */
export const actionRoutes: Routes = [
  { path: ':id', title: $localize`Action`, component: ActionPageComponent },
];
