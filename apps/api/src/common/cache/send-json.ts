import type { Request, Response } from 'express';
import type { CachedJson } from './read-cache.service';

/**
 * Sends a serialised answer with its ETag (a client that already has it gets a 304), gzipped for
 * the clients that accept it: a plan's roll-up with its explanations shrinks about tenfold.
 */
export function sendJson(request: Request, response: Response, body: CachedJson): void {
  for (const [name, value] of Object.entries(body.headers)) response.setHeader(name, value);
  response.setHeader('ETag', body.etag);
  // Never stored (API answers may be personal); a script may still revalidate with If-None-Match.
  response.setHeader('Cache-Control', 'no-store');
  if (request.headers['if-none-match'] === body.etag) {
    response.status(304).end();
    return;
  }
  response.setHeader('Vary', 'Accept-Encoding');
  response.type('application/json');
  if (/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
    response.setHeader('Content-Encoding', 'gzip');
    response.end(body.gzipped);
    return;
  }
  response.end(body.body);
}
