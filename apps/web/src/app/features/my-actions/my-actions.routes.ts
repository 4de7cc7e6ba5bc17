import { Routes } from '@angular/router';
import { MyActionsPageComponent } from './my-actions-page.component';

/** `/mes-actions`. */
export const myActionsRoutes: Routes = [
  { path: '', title: $localize`Mes actions`, component: MyActionsPageComponent },
];
