import type { Request, Response } from 'express';
import type { AppConfig } from '../config/app-config';
import { sessionCookieName } from './session-token';

/**
 * The session's cookie: HttpOnly, SameSite=Lax, Path=/ without Domain, as long as the idle lifetime;
 * in production `__Host-` prefixed and always Secure (the prefix requires it).
 */
export function setSessionCookie(response: Response, token: string, config: AppConfig, maxAgeMs: number): void {
  response.cookie(sessionCookieName(config), token, { httpOnly: true, sameSite: 'lax', secure: secure(config), path: '/', maxAge: maxAgeMs });
}

/**
 * Ends the browser's session: the cookie goes, and `Clear-Site-Data` asks the browser to drop what it
 * kept of Boussole's pages (cache, storage) so that the next person at this computer finds nothing.
 */
export function clearSessionCookie(response: Response, config: AppConfig): void {
  response.clearCookie(sessionCookieName(config), { path: '/', httpOnly: true, sameSite: 'lax', secure: secure(config) });
  response.setHeader('Clear-Site-Data', '"cache", "cookies", "storage"');
}

function secure(config: AppConfig): boolean {
  return config.mode === 'production' || config.secureCookies;
}

/** The origin the request reached Boussole at (behind a local proxy, as it forwarded it). */
export function requestOrigin(request: Request): string {
  return `${request.protocol}://${request.get('host') ?? 'localhost'}`;
}
