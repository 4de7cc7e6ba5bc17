import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { signInUrlTree } from '../auth/sign-in-url';

/** The session endpoints answer 401 as a normal outcome; every other 401 means the session ended. */
const SESSION_ENDPOINTS = /\/api\/auth\/(me|login|logout)(\?|$)/;

/**
 * Sends the user to the sign-in page, with the page to come back to, when the API answers 401
 * (an expired or revoked session). The error is still passed on to the caller.
 */
export const authRedirectInterceptor: HttpInterceptorFn = (request, next) => {
  const router = inject(Router);
  const auth = inject(AuthService);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (
        error instanceof HttpErrorResponse &&
        error.status === 401 &&
        !SESSION_ENDPOINTS.test(request.url)
      ) {
        auth.clear();
        void router.navigateByUrl(signInUrlTree(router, router.url));
      }
      return throwError(() => error);
    }),
  );
};
