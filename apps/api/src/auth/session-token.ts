import { createHash, randomBytes } from 'node:crypto';
import type { Request } from 'express';
import type { AppConfig } from '../config/app-config';

/** The demo's cookie, on any origin (plain HTTP too). */
export const SESSION_COOKIE = 'boussole_session';
/**
 * Production's: the `__Host-` prefix makes browsers refuse it unless Secure, host-only (no Domain)
 * and on Path=/, so that no neighbouring subdomain can plant or shadow the session cookie.
 */
export const HOST_SESSION_COOKIE = '__Host-boussole_session';

export function sessionCookieName(config: Pick<AppConfig, 'mode'>): string {
  return config.mode === 'production' ? HOST_SESSION_COOKIE : SESSION_COOKIE;
}

/** 32 random bytes: unguessable; only their SHA-256 is stored. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

/**
 * The token of a request, from `Authorization: Bearer` (scripts) or the session cookie (browsers),
 * read under the mode's one name only: production never falls back to the unprefixed cookie.
 */
export function tokenOf(request: Request, cookieName = SESSION_COOKIE): { token: string; via: 'cookie' | 'bearer' } | null {
  const header = request.headers.authorization;
  if (header) {
    const match = /^Bearer\s+([A-Za-z0-9_-]{20,200})$/.exec(header.trim());
    return match ? { token: match[1], via: 'bearer' } : null;
  }
  const cookie = (request.cookies as Record<string, string> | undefined)?.[cookieName];
  return typeof cookie === 'string' && /^[A-Za-z0-9_-]{20,200}$/.test(cookie) ? { token: cookie, via: 'cookie' } : null;
}
