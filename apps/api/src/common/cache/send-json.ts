import type { Request, Response } from 'express';
import type { CachedJson } from './read-cache.service';

/** Sends a serialised answer with its ETag; a client that already has it gets a 304. */
export function sendJson(request: Request, response: Response, body: CachedJson): void {
  for (const [name, value] of Object.entries(body.headers)) response.setHeader(name, value);
  response.setHeader('ETag', body.etag);
  response.setHeader('Cache-Control', 'private, no-cache');
  if (request.headers['if-none-match'] === body.etag) {
    response.status(304).end();
    return;
  }
  response.type('application/json').send(body.text);
}
