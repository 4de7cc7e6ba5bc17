import { Routes } from '@angular/router';
import { SignInPageComponent } from './sign-in-page.component';

export const authRoutes: Routes = [
  { path: '', title: $localize`Connexion`, component: SignInPageComponent },
];
