import { Router, UrlTree } from '@angular/router';

export const SIGN_IN_PATH = '/connexion';

/** `/connexion?retour=<url>`, without a `retour` that would only lead back to the sign-in page. */
export function signInUrlTree(router: Router, returnUrl: string): UrlTree {
  const retour = safeReturnUrl(returnUrl);
  return router.createUrlTree([SIGN_IN_PATH], {
    queryParams: retour === '/' ? {} : { retour },
  });
}

/**
 * A return URL that stays inside the app: a path of this origin (never `//host` or `http://…`,
 * which would make the sign-in page an open redirect), and never the sign-in page itself.
 */
export function safeReturnUrl(url: string | null | undefined): string {
  if (
    !url ||
    !url.startsWith('/') ||
    url.startsWith('//') ||
    url.startsWith('/\\')
  ) {
    return '/';
  }
  if (
    url === SIGN_IN_PATH ||
    url.startsWith(`${SIGN_IN_PATH}?`) ||
    url.startsWith(`${SIGN_IN_PATH}/`)
  ) {
    return '/';
  }
  return url;
}
