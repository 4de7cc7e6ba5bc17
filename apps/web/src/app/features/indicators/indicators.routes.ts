import { Routes } from '@angular/router';
import { IndicatorPageComponent } from './indicator-page.component';
import { IndicatorsPageComponent } from './indicators-page.component';

/** Under `/indicateurs`. */
export const indicatorsRoutes: Routes = [
  { path: '', title: $localize`Indicateurs`, component: IndicatorsPageComponent },
  { path: ':id', title: $localize`Indicateur`, component: IndicatorPageComponent },
];
