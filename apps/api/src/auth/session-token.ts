import { createHash, randomBytes } from 'node:crypto';
import type { Request } from 'express';

export const SESSION_COOKIE = 'boussole_session';

/** 32 random bytes: unguessable; only their SHA-256 is stored. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

/** The token of a request, from `Authorization: Bearer` (scripts) or the session cookie (browsers). */
export function tokenOf(request: Request): { token: string; via: 'cookie' | 'bearer' } | null {
  const header = request.headers.authorization;
  if (header) {
    const match = /^Bearer\s+([A-Za-z0-9_-]{20,200})$/.exec(header.trim());
    return match ? { token: match[1], via: 'bearer' } : null;
  }
  const cookie = (request.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
  return typeof cookie === 'string' && /^[A-Za-z0-9_-]{20,200}$/.test(cookie) ? { token: cookie, via: 'cookie' } : null;
}
