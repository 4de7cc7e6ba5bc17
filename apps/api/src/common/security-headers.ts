import type { NextFunction, Request, Response } from 'express';
import helmet, { type HelmetOptions } from 'helmet';
import { requestLanguage } from './i18n/error-language';

/** Boussole's helmet settings: the Content Security Policy of the built web app. */
export const HELMET_OPTIONS: Readonly<HelmetOptions> = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      // Angular writes component styles into <style> elements at run time.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      frameAncestors: ["'none'"],
      upgradeInsecureRequests: null,
    },
  },
};

/**
 * The headers helmet sets with these options, computed once: they depend on no request, and
 * running helmet's thirteen middlewares (the policy rebuilt each time) on every request cost more
 * than serving a cached roll-up.
 */
export function helmetHeaders(options: Readonly<HelmetOptions> = HELMET_OPTIONS): [string, string][] {
  const headers: [string, string][] = [];
  const recorder = {
    setHeader: (name: string, value: string | number | readonly string[]) => headers.push([name, String(value)]),
    removeHeader: () => undefined,
  };
  let finished = false;
  helmet(options)({} as never, recorder as never, (error?: unknown) => {
    if (error) throw error;
    finished = true;
  });
  // helmet calls next synchronously; a future version that would not must not go out without headers.
  if (!finished) throw new Error('helmet did not finish synchronously');
  return headers;
}

/**
 * One middleware for the headers every answer carries: helmet's (precomputed) and, on the API,
 * Cache-Control: no-store (an API answer may carry what only this person may read: no browser or
 * proxy keeps it) and the language of its errors (`Content-Language`, by `Accept-Language`).
 */
export function securityHeaders(headers = helmetHeaders()) {
  return (request: Request, response: Response, next: NextFunction): void => {
    for (const [name, value] of headers) response.setHeader(name, value);
    if (isApiPath(request.url)) {
      response.setHeader('Cache-Control', 'no-store');
      response.setHeader('Content-Language', requestLanguage(request));
      response.setHeader('Vary', 'Accept-Language');
    }
    next();
  };
}

/** `/api`, `/api/…` or `/api?…`, as `app.use('/api', …)` matched. */
function isApiPath(url: string): boolean {
  // Express matches paths regardless of case, and so did `app.use('/api', …)`.
  if (url.slice(0, 4).toLowerCase() !== '/api') return false;
  const next = url.charCodeAt(4);
  return Number.isNaN(next) || next === 0x2f /* / */ || next === 0x3f /* ? */;
}
