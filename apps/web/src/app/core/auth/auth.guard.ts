import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { AuthService } from './auth.service';
import { signInUrlTree } from './sign-in-url';

/** Lets signed-in users through; sends the others to `/connexion?retour=<the page they wanted>`. */
export const authGuard: CanActivateFn = async (_route, state) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  const user = await auth.ensureLoaded();
  return user ? true : signInUrlTree(router, state.url);
};
