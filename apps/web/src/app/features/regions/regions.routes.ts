import { Routes } from '@angular/router';
import { RegionPageComponent } from './region-page.component';
import { RegionsPageComponent } from './regions-page.component';

/** Under `/regions`. */
export const regionsRoutes: Routes = [
  { path: '', title: 'Régions', component: RegionsPageComponent },
  { path: ':code', title: 'Région', component: RegionPageComponent },
];
