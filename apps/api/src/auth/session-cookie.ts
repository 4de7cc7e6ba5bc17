import type { Request, Response } from 'express';
import type { AppConfig } from '../config/app-config';
import { SESSION_COOKIE } from './session-token';

/** The session's cookie: HttpOnly, SameSite=Lax, Secure in production, as long as the idle lifetime. */
export function setSessionCookie(response: Response, token: string, config: AppConfig, maxAgeMs: number): void {
  response.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: config.secureCookies, path: '/', maxAge: maxAgeMs });
}

export function clearSessionCookie(response: Response, config: AppConfig): void {
  response.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: config.secureCookies });
}

/** The origin the request reached Boussole at (behind a local proxy, as it forwarded it). */
export function requestOrigin(request: Request): string {
  return `${request.protocol}://${request.get('host') ?? 'localhost'}`;
}
