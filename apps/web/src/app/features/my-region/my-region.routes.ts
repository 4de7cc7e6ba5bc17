import { Routes } from '@angular/router';
import { MyRegionPageComponent } from './my-region-page.component';

/** `/ma-region`. */
export const myRegionRoutes: Routes = [
  { path: '', title: $localize`Ma région`, component: MyRegionPageComponent },
];
