import { Routes } from '@angular/router';
import { RegionPageComponent } from './region-page.component';
import { RegionsPageComponent } from './regions-page.component';

/** Under `/regions`. */
export const regionsRoutes: Routes = [
  { path: '', title: $localize`Régions`, component: RegionsPageComponent },
  { path: ':code', title: $localize`Région`, component: RegionPageComponent },
];
