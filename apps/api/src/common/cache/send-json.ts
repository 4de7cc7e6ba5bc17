import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CachedJson } from './read-cache.service';

const GZIP = /\bgzip\b/;

/**
 * Sends a serialised answer with its ETag (a client that already has it gets a 304), gzipped for
 * the clients that accept it: a plan's roll-up with its explanations shrinks about tenfold.
 * Node's own response API, not Express's: the cached-read door answers before Express.
 */
export function sendJson(request: IncomingMessage, response: ServerResponse, body: CachedJson): void {
  for (const [name, value] of Object.entries(body.headers)) response.setHeader(name, value);
  response.setHeader('ETag', body.etag);
  // Never stored (API answers may be personal); a script may still revalidate with If-None-Match.
  response.setHeader('Cache-Control', 'no-store');
  if (request.headers['if-none-match'] === body.etag) {
    response.statusCode = 304;
    response.end();
    return;
  }
  response.setHeader('Vary', 'Accept-Language, Accept-Encoding');
  // What `response.type('application/json')` sets, without its lookup of the MIME table.
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  if (GZIP.test(request.headers['accept-encoding'] ?? '')) {
    response.setHeader('Content-Encoding', 'gzip');
    response.end(body.gzipped);
    return;
  }
  response.end(body.body);
}
